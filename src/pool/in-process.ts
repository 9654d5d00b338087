// Coding on the calling thread, one article at a time, letting timers and I/O run between
// articles (a worker's lease heartbeats must not wait for a whole batch).
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { Coder } from '../coder/index.ts';
import type { CodeMany, CodeOutcome } from './types.ts';

export function inProcessCodeMany(coder: Pick<Coder, 'code'>, full = false): CodeMany {
  return async function codeInProcess(articles) {
    const out: CodeOutcome[] = [];
    for (const article of articles) {
      try {
        const doc = coder.code(article);
        out.push({ doc: full ? doc : { ...doc, tokens: [], dropped: [] } });
      } catch (e) {
        out.push({ error: e instanceof Error ? e.message : String(e) });
      }
      await yieldToLoop();
    }
    return out;
  };
}
