// Force seen, not used: "Syrian activists reported several airstrikes on Raqqa" tells what the
// activists saw; the strikes were someone else's.
import type { Mention, Token } from '../model/index.ts';
import { STATE_SECTORS } from '../ontology/sectors.ts';
import { FORCE_ROOTS } from './words.ts';

/** Verbs of witnessing or recording: their object was done by others. */
const WITNESSING: ReadonlySet<string> = new Set([
  'report',
  'document',
  'witness',
  'record',
  'observe',
  'describe',
  'hear',
  'see',
  'film',
  'photograph',
  'monitor',
]);
/** Words of the noun phrase between such a verb and the force noun: "reported several heavy airstrikes". */
const PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN']);
/** How many such words may stand between them. */
const REACH = 4;

/**
 * Whether the force noun at `anchor` (CAMEO 18–20) is the object of a verb of witnessing whose
 * subject `source` names no state actor: observers, activists, residents and the press report
 * strikes, they do not make them. A state's own report ("the army reported airstrikes") is left
 * alone: a state often reports its own.
 */
export function witnessedForce(
  tokens: readonly Token[],
  code: string,
  anchor: number,
  source: Mention,
  sentenceStart: number,
): boolean {
  if (!FORCE_ROOTS.has(code.slice(0, 2)) || tokens[anchor].pos !== 'NOUN') return false;
  if (source.actors.some((a) => STATE_SECTORS.has(a.sector ?? ''))) return false;
  let k = anchor - 1;
  while (k > sentenceStart && anchor - k <= REACH && PHRASE_POS.has(tokens[k].pos)) k--;
  const verb = tokens[k];
  return verb?.pos === 'VERB' && WITNESSING.has(verb.lemma) && source.tokenEnd <= k;
}
