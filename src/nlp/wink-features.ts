/** One of the model's feature extractors, as wink's cache calls it when it learns a word. */
type Feature = (word: string, category: number, cache: unknown) => unknown;
/** The model's `featureFn`: makes the extractors from the model's packing configuration. */
type FeatureFn = (config: unknown) => Record<string, Feature>;

/** Memoized values a feature keeps before it starts afresh. */
const MEMO_SIZE = 50_000;

/**
 * wink extracts the features of every word it learns, and `readWink` makes it forget them
 * after each text, so the names of an article are learned anew in every article that has
 * them. Two extractors cost: `shape` (Unicode normalization and seven regex replacements)
 * and `pos` (the POS a word is guessed to have). Their values depend only on the word and
 * its token category: `pos` looks at the model's POS of the lower-cased word, and at the
 * word's suffix when the model does not have it (a learned word's is never read). So both
 * are remembered, per category for `pos`; wink gets the same values, faster.
 */
export function memoizedFeatures(featureFn: FeatureFn): FeatureFn {
  return (config) => {
    const features = featureFn(config);
    const shapes = memoized(features.shape);
    const tags: Feature[] = [];
    const pos: Feature = (word, category, cache) => {
      tags[category] ??= memoized(features.pos);
      return tags[category](word, category, cache);
    };
    return { ...features, shape: shapes, pos };
  };
}

/** `feature`, remembering its value for each word (callers keep the category fixed). */
function memoized(feature: Feature): Feature {
  const values = new Map<string, unknown>();
  return (word, category, cache) => {
    let value = values.get(word);
    if (value === undefined) {
      value = feature(word, category, cache);
      if (values.size >= MEMO_SIZE) values.clear();
      values.set(word, value);
    }
    return value;
  };
}
