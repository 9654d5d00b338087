import type { Token } from '../model/index.ts';
import { headBefore } from './possible-acts.ts';
import { BOUNDARY, NEGATIONS } from './words.ts';

/** Nouns of intending, whose "to"-infinitive or "of"-gerund is announced: "announced its intention to sign", "plans to visit" ("has no plans to visit": not done). */
const INTENTIONS = new Set(['intention', 'intent', 'plan']);
/** Words that deny an intention a few words before it: "has no intention", "the lack of intent". */
const NO_INTENTION = new Set([...NEGATIONS, 'lack', 'without']);
const NO_INTENTION_REACH = 5;

/**
 * What an intention noun at `at` makes of its act: announced ("announced its intention to
 * sign", "has every intention of pressing") or, denied a few words before it, not done ("has no
 * intention to go to war", "saw no signs of any intention to impose sanctions").
 */
export function intention(tokens: readonly Token[], at: number): 'negated' | 'future' | undefined {
  const head = tokens[at];
  if (head.pos !== 'NOUN' || !INTENTIONS.has(head.lemma)) return undefined;
  for (let k = at - 1; k >= 0 && k >= at - NO_INTENTION_REACH; k--) {
    const t = tokens[k];
    if (t.sentence !== head.sentence || BOUNDARY.has(t.text) || t.text === ',') break;
    if (NO_INTENTION.has(t.lower)) return 'negated';
    if (t.pos === 'VERB' && t.lemma !== 'have') break;
  }
  return 'future';
}

/** What an intention noun before "of" makes of an -ing act: "no intention of attacking" (negated). */
export function intendedGerund(
  tokens: readonly Token[],
  anchor: number,
  clauseStart: number,
): 'negated' | 'future' | undefined {
  if (!tokens[anchor].lower.endsWith('ing')) return undefined;
  let i = anchor - 1;
  while (i > clauseStart && tokens[i].pos === 'ADV') i--;
  if (i - 1 < clauseStart) return undefined;
  if (headBefore(INTENT_HEADS, tokens, i)) return 'future';
  // "has proposed lifting restrictions", "proposed holding talks": an offer, the act announced
  if (tokens[i].pos === 'VERB' && OFFERING.has(tokens[i].lemma)) return 'future';
  if (tokens[i]?.lower !== 'of') return undefined;
  return intention(tokens, i - 1);
}

/** Verbs whose -ing object is offered, an act announced (CAMEO 03: offer, propose). */
const OFFERING = new Set(['propose']);

/**
 * Words before a preposition that make the -ing act after it the actor's own intent, by
 * preposition: "plans on cracking down on automakers", "had settled on launching a strike",
 * "looking forward to meeting with Obama", "committed to freeing the hostages".
 */
const INTENT_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['to', new Set(['forward', 'commit', 'committed', 'commitment'])],
  ['on', new Set(['plan', 'settle', 'decide', 'bent', 'keen', 'insist'])],
]);
