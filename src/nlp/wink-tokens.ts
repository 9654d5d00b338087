import model from 'wink-eng-lite-web-model';
import type { Document } from 'wink-nlp';
import { its, winkTables } from './wink.ts';

/**
 * A wink document's tokens, read in one pass over wink's raw document data instead of one
 * `out()` per property: `out()` calls an `its` helper per token, and each helper looks up
 * the document data and wink's cache by name in objects wink makes with
 * `Object.create(null)`, which V8 keeps as dictionaries rather than fast objects.
 */
export interface WinkTokens {
  /** Each token's text (`its.value`). */
  values: string[];
  /** Each token's POS tag (`its.pos`). */
  pos: string[];
  /** Each token's POS tag as wink numbers it (its index in wink's list of tags). */
  tags: Uint8Array;
  /** Each token's word in wink's model, or -1 (see `modelWordOf`). */
  modelWords: Int32Array;
  /** Each sentence's first and last token index, then wink's flags (`its.span`). */
  sentences: number[][];
  /** What `lemmaOf` reads. */
  raw: RawDoc;
}

/** wink's lexicon cache, as its `its` helpers use it. */
interface WinkCache {
  property(index: number, name: string): number;
  mappedSpelling(index: number): number;
  normal(index: number): number;
  isMemberPOS(index: number, tag: number): boolean;
}

/** wink's raw data of one document, which its `its` helpers take with a token index. */
interface RawDoc {
  /** Four numbers a token: its word, preceding spaces or expansion, POS and lemma, flags. */
  tokens: number[];
  sentences: number[][];
  numOfTokens: number;
  cache: WinkCache;
}

// The layout of wink's token data, as wink-nlp/src/its.js and constants.js read it.
const TOKEN_SIZE = 4;
const POS_MASK = 0x3f00000;
const POS_SHIFT = 20;
/** Above this, a token's second number points to a contraction's expansion. */
const MAX_PRECEDING_SPACES = 65535;

/** The tokens of a document `readWink` read. */
export function winkTokens(doc: Document): WinkTokens {
  // the model's `readabilityStats` add-on is replaced by one that returns the raw data (wink.ts)
  const raw = doc.out(its.readabilityStats) as unknown as RawDoc;
  const { words, posTags } = winkTables();
  const list = words.list;
  const modelSize = words.intrinsicSize;
  const data = raw.tokens;
  const n = raw.numOfTokens;
  const values: string[] = new Array(n);
  const pos: string[] = new Array(n);
  const tags = new Uint8Array(n);
  const modelWords = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const word = data[i * TOKEN_SIZE];
    values[i] = list[word];
    const tag = (data[i * TOKEN_SIZE + 2] & POS_MASK) >>> POS_SHIFT;
    tags[i] = tag;
    pos[i] = posTags[tag];
    const expanded = data[i * TOKEN_SIZE + 1] > MAX_PRECEDING_SPACES;
    modelWords[i] = word < modelSize && !expanded ? word : -1;
  }
  return { values, pos, tags, modelWords, sentences: raw.sentences, raw };
}

/** wink's lemma of token `i` (its `its.lemma`, with the model's lemmatizer). */
export function lemmaOf(tokens: WinkTokens, i: number): string | undefined {
  return its.lemma(i, tokens.raw, model.addons);
}

/**
 * Whether the lemma wink gives a model word (`modelWords`) depends only on the word and its
 * POS: `its.lemma` takes it from the word's lemma field, or derives it from its normal form,
 * which must then be model words too. A contraction word's lemma field points into wink's
 * table of expansions instead, and learned words' slots differ from text to text.
 */
export function hasModelLemma(tokens: WinkTokens, word: number): boolean {
  const cache = tokens.raw.cache;
  const size = winkTables().words.intrinsicSize;
  if (cache.property(word, 'isContraction') === 1) return false;
  const mapped = cache.mappedSpelling(word);
  if (mapped >= size) return false;
  const from =
    cache.property(mapped, 'isSLemma') === 1 ? cache.property(mapped, 'lemma') : cache.normal(word);
  return from < size;
}

/**
 * Whether token `i`, a word of wink's model, may be a verb: the model keeps each word's set of
 * possible tags ("attacks" NOUN or VERB, "officials" only NOUN), whatever it tagged here.
 */
export function mayBeVerb(tokens: WinkTokens, i: number): boolean {
  return modelVerb(tokens, tokens.modelWords[i]);
}

/** mayBeVerb of a word read alone, looked up in wink's model: "rail", "expel". */
export function mayBeVerbWord(tokens: WinkTokens, word: string): boolean {
  const { words } = winkTables();
  const index = words.hash[word];
  return index !== undefined && index < words.intrinsicSize && modelVerb(tokens, index);
}

function modelVerb(tokens: WinkTokens, word: number): boolean {
  if (word < 0) return false;
  if (verbTag < 0) verbTag = winkTables().posTags.indexOf('VERB');
  return tokens.raw.cache.isMemberPOS(word, verbTag);
}
let verbTag = -1;
