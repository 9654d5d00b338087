import type { CasualtyKind } from '../model/attributes.ts';
import type { Sentence, Token } from '../model/index.ts';
import {
  ACTIVE_VERBS,
  CASUALTY_HEADS,
  PERSON_NOUNS,
  PREDICATE_GAP,
  PREDICATES,
  PROTEST_CUES,
  PROTEST_NOUNS,
  TROOP_NOUNS,
  VERB_FORMS,
} from './casualty-words.ts';
import { type ParsedCount, parseCount } from './numbers.ts';

// The words around a count that say who was counted and what happened to them.

const MODIFIER = new Set(['ADJ', 'PROPN', 'NOUN', 'NUM']);
const MAX_MODIFIERS = 5;
const BACK_SKIP = new Set(['up', 'the', 'a', 'an', 'another', 'some', 'about', 'off', 'out']);

export interface Counted {
  count: ParsedCount;
  /** Token index of the counted noun, or -1 ("killing 19"). */
  head: number;
  /** One past the noun phrase. */
  to: number;
  /** The count's own noun says what happened: "19 dead". */
  kind?: CasualtyKind;
}

/** A noun for people; capitalised plurals ("Palestinians") are left unlemmatized by wink. */
function isPerson(t: Token): boolean {
  return (
    PERSON_NOUNS.has(t.lemma) ||
    PERSON_NOUNS.has(t.lower) ||
    (t.lower.endsWith('s') && PERSON_NOUNS.has(t.lower.slice(0, -1))) ||
    // fishermen, tribesmen, policemen, gunmen
    (t.lower.length > 5 && /[a-z](man|men)$/.test(t.lower))
  );
}

export function personLemma(t: Token): string {
  if (PERSON_NOUNS.has(t.lemma) || !t.lower.endsWith('s')) return t.lemma;
  return PERSON_NOUNS.has(t.lower.slice(0, -1)) ? t.lower.slice(0, -1) : t.lemma;
}

/** The counted noun after a count: "19 people", "two U.S. troops", "19 dead", "30 others". */
export function counted(tokens: readonly Token[], count: ParsedCount, limit: number): Counted | undefined {
  const next = tokens[count.to];
  if (!next || next.text === '-' || next.text === '%') return undefined;
  let head = -1;
  let j = count.to;
  while (j < limit && j - count.to < MAX_MODIFIERS) {
    const t = tokens[j];
    const kind = CASUALTY_HEADS.get(t.lemma) ?? CASUALTY_HEADS.get(t.lower);
    // a noun before another is a modifier: "two detention centres"
    if (kind && t.pos !== 'PROPN' && tokens[j + 1]?.pos !== 'NOUN') {
      // "19 people killed": the noun is the head, the participle its predicate
      if (head >= 0) break;
      return { count, head: j, to: j + 1, kind };
    }
    if (!MODIFIER.has(t.pos) && t.lower !== 'u.s.') break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = j;
    j++;
  }
  if (head < 0) return MODIFIER.has(next.pos) ? undefined : { count, head: -1, to: count.to };
  if (!isPerson(tokens[head])) return undefined;
  return { count, head, to: head + 1 };
}

/** "were killed", "died", "remain missing", "dead": what happened to the counted people. */
export function predicateAfter(
  tokens: readonly Token[],
  from: number,
  limit: number,
): [CasualtyKind, number] | undefined {
  let j = from;
  // "six people including four policemen were wounded"
  if (tokens[j]?.lower === 'including') {
    j++;
    while (j < limit && j - from < 8 && tokens[j].pos !== 'AUX' && tokens[j].pos !== 'VERB') j++;
  }
  while (j < limit && (PREDICATE_GAP.has(tokens[j].lower) || (tokens[j].pos === 'ADV' && j - from < 3))) j++;
  if (j >= limit) return undefined;
  const t = tokens[j];
  // "lost their lives"
  if (t.lemma === 'lose' && tokens[j + 2]?.lemma === 'life') return ['killed', j];
  const kind = PREDICATES.get(t.lemma) ?? PREDICATES.get(t.lower) ?? PREDICATES.get(verbLemma(t) ?? '');
  return kind ? [joinedKind(tokens, j, kind), j] : undefined;
}

/** The base of a casualty verb, also where wink tagged it a noun and left it unlemmatized ("abducted"). */
function verbLemma(t: Token): string | undefined {
  return VERB_FORMS.get(t.lemma) ?? VERB_FORMS.get(t.lower);
}

/** "killed at least 19", "arrested dozens of", "the death toll rose to 19". */
export function verbBefore(
  tokens: readonly Token[],
  from: number,
  lo: number,
  head: number,
): [CasualtyKind, number] | undefined {
  let j = from - 1;
  while (j >= lo && from - j <= 3 && BACK_SKIP.has(tokens[j].lower)) j--;
  if (j >= lo) {
    const t = tokens[j];
    const lemma = verbLemma(t);
    const kind = lemma ? ACTIVE_VERBS.get(lemma) : undefined;
    // "claimed 12 lives", "has claimed nearly 2,000 American troops"
    if (kind && (lemma !== 'claim' || head >= 0))
      return [kind === 'troops' ? kind : joinedKind(tokens, j, kind), j];
    if (t.lemma === 'lose' && head >= 0) return ['killed', j];
  }
  // "a death toll of 19", "the toll rose to at least 19"
  for (let k = from - 1; k >= lo && from - k <= 5; k--) {
    if (tokens[k].lower === 'toll') return [tokens[k - 1]?.lemma === 'casualty' ? 'casualties' : 'killed', k];
    if (tokens[k].pos === 'PUNCT') break;
  }
  return undefined;
}

function hasProtestCue(tokens: readonly Token[], s: Sentence): boolean {
  // "March 3" is a month, not a march
  for (let i = s.tokenStart; i < s.tokenEnd; i++)
    if (PROTEST_CUES.has(tokens[i].lemma) && tokens[i].text !== 'March') return true;
  return false;
}

/** "killed or wounded", "were killed, wounded or captured": casualties of either kind. */
function joinedKind(tokens: readonly Token[], j: number, kind: CasualtyKind): CasualtyKind {
  const other = (k: number) => {
    const t = tokens[k];
    const v = t && (PREDICATES.get(t.lemma) ?? PREDICATES.get(verbLemma(t) ?? ''));
    return v !== undefined && v !== kind;
  };
  const joins = (k: number) => tokens[k]?.lower === 'or' || tokens[k]?.text === ',';
  return (joins(j + 1) && other(j + 2)) || (joins(j - 1) && other(j - 2)) ? 'casualties' : kind;
}

/** Kind by the counted noun alone: troops and protesters are counted without anything happening to them. */
export function kindOfNoun(
  tokens: readonly Token[],
  s: Sentence,
  head: number,
  before: number,
): CasualtyKind | undefined {
  if (head < 0) return undefined;
  const lemma = tokens[head].lemma;
  if (TROOP_NOUNS.has(lemma)) return 'troops';
  if (PROTEST_NOUNS.has(lemma)) return 'protesters';
  // "a crowd of 5,000", "thousands of people rallied"
  if ((lemma === 'people' || lemma === 'person' || lemma === 'supporter') && hasProtestCue(tokens, s))
    return 'protesters';
  if (tokens[before - 1]?.lower === 'of' && tokens[before - 2]?.lemma === 'crowd') return 'protesters';
  return undefined;
}

/** Counts joined by "and"/"," after the first: "two U.S. troops and two civilians". */
export function coordinated(tokens: readonly Token[], first: Counted, limit: number): Counted[] {
  const out = [first];
  let at = first.to;
  while (at < limit) {
    let k = at;
    if (tokens[k]?.text === ',') k++;
    if (tokens[k]?.lower === 'and') k++;
    if (k === at || k >= limit) break;
    const c = parseCount(tokens, k, limit);
    const n = c && counted(tokens, c, limit);
    if (!n || (n.kind && first.kind && n.kind !== first.kind) || !!n.kind !== !!first.kind || n.head < 0)
      break;
    out.push(n);
    at = n.to;
  }
  return out;
}
