import { setFlagsFromString } from 'node:v8';

/**
 * How many bytes of bytecode TurboFan may inline into one optimized function (V8's default is
 * 920). The coder's big functions (`chunkAt`, `findMentions`, `findCasualties`) are
 * re-optimized a dozen times in a run as new shapes reach them, and with the default budget
 * each compilation pulls their callees in too: over 1,500 AllSides articles V8 spent 6.3 s
 * compiling against about 10 s of coding. With 300, compiling takes 3.7 s and the process
 * about 10% less CPU for the same events (BENCHMARKS.md, "JIT inlining budget").
 */
const INLINING_BUDGET = 300;

let tuned = false;

/**
 * Sets the inlining budget for this process, once (V8 flags are process-wide: worker threads
 * started afterwards share it). `DYAD_JIT=default` leaves V8's own setting, for comparison.
 * Only heuristics change: what the code computes is the same.
 */
export function tuneJit(env: NodeJS.ProcessEnv = process.env): boolean {
  if (tuned || env.DYAD_JIT === 'default') return false;
  tuned = true;
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINING_BUDGET}`);
  return true;
}
