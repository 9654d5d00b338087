export { type AnchorIndex, compileLexicon, type LexItem, type Lexicon } from './compile.ts';
export type * from './entries.ts';
export { type DateRange, inRange, isIsoDate, type Problem, parseRange } from './lines.ts';
export { aliasOverlaps, lintDictionaries } from './lint.ts';
export { BUNDLED_DICTIONARIES, emptyDictionaries, loadDictionaries, parseDictionaryText } from './load.ts';
export { parsePattern } from './parse.ts';
export { longestMatch, type TrieMatch, type TrieNode } from './trie.ts';
export { formBits } from './word-filter.ts';
