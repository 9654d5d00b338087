import type { Token } from '../model/index.ts';
import { forWink, normalizeWord } from '../nlp/analyze.ts';
import { its, readWink } from '../nlp/wink.ts';

/** A phrase trie over token keys. Case-sensitive words are stored with a leading `=`. */
export interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  items: T[];
}

export function newTrie<T>(): TrieNode<T> {
  return { next: new Map(), items: [] };
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
      node.next.set(k, child);
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
  // most tokens start no phrase: answer those without building a search
  const t0 = tokens[start];
  if (
    !root.next.has(`=${t0.text}`) &&
    !root.next.has(t0.lower) &&
    !root.next.has(t0.lemma) &&
    !(t0.pos === 'PROPN' && root.next.has(singularOf(t0.lower)))
  ) {
    return undefined;
  }
  let best: TrieMatch<T> | undefined;
  // depth-first over (node, next token, exact count); a phrase word may match several keys
  const stack: [TrieNode<T>, number, number][] = [[root, start, 0]];
  while (stack.length > 0) {
    const [node, i, exact] = stack.pop()!;
    if (node.items.length > 0 && i > start) {
      if (!best || i > best.end || (i === best.end && exact > best.exact))
        best = { end: i, items: node.items, exact };
    }
    if (i >= limit) continue;
    const t = tokens[i];
    const caps = node.next.get(`=${t.text}`);
    if (caps) stack.push([caps, i + 1, exact + 1]);
    const lower = node.next.get(t.lower);
    if (lower) stack.push([lower, i + 1, exact + 1]);
    if (t.lemma !== t.lower) {
      const lemma = node.next.get(t.lemma);
      if (lemma) stack.push([lemma, i + 1, exact]);
    } else if (t.pos === 'PROPN' && t.lower.length > 3 && t.lower.endsWith('s')) {
      // a capitalised plural wink left unlemmatised ("Slovak Soldiers", headlines)
      const singular = node.next.get(singularOf(t.lower));
      if (singular) stack.push([singular, i + 1, exact]);
    }
  }
  return best;
}

/** A crude singular for capitalised plurals wink does not lemmatise. */
export function singularOf(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  return word.endsWith('ss') ? word : word.slice(0, -1);
}
