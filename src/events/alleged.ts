import type { Token } from '../model/index.ts';
import { thatOpening } from './clauses.ts';
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

/** Verbs whose "that"-clause is only claimed: "rebels claimed that the army shelled the town". */
const CLAIMING = new Set(['claim', 'allege', 'accuse', 'charge', 'suspect']);
/** Nouns of a claim before its "that"-clause: "opposition claims that the government used chemical weapons". */
const CLAIM_NOUNS = new Set([...ALLEGATIONS, 'claim']);
/** Pronouns that open a claim about the claimant's own act ("Hamas claimed that it fired the rockets"), which counts. */
const OWN_CLAIM = new Set(['it', 'they', 'we', 'i', 'he', 'she']);
const CLAIMED_REACH = 12;

/**
 * The claim whose "that"-clause holds the anchor, or undefined: "opposition claims that Assad's
 * government used chemical weapons", "the United States charged that a Soviet nuclear test
 * violated the treaty" (shared/ANNOTATION.md: with alleged, suspected or claimed, only the
 * accusation is coded). Not past a comma or a clause of its own, and not a group's claim of its
 * own act ("claimed that it fired").
 */
export function claimedComplement(
  tokens: readonly Token[],
  anchor: number,
  clauseStart: number,
): string | undefined {
  const k = thatOpening(tokens, anchor, clauseStart, CLAIMED_REACH);
  if (k < 0 || OWN_CLAIM.has(tokens[k + 1]?.lower ?? '')) return undefined;
  const head = tokens[k - 1];
  const claimed =
    (head.pos === 'VERB' && CLAIMING.has(head.lemma)) || (head.pos === 'NOUN' && CLAIM_NOUNS.has(head.lemma));
  return claimed ? `${head.text} that` : undefined;
}
