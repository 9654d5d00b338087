import type { Mention, Token } from '../model/index.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../nlp/index.ts';
import { canAct } from './roles.ts';
import { TIME_NOUNS } from './words.ts';

/** Words of time whose possessive dates an act rather than owning it: "Monday's attack", "last year's invasion". */
const TIME_WORDS: ReadonlySet<string> = new Set([
  ...TIME_NOUNS,
  'decade',
  'century',
  'night',
  ...WEEKDAY_NAMES,
  ...MONTH_NAMES,
]);
/** How far back from the act word its possessive may stand, past the act's modifiers. */
const MODIFIER_REACH = 6;
/** Tags of the words that may describe an act between its owner and it: "new, multipronged", "relentless", "surprise". */
const DESCRIBING = new Set(['ADJ', 'ADV', 'NUM']);

/**
 * Where the possessive ending ("'s", or the apostrophe after a plural) that owns the act word
 * at `anchor` stands, or -1: "Obama's push for Congress to vote", "Democrats’ new, multipronged
 * attack on", "Obama’s Bain-bashing", "the FBI's surprise raid". Only adjectives, adverbs,
 * numbers, hyphenated words, commas between describing words and, before a noun act, lower-case
 * nouns ("surprise raid") may stand between; a verb act ("Obama's aides pushed") has its own
 * subject before it unless the possessive directly precedes it.
 */
function possessiveBefore(tokens: readonly Token[], anchor: number, sentenceStart: number): number {
  const nounAct = tokens[anchor].pos === 'NOUN';
  let i = anchor - 1;
  for (let k = 0; k < MODIFIER_REACH && i > sentenceStart; k++) {
    const t = tokens[i];
    if (isPossessiveEnding(tokens, i)) return i;
    if (!nounAct) return -1;
    if (t.text === '-') i -= 2;
    else if (t.text === ',' && DESCRIBING.has(tokens[i - 1].pos)) i--;
    else if (
      DESCRIBING.has(t.pos) ||
      (t.pos === 'NOUN' && t.lower === t.text) ||
      describingParticiple(tokens, i)
    )
      i--;
    else return -1;
  }
  return i > sentenceStart && isPossessiveEnding(tokens, i) ? i : -1;
}

/**
 * A participle the tagger calls a verb that describes the act ("new, multipronged attack",
 * "Obama's planned attack"): right after a comma, an adjective or the possessive. One after a
 * noun ("Korman's order sparked praise") is a verb of its own.
 */
function describingParticiple(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.pos !== 'VERB' || !(t.lower.endsWith('ed') || t.lower.endsWith('ing'))) return false;
  const before = tokens[i - 1];
  return before.text === ',' || before.pos === 'ADJ' || isPossessiveEnding(tokens, i - 1);
}

/** "'s", or an apostrophe right after a word ending in s ("Democrats’"). */
function isPossessiveEnding(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i].lower;
  if (w === "'s" || w === '’s') return true;
  return (
    (w === "'" || w === '’') &&
    i > 0 &&
    tokens[i - 1].lower.endsWith('s') &&
    tokens[i].start === tokens[i - 1].end
  );
}

/**
 * The owner of an act word its possessive names: the mention ending at the possessive when it
 * can act ("Obama's push for Congress to vote" is Obama's, whoever the clause's subject is),
 * 'unknown' when the possessor is a name or bare noun no actor mention covers ("Nidal Hasan's
 * shooting of 43 people", "conservatives’ warnings"), so no actor named before it did the act;
 * undefined when no possessive owns the act, it names a time ("Monday's attack", "three weeks'
 * discussions") or a noun referring back ("his campaign's attacks").
 */
export function possessorOfAct(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  anchor: number,
  sentenceStart: number,
): Mention | 'unknown' | undefined {
  const p = possessiveBefore(tokens, anchor, sentenceStart);
  if (p < 0) return undefined;
  const possessor = tokens[p - 1];
  if (TIME_WORDS.has(possessor.lower) || TIME_WORDS.has(possessor.lemma) || possessor.pos === 'NUM')
    return undefined;
  const covering = mentions.find((m) => m.tokenStart < p && m.tokenEnd >= p);
  // "Australia's leader slams": the possessive is inside a name that goes on, no owner of the act
  if (covering && covering.tokenEnd > p + 1) return undefined;
  if (covering) return canAct(covering) ? covering : 'unknown';
  // "let's discuss": no possessive
  if (possessor.pos !== 'NOUN' && possessor.pos !== 'PROPN') return undefined;
  return definiteNoun(tokens, p - 1, sentenceStart) ? undefined : 'unknown';
}

/** Words that make a noun phrase refer back to someone named before: "the campaign's", "his union's". */
const DEFINITE = new Set(['the', 'this', 'that', 'his', 'her', 'its', 'their', 'our']);

/**
 * Whether the common noun at `i` opens with a word referring back ("the union's negotiations",
 * "his campaign's attacks"): the actor named before may well be its owner, so the usual
 * subject search decides. A name or a bare plural ("Nidal Hasan's shooting", "conservatives’
 * warnings") is someone no mention covers.
 */
function definiteNoun(tokens: readonly Token[], i: number, sentenceStart: number): boolean {
  if (tokens[i].pos !== 'NOUN') return false;
  let j = i - 1;
  while (j >= sentenceStart && (tokens[j].pos === 'ADJ' || tokens[j].pos === 'NOUN')) j--;
  return j >= sentenceStart && DEFINITE.has(tokens[j].lower);
}
