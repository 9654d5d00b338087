export { compileLexicon, type LexItem, type Lexicon } from './compile.ts';
export type * from './entries.ts';
export { inRange, isIsoDate, parseRange, type DateRange, type Problem } from './lines.ts';
export { BUNDLED_DICTIONARIES, emptyDictionaries, loadDictionaries, parseDictionaryText } from './load.ts';
export { parsePattern } from './parse.ts';
export { aliasOverlaps, lintDictionaries } from './lint.ts';
export { longestMatch, type TrieMatch, type TrieNode } from './trie.ts';
