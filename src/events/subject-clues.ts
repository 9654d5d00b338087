// Clues that a mention left of a verb is not its subject: an object of another verb, or a
// subject noun phrase that names no actor. Pure functions over one sentence's tokens.
import type { Mention, Token } from '../model/index.ts';
import { REPORTING, SUBORDINATORS, verbBefore } from './words.ts';

/**
 * "…undercut NRA leaders and appeal to…": a mention right after a verb, with only "and"/"or"/
 * "but" between it and the anchor, is that verb's object; the anchor shares the verb's subject.
 */
export function objectOfCoordinatedVerb(
  tokens: readonly Token[],
  m: Mention,
  anchor: number,
  sentenceStart: number,
): boolean {
  let i = m.tokenEnd;
  let joined = false;
  for (; i < anchor; i++) {
    const t = tokens[i];
    if (COORDINATORS.has(t.lower)) joined = true;
    else if (t.pos !== 'ADV' && t.text !== ',') return false;
  }
  if (!joined) return false;
  const verb = verbBefore(tokens, m.tokenStart, sentenceStart);
  return !!verb && !REPORTING.has(verb.lemma);
}

const COORDINATORS = new Set(['and', 'or', 'but']);

/**
 * "…he told reporters after a meeting with Wright": an actor right after a verb, followed by a
 * prepositional phrase headed by the event noun, is the verb's object; the event is the
 * verb's subject's.
 */
export function objectBeforeAdjunct(
  tokens: readonly Token[],
  m: Mention,
  anchor: number,
  sentenceStart: number,
): boolean {
  if (tokens[m.tokenEnd]?.pos !== 'ADP' || m.tokenEnd >= anchor) return false;
  for (let i = m.tokenEnd + 1; i < anchor; i++) {
    const p = tokens[i].pos;
    if (p !== 'DET' && p !== 'ADJ' && p !== 'NUM') return false;
  }
  // "asked the U.S. military for an airstrike": the one asked is the one to act
  const verb = verbBefore(tokens, m.tokenStart, sentenceStart);
  return !!verb && !ASKING_VERBS.has(verb.lemma);
}
const ASKING_VERBS = new Set([
  'ask',
  'urge',
  'press',
  'request',
  'invite',
  'call',
  'beg',
  'implore',
  'pay',
  'hire',
]);

/**
 * "…as when a woman accused Obama of treason": the verb's subject is an indefinite noun phrase
 * that names no actor, so no actor further left is its subject. The noun stands right before
 * the verb (adverbs and auxiliaries aside), its phrase opens a clause (sentence start, comma,
 * subordinator or "that"), so it is no prepositional object ("in a statement condemned"), and
 * it is not definite: "the bank had been urging" may well be an actor named before.
 */
export function unnamedSubject(
  tokens: readonly Token[],
  left: readonly Mention[],
  anchor: number,
  sentenceStart: number,
): boolean {
  let i = anchor - 1;
  for (; i > sentenceStart; i--) {
    const t = tokens[i];
    // "to meet": an infinitive has no subject here; "was criticized", "were clashing": not the act of the noun
    if (t.lower === 'to' || (t.pos === 'AUX' && t.lemma === 'be')) return false;
    if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'PART') break;
  }
  const head = tokens[i];
  if (i <= sentenceStart || head.pos !== 'NOUN' || TIME_NOUNS.has(head.lemma)) return false;
  const last = left.at(-1);
  let j = i - 1;
  while (
    j >= sentenceStart &&
    (tokens[j].pos === 'ADJ' || tokens[j].pos === 'NUM' || tokens[j].pos === 'NOUN')
  )
    j--;
  if (j >= sentenceStart && tokens[j].pos === 'DET') {
    if (!INDEFINITE_DETERMINERS.has(tokens[j].lower)) return false;
    j--;
  }
  if (last && last.tokenEnd > j) return false;
  if (j < sentenceStart) return true;
  const opener = tokens[j];
  return (
    opener.text === ',' ||
    opener.lower === 'that' ||
    SUBORDINATORS.has(opener.lower) ||
    opener.pos === 'SCONJ'
  );
}
const INDEFINITE_DETERMINERS = new Set([
  'a',
  'an',
  'some',
  'many',
  'several',
  'other',
  'few',
  'most',
  'any',
  'no',
  'another',
]);
/** Nouns that date a clause rather than act in it: "Donilon, this week accused", "today urged". */
const TIME_NOUNS = new Set([
  'today',
  'tonight',
  'yesterday',
  'tomorrow',
  'day',
  'week',
  'weekend',
  'month',
  'year',
  'morning',
  'afternoon',
  'evening',
  'night',
  'time',
]);
