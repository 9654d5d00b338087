import type { Token } from '../model/index.ts';
import { BOUNDARY, REPORTING, SUBORDINATORS } from './words.ts';

/**
 * The words that keep an -ing act from being done: "avoided criticizing", "refrained from
 * attacking", "prevented Iran from attacking", "without consulting", "stopped short of
 * endorsing", "instead of meeting", "steered clear of commenting"; "benefited from blaming Bush" is done.
 */
export function undoneGerund(
  tokens: readonly Token[],
  anchor: number,
  clauseStart: number,
): string | undefined {
  const a = tokens[anchor];
  if (!a.lower.endsWith('ing')) return undoneByPurpose(tokens, anchor, clauseStart);
  let i = anchor - 1;
  while (i > clauseStart && tokens[i].pos === 'ADV') i--;
  if (i < clauseStart) return undefined;
  const t = tokens[i];
  const before = tokens[i - 1]?.lower;
  const undone =
    (t.pos === 'VERB' && t.lemma === 'avoid') ||
    ceasing(tokens, i) ||
    t.lower === 'without' ||
    (t.lower === 'from' && keptFrom(tokens, i, clauseStart)) ||
    (t.lower === 'of' && (before === 'short' || before === 'instead' || before === 'clear'));
  return undone ? `${t.text} ${a.text}` : undefined;
}

/** Verbs that end an act, whose -ing object is no longer done: "stop supplying weapons", "ceased shelling". */
const CEASING = new Set(['stop', 'cease', 'quit', 'halt', 'discontinue']);

/**
 * Whether the word at `i` is a verb that ends an act; the tagger may call "stops" a noun, which
 * it is only in a noun phrase ("bus stops", "the stops"), not after a comma or "and".
 */
function ceasing(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!CEASING.has(t.lemma)) return false;
  return t.pos === 'VERB' || (t.pos === 'NOUN' && !IN_NOUN_PHRASE.has(tokens[i - 1]?.pos ?? ''));
}
const IN_NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART']);

const PURPOSE_REACH = 6;

/**
 * The act of a purpose infinitive after an undone gerund is undone as well: "instead of stopping
 * in Moscow to meet with Putin", "without going to Kabul to consult Karzai".
 */
function undoneByPurpose(tokens: readonly Token[], anchor: number, clauseStart: number): string | undefined {
  if (anchor - 1 <= clauseStart || tokens[anchor - 1].lower !== 'to') return undefined;
  for (let k = anchor - 2; k > clauseStart && k >= anchor - 1 - PURPOSE_REACH; k--) {
    const t = tokens[k];
    if (BOUNDARY.has(t.text) || t.text === ',' || SUBORDINATORS.has(t.lower)) return undefined;
    if (t.pos !== 'VERB') continue;
    return t.lower.endsWith('ing') ? undoneGerund(tokens, k, clauseStart) : undefined;
  }
  return undefined;
}

/** Words an event noun after "stopped short of" may have before it: "a full travel ban". */
const SHORT_OF_MODIFIERS = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'ADV']);
/** Verbs of saying whose complement "stopped short of" leaves unsaid: "stopped short of saying he would endorse". */
const SHORT_OF_SAYING = new Set([...REPORTING, 'suggest', 'declare', 'predict', 'admit', 'acknowledge']);
const SHORT_REACH = 12;
const SAYING_REACH = 15;

/**
 * The "stopped short of" that keeps the act at `anchor` from being done: an -ing act or an
 * event noun after it ("stopped short of accusing", "stopped short of a travel ban"), or an act
 * inside what a saying verb after it would have said ("stopped short of saying he would
 * endorse …"); words may sit between "short" and "of" ("stopped short on CNN's 'State of the
 * Union,' of accusing").
 */
export function stoppedShort(tokens: readonly Token[], anchor: number): string | undefined {
  const a = tokens[anchor];
  let i = anchor - 1;
  if (a.lower.endsWith('ing')) while (tokens[i]?.pos === 'ADV') i--;
  else if (a.pos === 'NOUN')
    while (i > anchor - 6 && SHORT_OF_MODIFIERS.has(tokens[i]?.pos ?? '') && tokens[i].lower !== 'of') i--;
  if (tokens[i]?.lower === 'of' && shortBefore(tokens, i)) return `short of ${a.text}`;
  // "stopped short of saying that the U.S. would support …": the saying verb's complement
  for (let k = anchor - 1; k > 0 && k >= anchor - SAYING_REACH; k--) {
    const t = tokens[k];
    if (t.sentence !== a.sentence || BOUNDARY.has(t.text) || t.text === ',') return undefined;
    if (SUBORDINATORS.has(t.lower) || t.lower === 'but') return undefined;
    if (t.pos !== 'VERB' || !t.lower.endsWith('ing') || !SHORT_OF_SAYING.has(t.lemma)) continue;
    let j = k - 1;
    while (tokens[j]?.pos === 'ADV') j--;
    if (tokens[j]?.lower === 'of' && shortBefore(tokens, j)) return `short of ${t.text}`;
    return undefined;
  }
  return undefined;
}

/** Whether a "stop short" stands before the "of" at `of`, with no verb between: "stopped short on CNN of". */
function shortBefore(tokens: readonly Token[], of: number): boolean {
  for (let k = of - 1; k > 0 && k >= of - SHORT_REACH; k--) {
    const t = tokens[k];
    if (t.sentence !== tokens[of].sentence || t.text === ';' || t.text === ':') return false;
    if (t.lower === 'short') return tokens[k - 1].lemma === 'stop';
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return false;
}

/** Verbs that keep their object from an act: "kept the U.S. from launching", "refrained from". */
const KEEP_FROM = new Set([
  'refrain',
  'abstain',
  'desist',
  'keep',
  'stop',
  'prevent',
  'bar',
  'ban',
  'block',
  'deter',
  'discourage',
  'dissuade',
  'prohibit',
  'restrain',
  'preclude',
  'forbid',
  'frighten',
  'scare',
]);
const KEEP_FROM_REACH = 8;

/** Whether the "from" at `i` follows a verb that keeps its object from the act after it. */
function keptFrom(tokens: readonly Token[], i: number, clauseStart: number): boolean {
  for (let k = i - 1; k >= clauseStart && k >= i - KEEP_FROM_REACH; k--) {
    const t = tokens[k];
    if (BOUNDARY.has(t.text) || t.text === ',') return false;
    if (t.pos === 'VERB' && KEEP_FROM.has(t.lemma)) return true;
  }
  return false;
}
