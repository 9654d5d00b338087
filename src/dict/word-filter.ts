/**
 * A bit set of hashed words: `mayHave(word)` false means `word` is surely not among those
 * the filter was built from. The dictionary's big maps are cold in cache by the time the
 * actors stage reads them (the analysis in between walks megabytes of model data), and each
 * lookup there costs a few cache misses; most tokens are no key, and this answers them
 * from 8 KB.
 */
export class WordFilter {
  private readonly bits: Int32Array;
  /** The bit index mask: the filter holds a power of two bits, at least 8 per word. */
  private readonly mask: number;
  /** How many words the filter was built from: a grown source needs a new filter. */
  readonly size: number;

  /** `minBits`: the smallest size, a power of two (small filters of a few words fit a cache line). */
  constructor(words: readonly string[], minBits = MIN_BITS) {
    let n = minBits;
    while (n < words.length * 8) n *= 2;
    this.mask = n - 1;
    this.size = words.length;
    this.bits = filterBits(words, n);
  }

  mayHave(word: string): boolean {
    return this.mayHaveHash(hashOf(word));
  }

  /** `mayHave` of a word whose `hashOf` the caller computed once for several filters. */
  mayHaveHash(hash: number): boolean {
    const h = hash & this.mask;
    return (this.bits[h >>> 5] & (1 << (h & 31))) !== 0;
  }
}

/**
 * The bits of `n` (a power of two) set by `words`. Outside the constructor: V8 compiles a long
 * loop while it runs (on-stack replacement), and a constructor compiled so mid-way, before its
 * last field was ever stored, was thrown away again at every filter built after it (936 times
 * while the dictionaries loaded).
 */
function filterBits(words: readonly string[], n: number): Int32Array {
  const bits = new Int32Array(n >>> 5);
  const mask = n - 1;
  for (const w of words) {
    const h = hashOf(w) & mask;
    bits[h >>> 5] |= 1 << (h & 31);
  }
  return bits;
}

/** 8 KB: about 1 in 8 misses of the 8,000 first words of the actor dictionaries pass. */
const MIN_BITS = 1 << 16;

/**
 * Two bits of a word, its first letter's and its length's. Or-ed over a few words (the forms of
 * a pattern word, the keys of a trie node) they are a filter read from the tested word's string
 * alone: a word whose bits are not all among them is none of those words. A small set or map is
 * as cold in cache as a big one, and is only read for the words that pass.
 */
export function formBits(word: string): number {
  return (1 << (word.charCodeAt(0) & 15)) | (1 << (16 + Math.min(word.length, 15)));
}

/** FNV-1a over UTF-16 code units. */
export function hashOf(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 16)) >>> 0;
}

const FILTERS = new WeakMap<object, WordFilter>();
// the last map asked about: callers ask about the same map for every token
let lastMap: object | undefined;
let lastFilter: WordFilter | undefined;

/** The filter of a map's keys, built on first use and again whenever the map has grown. */
export function keyFilter(map: ReadonlyMap<string, unknown> | ReadonlySet<string>): WordFilter {
  if (map === lastMap && lastFilter?.size === map.size) return lastFilter;
  let f = FILTERS.get(map);
  if (f === undefined || f.size !== map.size) {
    f = new WordFilter([...map.keys()]);
    FILTERS.set(map, f);
  }
  lastMap = map;
  lastFilter = f;
  return f;
}
