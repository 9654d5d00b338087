import type { Token } from '../model/index.ts';

/** Tags of the words between "the" and the act noun it opens: "the ensuing Sept. 11 terror attack". */
const DESCRIBING = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV']);
/** Tags of the words between "the" and an -ing act noun: "the brutal killing of". */
const GERUND_DESCRIBING = new Set(['ADJ', 'NUM', 'ADV']);
/** How many describing words may stand between "the" and the act noun. */
const REACH = 5;

/**
 * Whether the act noun at `anchor` is a definite noun phrase governed by a preposition: "in
 * the aftermath of the attack on the U.S. Embassy", "point to the killing of a U.S.
 * ambassador", "a role in the attack on the U.S. Consulate". It recalls an event the reader
 * knows, not an act of the clause's subject.
 */
export function recalledAct(tokens: readonly Token[], anchor: number, sentenceStart: number): boolean {
  const a = tokens[anchor];
  if (a.pos !== 'NOUN') return false;
  // "traveling around the country meeting with voters": an -ing word after a noun is a participle
  const describing = a.lower.endsWith('ing') ? GERUND_DESCRIBING : DESCRIBING;
  let i = anchor - 1;
  for (let k = 0; k < REACH && i > sentenceStart && describing.has(tokens[i].pos); k++) i--;
  if (i <= sentenceStart || tokens[i].lower !== 'the') return false;
  return tokens[i - 1].pos === 'ADP';
}
