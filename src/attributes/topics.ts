import type { IssueEntry, Lexicon } from '../dict/index.ts';
import { longestMatch, type TrieNode } from '../dict/index.ts';
import { keyFilter, type WordFilter } from '../dict/word-filter.ts';
import type { Topic } from '../model/attributes.ts';
import type { Doc, Token } from '../model/index.ts';
import { tokenSpan } from './doc-index.ts';

const HAS_CAPS = new WeakMap<TrieNode<IssueEntry>, boolean>();

/**
 * Whether a topic phrase can start at a token: most tokens answer with the filter of the root's
 * keys (`filter`), which answers most misses before the root's map, big and cold in cache.
 */
function mayStart(root: TrieNode<IssueEntry>, t: Token, filter: WordFilter): boolean {
  if (
    t.pos === 'PROPN' ||
    (filter.mayHave(t.lower) && root.next.has(t.lower)) ||
    (t.lemma !== t.lower && filter.mayHave(t.lemma) && root.next.has(t.lemma))
  )
    return true;
  let caps = HAS_CAPS.get(root);
  if (caps === undefined) {
    caps = [...root.next.keys()].some((k) => k.startsWith('='));
    HAS_CAPS.set(root, caps);
  }
  return caps && root.next.has(`=${t.text}`);
}

/**
 * The article's topics: the PLOVER contexts of the topic phrases (dictionaries/issues.txt)
 * in its sentences, most frequent first, each with the phrases and spans that evidence it.
 * Page furniture ("Read More: …") is not read.
 */
export function articleTopics(doc: Doc, lexicon: Lexicon): Topic[] {
  const byContext = new Map<string, Topic & { termCounts: Map<string, number>; first: number }>();
  const t = doc.tokens;
  const filter = keyFilter(lexicon.issues.next);
  for (const s of doc.sentences) {
    if (s.skip) continue;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (!mayStart(lexicon.issues, t[i], filter)) continue;
      const m = longestMatch(lexicon.issues, t, i, s.tokenEnd);
      if (!m) continue;
      const span = tokenSpan(doc, i, m.end);
      for (const e of m.items) {
        let topic = byContext.get(e.context);
        if (!topic) {
          topic = {
            context: e.context,
            count: 0,
            terms: [],
            sentences: [],
            spans: [],
            rules: [],
            termCounts: new Map(),
            first: span.start,
          };
          byContext.set(e.context, topic);
        }
        topic.count++;
        topic.termCounts.set(e.phrase, (topic.termCounts.get(e.phrase) ?? 0) + 1);
        if (topic.sentences.at(-1) !== s.index) topic.sentences.push(s.index);
        if (topic.spans.at(-1)?.start !== span.start) topic.spans.push(span);
        if (!topic.rules.includes(e.id)) topic.rules.push(e.id);
      }
      i = m.end - 1;
    }
  }
  return [...byContext.values()]
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .map(({ termCounts, first: _first, ...topic }) => ({
      ...topic,
      terms: [...termCounts].sort((a, b) => b[1] - a[1]).map(([term]) => term),
    }));
}
