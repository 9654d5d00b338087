import type { Lexicon } from '../dict/index.ts';
import { longestMatch } from '../dict/index.ts';
import type { Token } from '../model/index.ts';

/** PLOVER contexts from topic words in tokens `[from, to)` (dictionaries/issues.txt). */
export function contextsIn(lexicon: Lexicon, tokens: readonly Token[], from: number, to: number): string[] {
  const out = new Set<string>();
  for (let i = from; i < to; i++) {
    const m = longestMatch(lexicon.issues, tokens, i, to);
    if (!m) continue;
    for (const e of m.items) out.add(e.context);
    i = m.end - 1;
  }
  return [...out];
}
