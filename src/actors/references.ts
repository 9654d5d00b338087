import type { Actor, Doc, Mention } from '../model/index.ts';
import { NOTHING_COVERED } from './lexical.ts';
import { COUNTRY_HEADS, GROUP_HEADS, SINGULAR_PRONOUNS } from './words.ts';

/** Actors seen so far in the article, most recent last: what references resolve to. */
export interface Salience {
  persons: Actor[];
  actors: Actor[];
}

export function noteMention(s: Salience, m: Mention): void {
  if (m.placeOnly) return;
  for (const a of m.actors) {
    if (a.code.startsWith('---')) continue;
    s.actors.push(a);
    if (m.kind === 'person' || m.kind === 'title-name' || (m.kind === 'agent' && a.office && !m.collective))
      s.persons.push(a);
  }
}

/** The last `n` actors with distinct codes, most recent first. */
function lastDistinct(list: readonly Actor[], n: number, key: (a: Actor) => string = (a) => a.code): Actor[] {
  const out: Actor[] = [];
  const seen = new Set<string>();
  for (let i = list.length - 1; i >= 0 && out.length < n; i--) {
    const k = key(list[i]);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(list[i]);
  }
  return out;
}

/**
 * Pronouns ("he", "she") and group references ("the two leaders", "both sides", "both
 * nations") in tokens `[from, to)` not covered by a mention, resolved to recent actors.
 */
export function referenceMentions(
  doc: Doc,
  sentence: number,
  from: number,
  to: number,
  covered: (i: number) => boolean,
  s: Salience,
): Mention[] {
  const t = doc.tokens;
  const out: Mention[] = [];
  for (let i = from; i < to; i++) {
    if (covered(i)) continue;
    const w = t[i].lower;
    if (SINGULAR_PRONOUNS.has(w) && t[i].pos === 'PRON') {
      const a = s.persons.at(-1);
      if (a)
        out.push(
          mention(doc, sentence, i, i + 1, 'pronoun', [{ ...a, rules: [...a.rules, `pronoun:${w}`] }]),
        );
      continue;
    }
    // "the two leaders", "both sides", "both nations"
    const two = (w === 'two' && i > from && t[i - 1].lower === 'the') || w === 'both';
    if (two && i + 1 < to && GROUP_HEADS.has(t[i + 1].lemma)) {
      const group = pairAt(doc, sentence, i, s);
      if (group) {
        out.push(group);
        i++;
      }
    }
  }
  return out;
}

/**
 * The group reference of "the two" or "both" at `i` and its head noun after it, to the last
 * two distinct actors (countries for "both nations"). Apart from the loop above: a closure
 * over the loop's words there would cost a context object per token.
 */
function pairAt(doc: Doc, sentence: number, i: number, s: Salience): Mention | undefined {
  const w = doc.tokens[i].lower;
  const head = doc.tokens[i + 1].lemma;
  const countries = COUNTRY_HEADS.has(head);
  const pool = countries ? s.actors : s.persons.length >= 2 ? s.persons : s.actors;
  const pair = lastDistinct(pool, 2, (a) => (countries ? a.country : a.code));
  if (pair.length !== 2) return undefined;
  const start = w === 'two' ? i - 1 : i;
  const actors = pair.reverse().map((a) => {
    const gov =
      countries && a.sector !== 'GOV' ? { ...a, code: `${a.country}GOV`, sector: 'GOV' as const } : a;
    return { ...gov, rules: [...a.rules, `group-reference:${w} ${head}`] };
  });
  return mention(doc, sentence, start, i + 2, 'group-reference', actors);
}

/**
 * An agent mention with no country after "the two" or "both" whose pair was named earlier in
 * the same sentence ("Yeltsin hosted Hashimoto … between the two leaders"): the group
 * reference to that pair. `s` must already hold the sentence's earlier mentions.
 */
export function groupReferenceFor(doc: Doc, m: Mention, from: number, s: Salience): Mention | undefined {
  if (m.kind !== 'agent' || !m.actors.every((a) => a.code.startsWith('---'))) return undefined;
  const start = Math.max(from, m.tokenStart - 2);
  return referenceMentions(doc, m.sentence, start, m.tokenEnd, NOTHING_COVERED, s).find(
    (r) => r.tokenEnd === m.tokenEnd,
  );
}

function mention(
  doc: Doc,
  sentence: number,
  a: number,
  b: number,
  kind: Mention['kind'],
  actors: Actor[],
): Mention {
  return {
    start: doc.tokens[a].start,
    end: doc.tokens[b - 1].end,
    sentence,
    tokenStart: a,
    tokenEnd: b,
    kind,
    actors,
  };
}
