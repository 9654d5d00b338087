// Protest nouns ("protests", "demonstrations", "riots") are a crowd's acts: an office holder or a
// party that is only the clause's subject near one did not hold it.
import { inflections } from '../dict/inflect.ts';
import type { Mention, Token } from '../model/index.ts';
import type { PatternMatch } from './patterns.ts';
import { POSSESSIVE_PRONOUNS, verbBefore } from './words.ts';

/** Sectors of office holders and parties, who do not hold street protests themselves. */
const OFFICIAL_SECTORS = new Set(['GOV', 'LEG', 'JUD', 'PTY', 'ELI', 'MIL', 'COP', 'SPY']);

/**
 * Verbs whose subject holds the protest its object names: "the senator led a protest". Their
 * forms as well as lemmas (the tagger's lemma of "staged" is "stag"); "led" and "held" are irregular.
 */
const HOLDING_BASES = ['lead', 'stage', 'hold', 'organize', 'organise', 'join', 'call', 'launch', 'mount'];
const PROTEST_HOLDING: ReadonlySet<string> = new Set([
  ...HOLDING_BASES.flatMap((base) => inflections(base)),
  'led',
  'held',
]);

/** Whether a possessive pronoun opens the noun phrase of the noun at `at`: "his marathon protest". */
function ownedNoun(tokens: readonly Token[], at: number, from: number): boolean {
  let j = at - 1;
  while (j > from && (tokens[j].pos === 'ADJ' || tokens[j].pos === 'NOUN')) j--;
  return j >= from && POSSESSIVE_PRONOUNS.has(tokens[j].lower);
}

/**
 * Whether `m` is a protest noun ("protests", "demonstrations") and `source` an office holder or a
 * party, that no verb of holding it ("led a protest") nor a possessive ("his protest") joins to the noun.
 */
export function officialsProtestNoun(
  tokens: readonly Token[],
  m: PatternMatch,
  source: Mention,
  from: number,
): boolean {
  const verb = verbBefore(tokens, m.anchor, from);
  return (
    tokens[m.anchor].pos === 'NOUN' &&
    !(verb && (PROTEST_HOLDING.has(verb.lemma) || PROTEST_HOLDING.has(verb.lower))) &&
    !ownedNoun(tokens, m.anchor, from) &&
    m.pattern.code.startsWith('14') &&
    source.actors.length > 0 &&
    source.actors.every((a) => a.sector !== null && OFFICIAL_SECTORS.has(a.sector))
  );
}
