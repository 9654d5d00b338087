// "A roadside bombing near Samarra killed one U.S. soldier", "three civilians were killed in a
// suicide car bombing": force whose doer the text does not name is done by unidentified armed
// forces (UAF) of the place where it happens, as the PLOVER and CAMEO gold code it.
import { type Mention, newActor, type Token } from '../model/index.ts';
import type { PatternMatch } from './patterns.ts';
import { onlyCountry } from './place-country.ts';
import type { Role } from './roles.ts';
import { BOUNDARY, FORCE_ROOTS, NOMINAL_PHRASE } from './words.ts';

/** What may stand between a subject noun phrase and its verb: "near the town of Samarra on Sunday". */
const SUBJECT_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'ADV', 'PUNCT']);

function isForce(m: PatternMatch): boolean {
  return m.pattern.code !== '---' && FORCE_ROOTS.has(m.pattern.code.slice(0, 2));
}

/**
 * Whether the event noun names its doer after all: an actor modifies it ("a U.S. airstrike",
 * "Israel's attack") or follows it ("a firefight with bandits", "an attack by militants"). Air
 * strikes are a state's: an unnamed one is no unidentified force's.
 */
function doerNamed(tokens: readonly Token[], mentions: readonly Mention[], noun: PatternMatch): boolean {
  if (noun.pattern.code.startsWith('195')) return true;
  const last = noun.positions.at(-1)!;
  // the pattern itself may end in the preposition ("firefight with")
  for (const w of [tokens[last].lower, tokens[last + 1]?.lower])
    if (w === 'with' || w === 'between' || w === 'by' || w === 'from') return true;
  let start = noun.positions[0];
  while (start > 0 && (NOMINAL_PHRASE.has(tokens[start - 1].pos) || tokens[start - 1].lower === "'s"))
    start--;
  return mentions.some(
    (a) => a.tokenEnd > start && a.tokenStart <= last && !a.placeOnly && a.kind !== 'place',
  );
}

/**
 * The event noun of force that did what the verb match `m` says, with no actor named for it:
 * the subject ("a roadside bombing … killed"), or after a passive verb "in"/"by" ("were killed
 * in a car bombing", "killed by an improvised explosive device"). `matches` are the sentence's.
 */
function forceNounFor(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  matches: readonly PatternMatch[],
  m: PatternMatch,
  passive: boolean,
  clauseFrom: number,
): PatternMatch | undefined {
  if (!isForce(m) || tokens[m.anchor].pos === 'NOUN') return undefined;
  const nouns = matches.filter(
    (x) => x !== m && isForce(x) && tokens[x.anchor].pos === 'NOUN' && !doerNamed(tokens, mentions, x),
  );
  if (passive) {
    const last = m.positions.at(-1)!;
    return nouns.find((x) => {
      if (x.anchor <= last + 1 || x.anchor > last + 6) return false;
      const prep = tokens[last + 1].lower;
      if (prep !== 'in' && prep !== 'by') return false;
      for (let k = last + 2; k < x.anchor; k++) if (!NOMINAL_PHRASE.has(tokens[k].pos)) return false;
      return true;
    });
  }
  return nouns.find((x) => {
    const end = x.positions.at(-1)!;
    if (x.anchor < clauseFrom || end >= m.anchor) return false;
    for (let k = end + 1; k < m.anchor; k++) {
      const t = tokens[k];
      if (!SUBJECT_PHRASE.has(t.pos) || BOUNDARY.has(t.text) || t.text === ',') return false;
    }
    // an actor between the noun and the verb may be the subject itself ("a bombing by militants
    // killed" is handled by the "by" agent); a place ("near the town of Samarra") is not
    return !mentions.some(
      (a) => a.tokenStart > end && a.tokenEnd <= m.anchor && !a.placeOnly && a.kind !== 'place',
    );
  });
}

/** "in central Baghdad", "near the capital": a capital read as a place, not its government. */
function capitalAsPlace(tokens: readonly Token[], m: Mention): boolean {
  if (m.kind !== 'capital') return false;
  let i = m.tokenStart - 1;
  while (i >= 0 && (tokens[i].pos === 'ADJ' || tokens[i].pos === 'DET') && i >= m.tokenStart - 2) i--;
  return i >= 0 && (tokens[i].lower === 'in' || tokens[i].lower === 'near' || tokens[i].lower === 'outside');
}

/**
 * The country of the places the sentence names, when they are all in one: places after "in",
 * gazetteer places and capitals read as places ("near the town of Samarra", "in central Baghdad").
 */
function sceneCountry(tokens: readonly Token[], mentions: readonly Mention[]): string {
  return (
    onlyCountry(mentions, (m) => m.placeOnly === true || m.kind === 'place' || capitalAsPlace(tokens, m)) ??
    '---'
  );
}

/**
 * When the verb match `m` did force with no doer named, its source (the unidentified armed force
 * of the sentence's places) and `m` recoded with the event noun's code.
 */
export function unidentifiedForce(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  matches: readonly PatternMatch[],
  m: PatternMatch,
  passive: boolean,
  clauseFrom: number,
): { source: Role; match: PatternMatch } | undefined {
  const noun = forceNounFor(tokens, mentions, matches, m, passive, clauseFrom);
  if (!noun) return undefined;
  return {
    source: forceRole(tokens, noun, sceneCountry(tokens, mentions)),
    match: {
      ...m,
      pattern: { ...m.pattern, code: noun.pattern.code },
      recoded: `unidentified-force:${noun.pattern.id}`,
    },
  };
}

/** The unidentified armed force behind `noun`, as the source role of an event. */
function forceRole(tokens: readonly Token[], noun: PatternMatch, country: string): Role {
  const first = noun.positions[0];
  const last = noun.positions.at(-1)!;
  const mention: Mention = {
    start: tokens[first].start,
    end: tokens[last].end,
    sentence: tokens[first].sentence,
    tokenStart: first,
    tokenEnd: last + 1,
    kind: 'agent',
    actors: [newActor(`${country}UAF`, country, 'UAF', [noun.pattern.id, 'unidentified-force'])],
    // the flags a dictionary mention carries (see chunkAt), so that mentions share one shape
    possessive: undefined,
    collective: undefined,
    coordinated: undefined,
    placeOnly: undefined,
  };
  return { mention, rule: 'source:unidentified-force-of-event-noun' };
}
