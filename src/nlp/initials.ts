import type { Token } from '../model/index.ts';
import { mayBeVerb, type WinkTokens } from './wink-tokens.ts';

/** A word of initials with their points: "U.S.", "U.K.", "D.C." */
const INITIALS = /^(?:[A-Z]\.){2,}$/;

/**
 * Pronouns and determiners that open a clause of their own after initials when a verb follows:
 * "said the U.S. | It also said", "Not the N.R.A. | It sends", "marriage in the U.S. | The
 * couple wed".
 */
const CLAUSE_OPENERS = new Set([
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'the',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
]);

/**
 * Whether wink's sentence of tokens `[next, last]` (its first word at `next`, on the line of the
 * one before) goes on with the one before it, which ends in initials ("U.S.") and whose tokens
 * since `tokenStart` end `tokens` (`verbal` the ones of them tagged as nouns that may be verbs).
 * wink ends a sentence at initials before any capitalized word, but where one side of that
 * break has no word that may be a verb it is a piece of one sentence, as wire text capitalizes
 * the word after "U.S." ("The U.S. | And Brazil each laid the blame", "exports to the U.S. | In
 * both 1983 and 1984."). A pronoun or determiner with a verb after it starts a sentence
 * ("Not the N.R.A. | It sends a message").
 */
export function afterInitials(
  read: WinkTokens,
  tokens: readonly Token[],
  tokenStart: number,
  verbal: ReadonlySet<number>,
  next: number,
  last: number,
): boolean {
  const end = tokens.at(-1);
  if (!end || tokens.length <= tokenStart || !INITIALS.test(end.text)) return false;
  const { values, pos } = read;
  let nextVerb = false;
  for (let i = next; i <= last && !nextVerb; i++)
    nextVerb = isVerbTag(pos[i]) || (pos[i] === 'NOUN' && mayBeVerb(read, i));
  if (!nextVerb) return true;
  if (CLAUSE_OPENERS.has(values[next].toLowerCase())) return false;
  for (let i = tokenStart; i < tokens.length; i++)
    if (isVerbTag(tokens[i].pos) || verbal.has(i)) return false;
  return true;
}

function isVerbTag(tag: string | undefined): boolean {
  return tag === 'VERB' || tag === 'AUX';
}
