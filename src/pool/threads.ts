import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/** The default number of coding threads: one per core. */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Below this much input (bytes), `--threads` left to its default codes on the main thread:
 * starting workers (each loads the coder: 3–4 s on an idle machine, far more on a busy one)
 * would cost more than two threads save (one thread codes about 400 KB of news a second).
 */
export const POOL_MIN_BYTES = 4 << 20;

/**
 * Coding threads for inputs: `requested` as given; `auto`, one per core unless the inputs
 * are small; none given, 1 (the main thread, as before threads existed).
 */
export function chooseThreads(requested: number | 'auto' | undefined, files: readonly string[]): number {
  if (requested === undefined) return 1;
  if (requested !== 'auto') return Math.max(1, Math.floor(requested));
  let bytes = 0;
  for (const f of files) {
    try {
      bytes += statSync(f).size;
    } catch {}
    if (bytes >= POOL_MIN_BYTES) return defaultThreads();
  }
  return 1;
}
