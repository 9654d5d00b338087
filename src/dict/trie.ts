import type { Token } from '../model/index.ts';
import { forWink, normalizeWord } from '../nlp/analyze.ts';
import { its, readWink } from '../nlp/wink.ts';
import { formBits, keyFilter, type WordFilter } from './word-filter.ts';

/** A phrase trie over token keys. Case-sensitive words are stored with a leading `=`. */
export interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  items: T[];
  /** `formBits` of every key of `next`, or-ed: most tokens after a phrase's first word are none. */
  keyBits: number;
}

/**
 * The `next` of every node without children: most nodes end a phrase and nothing goes on
 * from them, and an empty Map of their own would cost each ~200 bytes (~3 MB over the
 * dictionaries). Only `insertPhrase` adds children, and it gives the node a Map first.
 */
const NO_NEXT: Map<string, unknown> = new Map();

export function newTrie<T>(): TrieNode<T> {
  return { next: NO_NEXT as Map<string, TrieNode<T>>, items: [], keyBits: 0 };
}

const CAPS = /^(?=.*[A-Z].*[A-Z])[A-Z.&]+$/;

/** The trie keys of a dictionary phrase, tokenized the way article text is. */
export function phraseKeys(phrase: string): string[] {
  const values = readWink(forWink(phrase).text, (doc) => doc.tokens().out(its.value) as string[]);
  return values.map((v) => (CAPS.test(v) ? `=${v}` : normalizeWord(v)));
}

export function insertPhrase<T>(root: TrieNode<T>, keys: readonly string[], item: T): void {
  let node = root;
  for (const k of keys) {
    let child = node.next.get(k);
    if (!child) {
      child = newTrie<T>();
      if (node.next === NO_NEXT) node.next = new Map();
      node.next.set(k, child);
      node.keyBits |= formBits(k);
    }
    node = child;
  }
  node.items.push(item);
}

export interface TrieMatch<T> {
  /** Token index just past the match. */
  end: number;
  items: T[];
  /** How many words matched on their exact form rather than their lemma. */
  exact: number;
}

/** Whether a token could match a `=CAPS` key: CAPS keys are two or more of `[A-Z.&]`. */
function mayBeCaps(text: string): boolean {
  if (text.length < 2) return false;
  const a = text.charCodeAt(0);
  const b = text.charCodeAt(1);
  return ((a >= 65 && a <= 90) || a === 46 || a === 38) && ((b >= 65 && b <= 90) || b === 46 || b === 38);
}

// The search state of `longestMatch` (not re-entrant; kept here so a search allocates nothing).
const NO_TOKENS: readonly Token[] = [];
let searchTokens: readonly Token[] = NO_TOKENS;
let searchStart = 0;
let searchLimit = 0;
let bestEnd = -1;
let bestExact = 0;
let bestItems: unknown[] | undefined;

/** Records a phrase ending before token `i`, when it beats the best so far. */
function visit<T>(node: TrieNode<T>, i: number, exact: number): void {
  if (node.items.length > 0 && i > searchStart) {
    if (bestItems === undefined || i > bestEnd || (i === bestEnd && exact > bestExact)) {
      bestEnd = i;
      bestExact = exact;
      bestItems = node.items;
    }
  }
  if (i < searchLimit) follow(node, i, exact);
}

/**
 * Follows token `i` from `node`, depth first, children in the order lemma (or singular),
 * lower case, exact capitals: the order the earlier stack-based search popped them, so ties
 * resolve as they did.
 */
function follow<T>(node: TrieNode<T>, i: number, exact: number, filter?: WordFilter): void {
  const t = searchTokens[i];
  const caps = mayBeCaps(t.text) ? childOf(node, `=${t.text}`, filter) : undefined;
  const lower = childOf(node, t.lower, filter);
  let other: TrieNode<T> | undefined;
  if (t.lemma !== t.lower) other = childOf(node, t.lemma, filter);
  else if (t.pos === 'PROPN' && t.lower.length > 3 && t.lower.endsWith('s'))
    other = childOf(node, singularOf(t.lower), filter);
  if (other) visit(other, i + 1, exact);
  if (lower) visit(lower, i + 1, exact + 1);
  if (caps) visit(caps, i + 1, exact + 1);
}

/**
 * The child under `key`. The filter of the node's keys, given for the root, answers most
 * misses; a node's `keyBits` answer most of them elsewhere.
 */
function childOf<T>(node: TrieNode<T>, key: string, filter: WordFilter | undefined): TrieNode<T> | undefined {
  if (filter !== undefined) return filter.mayHave(key) ? node.next.get(key) : undefined;
  return (formBits(key) & ~node.keyBits) === 0 ? node.next.get(key) : undefined;
}

/**
 * Longest phrase starting at token `start` and ending before `limit`. A word matches a
 * token's exact capitals (`=US`), its lower-case form, or its lemma; among equally long
 * matches the one with more exact forms wins.
 */
export function longestMatch<T>(
  root: TrieNode<T>,
  tokens: readonly Token[],
  start: number,
  limit: number,
): TrieMatch<T> | undefined {
  if (start >= limit) return undefined;
  searchTokens = tokens;
  searchStart = start;
  searchLimit = limit;
  bestItems = undefined;
  // most tokens start no phrase: following the root's children is that test, no separate one;
  // the root's map is big and cold in cache, so its key filter answers most of them
  follow(root, start, 0, keyFilter(root.next));
  searchTokens = NO_TOKENS;
  const items = bestItems as T[] | undefined;
  bestItems = undefined;
  return items === undefined ? undefined : { end: bestEnd, items, exact: bestExact };
}

/** A crude singular for capitalised plurals wink does not lemmatise. */
export function singularOf(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  return word.endsWith('ss') ? word : word.slice(0, -1);
}
