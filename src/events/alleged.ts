import type { Token } from '../model/index.ts';
import { BOUNDARY } from './words.ts';

/**
 * Verbs whose "of"/"for"/"with" + gerund is only alleged (shared/ANNOTATION.md: with accused,
 * suspected or blamed only the accusation is coded), each with the preposition it takes.
 */
const ALLEGING: ReadonlyMap<string, string> = new Map([
  ['accuse', 'of'],
  ['suspect', 'of'],
  ['blame', 'for'],
  ['charge', 'with'],
  ['indict', 'for'],
]);
/** Nouns of an allegation before "of" + gerund: "on charges of spying for Israel". */
const ALLEGATIONS = new Set(['accusation', 'allegation', 'charge', 'suspicion']);
/** Words of the accused's own phrase between the verb and its preposition: "rebels in the district of Jobar". */
const OBJECT_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADP', 'PART', 'CCONJ', 'ADV']);
const OBJECT_REACH = 12;

/**
 * The words that make the -ing act at `anchor` only alleged, or undefined: "accused rebels in
 * the district of Jobar of using chemical weapons", "Iran, suspected of carrying out an attack",
 * "charged him with attacking", "on charges of spying". The accusation itself is its own event.
 */
export function allegedAct(
  tokens: readonly Token[],
  anchor: number,
  clauseStart: number,
): string | undefined {
  const a = tokens[anchor];
  if (!a.lower.endsWith('ing') && tokens[anchor - 1]?.lower !== 'having') return undefined;
  let i = anchor - 1;
  // "of having attacked", "of deliberately targeting"
  while (
    i > clauseStart &&
    (tokens[i].pos === 'ADV' || tokens[i].lower === 'having' || tokens[i].lower === 'been')
  )
    i--;
  const prep = tokens[i]?.lower;
  if (i - 1 < clauseStart || (prep !== 'of' && prep !== 'for' && prep !== 'with')) return undefined;
  const before = tokens[i - 1];
  if (prep === 'of' && before.pos === 'NOUN' && ALLEGATIONS.has(before.lemma)) return `${before.text} of`;
  for (let k = i - 1; k >= clauseStart && i - k <= OBJECT_REACH; k--) {
    const t = tokens[k];
    if (BOUNDARY.has(t.text)) return undefined;
    if (t.pos === 'VERB') return ALLEGING.get(t.lemma) === prep ? `${t.text} … ${prep}` : undefined;
    if (!OBJECT_PHRASE.has(t.pos)) return undefined;
  }
  return undefined;
}
