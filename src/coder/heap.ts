import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the old generation grow past what the last full collection kept, in percent.
 * V8 chooses its own factor, between 1.1 and 4, from how fast it collects: while coding, with
 * about 80 MB live, it chose near the top, and a `dyad worker` grew to 470–620 MB RSS over
 * 1,500 AllSides articles (BENCHMARKS.md, "Memory of a coding worker").
 */
const HEAP_GROWING_PERCENT = 25;

/**
 * The commands that run for hours or days (a queue worker, a feed watcher, the server): their
 * memory matters more than the last few percent of speed. One-shot bulk commands (`ingest`,
 * `code`, `eval`) keep V8's defaults.
 */
const LONG_RUNNING: ReadonlySet<string> = new Set(['worker', 'watch', 'serve', 'start']);

let bounded = false;

/**
 * For a long-running command, keeps the process's heap near what it holds, once: the old
 * generation grows by HEAP_GROWING_PERCENT after each full collection, and the young
 * generation stays at its starting size (V8 doubles it, up to 16 MB a semi-space, as garbage
 * comes). Call it before the modules load: a young generation that has grown is not shrunk
 * back, so bin/dyad.js calls it first. V8 flags are process-wide (the coding threads of
 * `--threads` share them); only heuristics change, never what the code computes.
 * `DYAD_HEAP=default` leaves V8's own settings, for comparison.
 */
export function boundHeap(
  argv: readonly string[] = process.argv,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  const command = argv.slice(2).find((a) => !a.startsWith('-'));
  if (bounded || env.DYAD_HEAP === 'default' || !command || !LONG_RUNNING.has(command)) return false;
  bounded = true;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  setFlagsFromString('--semi-space-growth-factor=1');
  return true;
}
