/** One of the model's feature extractors, as wink's cache calls it when it learns a word. */
type Feature = (word: string, category: number, cache: unknown) => unknown;
/** The model's `featureFn`: makes the extractors from the model's packing configuration. */
type FeatureFn = (config: unknown) => Record<string, Feature>;

/** Words whose features are remembered before the memo starts afresh. */
const MEMO_SIZE = 50_000;

/** The remembered features of one word: its shape, and its POS by token category. */
interface Remembered {
  shape: unknown;
  pos: unknown[];
}

/**
 * wink extracts the features of every word it learns, and `readWink` makes it forget them
 * after each text, so the names of an article are learned anew in every article that has
 * them. Two extractors cost: `shape` (Unicode normalization and seven regex replacements)
 * and `pos` (the POS a word is guessed to have). Their values depend only on the word and
 * its token category: `pos` looks at the model's POS of the lower-cased word, and at the
 * word's suffix when the model does not have it (a learned word's is never read). So both
 * are remembered, per category for `pos`; wink gets the same values, faster.
 *
 * Both are kept in one map, and the word asked last is kept aside: wink asks the features of
 * a word one after another, and the map, big and cold in cache by then, is read once a word.
 */
export function memoizedFeatures(featureFn: FeatureFn): FeatureFn {
  return (config) => {
    const features = featureFn(config);
    const memo = new Map<string, Remembered>();
    let lastWord: string | undefined;
    let last: Remembered = { shape: undefined, pos: [] };
    const remembered = (word: string): Remembered => {
      if (word === lastWord) return last;
      let r = memo.get(word);
      if (r === undefined) {
        if (memo.size >= MEMO_SIZE) memo.clear();
        r = { shape: undefined, pos: [] };
        memo.set(word, r);
      }
      lastWord = word;
      last = r;
      return r;
    };
    const shape: Feature = (word, category, cache) => {
      const r = remembered(word);
      if (r.shape === undefined) r.shape = features.shape(word, category, cache);
      return r.shape;
    };
    const pos: Feature = (word, category, cache) => {
      const r = remembered(word);
      let value = r.pos[category];
      if (value === undefined) {
        value = features.pos(word, category, cache);
        r.pos[category] = value;
      }
      return value;
    };
    return { ...features, shape, pos };
  };
}
