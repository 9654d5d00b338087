import model from 'wink-eng-lite-web-model';
import winkNLP, { type Document } from 'wink-nlp';
import { memoizedFeatures } from './wink-features.ts';

/** wink's table of known words, which `readDoc` extends with every new word it reads. */
interface Lexemes {
  hash: Record<string, number>;
  list: string[];
  intrinsicSize: number;
}

/**
 * wink learns vocabulary while reading: a word it has seen once is afterwards looked up
 * whole, so "Romney's" is split into "Romney" + "'s" the first time and kept as one token
 * once wink has met it before a full stop. Output would then depend on what the process
 * read earlier (another article, the dictionaries). `readWink` forgets every word learned
 * while reading one text, so each text is read as by a fresh instance.
 *
 * Forgetting only removes the words from wink's lookup table; its packed per-word arrays
 * only grow, so after RENEW_AFTER learned words the instance is replaced (~0.2 s).
 */
const RENEW_AFTER = 200_000;

let lexemes: Lexemes | undefined;
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
  const from = lex.list.length;
  depth++;
  try {
    return read(nlp.readDoc(text));
  } finally {
    depth--;
    const { hash, list } = lex;
    for (let i = from; i < list.length; i++) {
      delete hash[list[i]];
      // Some lemmas point past wink's vocabulary (a single-token "cannot" at a slot ~44,000
      // words on): emptied, such a slot reads as no lemma, as in a fresh instance.
      (list as (string | undefined)[])[i] = undefined;
    }
    if (depth === 0 && list.length - lex.intrinsicSize > RENEW_AFTER) nlp = createNlp();
  }
}
