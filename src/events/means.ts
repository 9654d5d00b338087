import type { Token } from '../model/index.ts';
import { BOUNDARY } from './words.ts';

/**
 * Words that may stand between a verb and the "by" of its means: its object, adverbs,
 * prepositional phrases ("burn political capital by", "do more, possibly by").
 */
const BEFORE_MEANS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART', 'ADV', 'ADP']);
/** How many words may stand between the verb and its "by". */
const MEANS_REACH = 8;

/**
 * The verb a "by"-gerund at `anchor` names the means of ("should send a signal by suspending
 * aid", "hopes to get limited relief soon by asking Congress", "plans to repay the favor by
 * pushing amnesty"), within its clause, or -1: the means is done only if that verb's act is.
 */
export function meansVerb(tokens: readonly Token[], anchor: number, clauseStart: number): number {
  const a = tokens[anchor];
  if (a.pos !== 'VERB' || !a.lower.endsWith('ing')) return -1;
  let i = anchor - 1;
  while (i > clauseStart && tokens[i].pos === 'ADV') i--;
  if (tokens[i]?.lower !== 'by') return -1;
  for (let k = i - 1; k >= clauseStart && k >= i - MEANS_REACH; k--) {
    const t = tokens[k];
    if (t.pos === 'VERB') return k;
    if (BOUNDARY.has(t.text) || t.text === ',' || !BEFORE_MEANS.has(t.pos)) return -1;
  }
  return -1;
}
