import model from 'wink-eng-lite-web-model';
import winkNLP, { type Document } from 'wink-nlp';
import { memoizedFeatures } from './wink-features.ts';
import { type LearnedWords, type Lexemes, rememberLearned, type WinkWordCache } from './wink-learned.ts';

/**
 * wink learns vocabulary while reading: a word it has seen once is afterwards looked up
 * whole, so "Romney's" is split into "Romney" + "'s" the first time and kept as one token
 * once wink has met it before a full stop. Output would then depend on what the process
 * read earlier (another article, the dictionaries). `readWink` makes each text see only the
 * words it learned itself (rememberLearned), so each text is read as by a fresh instance.
 *
 * wink's word table and packed per-word arrays only grow, so after RENEW_AFTER learned words
 * the instance is replaced (~0.2 s).
 */
const RENEW_AFTER = 200_000;

let lexemes: Lexemes | undefined;
/** The words learned by each read of the current instance. */
let learned: LearnedWords | undefined;
/** wink's POS tags, numbered as in its tokens' data. */
let posTags: string[] | undefined;
// The model's loader of custom-entity data stringifies it again at every call (the string
// grows until JSON.stringify throws after ~20 instances): load it once, reuse it.
const metaCER = (model as unknown as { metaCER(): unknown }).metaCER();
function createNlp() {
  const wrapped = {
    ...model,
    metaCER: () => metaCER,
    // `doc.out(its.readabilityStats)` hands wink's raw document data to this add-on: it
    // returns that data, which `winkTokens` reads (Dyad never asks wink for readability stats).
    addons: { ...model.addons, readabilityStats: (rdd: unknown) => rdd },
    featureFn: memoizedFeatures(
      (model as unknown as { featureFn: Parameters<typeof memoizedFeatures>[0] }).featureFn,
    ),
    core() {
      const core = (model as unknown as { core(): unknown }).core();
      const { features } = core as unknown as { features: { lexeme: Lexemes; pos: { list: string[] } } };
      lexemes = features.lexeme;
      posTags = features.pos.list;
      return core;
    },
  };
  const instance = winkNLP(wrapped as typeof model, ['sbd', 'pos']);
  if (!lexemes) throw new Error('wink-nlp: the model did not expose its lexicon');
  // the cache of words the tokenizer and `its` helpers call (a model word: nothing learned)
  const cache = (
    instance.readDoc('the').out(instance.its.readabilityStats) as unknown as { cache: WinkWordCache }
  ).cache;
  learned = rememberLearned(cache, lexemes);
  return instance;
}

/** The one wink-nlp instance of this thread (loading the model takes ~100 ms). */
let nlp = createNlp();
export const its = nlp.its;

/** wink's word list (model words first, then the words it learned) and POS tags. */
export function winkTables(): { words: Lexemes; posTags: string[] } {
  return { words: lexemes!, posTags: posTags! };
}
let depth = 0;

/**
 * Whether wink's model has the word itself, as opposed to having learned it from a text. What
 * wink says about such a word never depends on what it read before.
 */
export function isModelWord(word: string): boolean {
  const index = lexemes!.hash[word];
  return index !== undefined && index < lexemes!.intrinsicSize;
}

/** Reads `text` with wink and returns what `read` takes from the document, then forgets new words. */
export function readWink<T>(text: string, read: (doc: Document) => T): T {
  const lex = lexemes!;
  const words = learned!;
  depth++;
  words.begin();
  try {
    return read(nlp.readDoc(text));
  } finally {
    words.end();
    depth--;
    if (depth === 0 && lex.list.length - lex.intrinsicSize > RENEW_AFTER) nlp = createNlp();
  }
}
