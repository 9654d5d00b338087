import { TEMPORAL_NOUNS } from '../actors/index.ts';
import type { Token } from '../model/index.ts';
import { WEEKDAY_NAMES } from '../nlp/index.ts';
import { thatOpening } from './clauses.ts';
import { NEGATIONS } from './words.ts';

/** Verbs that deny what a that-clause says: "denied that", "rejected allegations that". */
const DENYING = new Set(['deny', 'reject', 'dismiss', 'refute', 'rebut']);
/** Nouns for what is denied: "denied accusations that", "dismissed reports that". */
const CLAIMS = new Set([
  'accusation',
  'allegation',
  'claim',
  'charge',
  'report',
  'suggestion',
  'assertion',
  'rumor',
]);

/** The denial governing an -ing verb ("denied targeting", "denies having supplied"), or undefined. */
export function deniedGerund(
  tokens: readonly Token[],
  anchor: number,
  clauseStart: number,
): string | undefined {
  const a = tokens[anchor];
  if (!(a.lower.endsWith('ing') || (a.pos === 'VERB' && tokens[anchor - 1]?.lower === 'having')))
    return undefined;
  let i = anchor - 1;
  if (tokens[i]?.lower === 'having') i--;
  while (i > clauseStart && tokens[i].pos === 'ADV') i--;
  const t = tokens[i];
  return i >= clauseStart && t.pos === 'VERB' && DENYING.has(t.lemma) ? `${t.text} ${a.text}` : undefined;
}

/** Whether the "that" at `i` opens a clause a denial governs: "denied that", "denied the reports that". */
export function deniedBefore(tokens: readonly Token[], i: number, clauseStart: number): boolean {
  if (noEvidence(tokens, i, clauseStart)) return true;
  let k = i - 1;
  if (k >= clauseStart && CLAIMS.has(tokens[k].lemma)) {
    k--;
    if (k >= clauseStart && tokens[k].pos === 'DET') k--;
  }
  // "denied Friday that", "flatly denied on Monday that", "denied for months that"
  for (let n = 0; n < DENIAL_GAP && k > clauseStart && denialGapWord(tokens[k]); n++) k--;
  if (k < clauseStart || tokens[k].pos !== 'VERB' || !DENYING.has(tokens[k].lemma)) return false;
  // "does not deny that": granted, not denied
  return !(NEGATIONS.has(tokens[k - 1]?.lower ?? '') || NEGATIONS.has(tokens[k - 2]?.lower ?? ''));
}

const DENIED_REACH = 12;

/** Nouns for grounds of belief: "no evidence that", "no indication that". */
const EVIDENCE = new Set(['evidence', 'indication', 'sign', 'proof']);

/**
 * Whether "no" and a noun for evidence stand before the "that" at `i`, an adjective may stand
 * between: the clause is not known to have happened ("there's been no indication that the North
 * would launch attacks against South Korea", "no clear evidence that"); so does "any" after a
 * negation ("didn't give any indication that").
 */
function noEvidence(tokens: readonly Token[], i: number, clauseStart: number): boolean {
  if (!EVIDENCE.has(tokens[i - 1]?.lemma ?? '')) return false;
  let k = i - 2;
  if (k > clauseStart && tokens[k].pos === 'ADJ') k--;
  if (k < clauseStart) return false;
  if (tokens[k].lower === 'no') return true;
  // "didn't give any indication that he actually spoke to", "there isn't any evidence that"
  if (tokens[k].lower !== 'any') return false;
  for (let n = k - 1; n >= clauseStart && n >= k - ANY_REACH; n--)
    if (NEGATIONS.has(tokens[n].lower)) return true;
  return false;
}
/** Words between a negation and "any" evidence: "didn't give any", "has not seen any". */
const ANY_REACH = 3;

/**
 * The denial whose "that"-clause holds the anchor, past the look-back: "denied Friday that its
 * government forces had used", not past a comma or a "when"/"who" clause inside it.
 */
export function deniedComplement(
  tokens: readonly Token[],
  anchor: number,
  clauseStart: number,
): string | undefined {
  const k = thatOpening(tokens, anchor, clauseStart, DENIED_REACH);
  return k >= 0 && deniedBefore(tokens, k, clauseStart) ? `${tokens[k - 1].text} that` : undefined;
}

const DENIAL_GAP = 3;
/** Days, times and the words around them: "on Monday", "last week", "for months". */
const TIME_WORDS = new Set([
  ...TEMPORAL_NOUNS,
  ...WEEKDAY_NAMES,
  'week',
  'weekend',
  'month',
  'months',
  'year',
  'years',
  'night',
  'on',
  'for',
  'last',
  'again',
]);

/** A word that may stand between a denial and its "that": an adverb or a time ("denied Friday that"). */
function denialGapWord(t: Token): boolean {
  return t.pos === 'ADV' || TIME_WORDS.has(t.lower);
}
