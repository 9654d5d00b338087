// A pool of coding workers, worker threads (piscina) or child processes, that code articles
// in parallel. Each worker compiles the dictionaries once when it starts; tasks carry a few
// articles each, and the docs come back without tokens (the store keeps none), so copying
// between workers stays cheap.
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Article } from '../model/index.ts';
import { createProcessRunners, type TaskRunners } from './processes.ts';
import type { CodeMany, CodeOutcome, CoderSetup, WorkerInfo, WorkerOutcome, WorkerTask } from './types.ts';

const WORKER = fileURLToPath(new URL('./worker.mjs', import.meta.url));
const DEFAULT_OLD_MB = 256;

/** Where the pool's coders run: threads of this process, or processes of their own. */
export type PoolKind = 'threads' | 'processes';

export interface CodingPool {
  readonly threads: number;
  /** Codes articles, in order, one outcome each (a doc, or the message of what it threw). */
  code: CodeMany;
  /** One worker's fingerprint, load time and heap (starting a worker if none runs yet). */
  info(): Promise<WorkerInfo>;
  /** Resolves when every worker has built its coder. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export interface PoolOptions extends CoderSetup {
  /** How many coders (threads or processes). */
  threads: number;
  /** `threads` (default) or `processes`: see src/pool/processes.ts for why both exist. */
  kind?: PoolKind;
  /**
   * V8 heap limits per worker (MB; old generation 256 by default, young generation V8's).
   * A coder keeps about 80 MB live; left alone, V8 lets garbage grow a worker's heap to
   * twice that before collecting it. A worker that goes over dies, fails its task's
   * articles, and is replaced. A smaller young generation saves memory but costs speed: the
   * coder allocates a lot of short-lived objects.
   */
  oldGenerationMb?: number;
  youngGenerationMb?: number;
  /** More node/V8 flags for each child process (`kind: 'processes'` only; threads share the process's). */
  childFlags?: readonly string[];
  /**
   * The main thread's `coderFingerprint`: coding fails unless the workers' coder is the same
   * (dictionaries edited between the two loads would store events under the wrong coder).
   */
  fingerprint?: string;
}

function threadRunners(opts: PoolOptions, setup: CoderSetup, threads: number): TaskRunners {
  const piscina = new Piscina({
    filename: WORKER,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Number.POSITIVE_INFINITY,
    // Tasks wait in the pool's queue while the main thread writes; no cap on it.
    maxQueue: Number.POSITIVE_INFINITY,
    workerData: setup,
    resourceLimits: {
      maxOldGenerationSizeMb: opts.oldGenerationMb ?? DEFAULT_OLD_MB,
      ...(opts.youngGenerationMb ? { maxYoungGenerationSizeMb: opts.youngGenerationMb } : {}),
    },
  });
  const run = (task: WorkerTask) => piscina.run(task);
  return {
    run,
    async ready() {
      // The coder is built when a worker's module loads; a task per thread waits for them.
      await Promise.all(Array.from({ length: threads }, () => run({ kind: 'info' })));
    },
    close: () => piscina.destroy(),
  };
}

/** A child's heap limits as V8 flags (young generation = 3 semi-spaces); the parent's own stand otherwise. */
function processFlags(opts: PoolOptions): string[] {
  const has = (flag: string) => process.execArgv.some((a) => a.startsWith(flag));
  const old = opts.oldGenerationMb ?? (has('--max-old-space-size') ? undefined : DEFAULT_OLD_MB);
  return [
    ...(old ? [`--max-old-space-size=${old}`] : []),
    ...(opts.youngGenerationMb
      ? [`--max-semi-space-size=${Math.max(1, Math.round(opts.youngGenerationMb / 3))}`]
      : []),
    ...(opts.childFlags ?? []),
  ];
}

export function createCodingPool(opts: PoolOptions): CodingPool {
  const threads = Math.max(1, Math.floor(opts.threads));
  const setup: CoderSetup = {
    dictionaries: [...(opts.dictionaries ?? [])],
    bundled: opts.bundled,
    full: opts.full,
  };
  const runners =
    opts.kind === 'processes'
      ? createProcessRunners({ processes: threads, setup, flags: processFlags(opts) })
      : threadRunners(opts, setup, threads);
  const run = runners.run;
  const checked = opts.fingerprint
    ? (run({ kind: 'info' }) as Promise<WorkerInfo>).then((info) => {
        if (info.fingerprint !== opts.fingerprint) {
          const e = new Error(`the coding workers' dictionaries differ from the main thread's`);
          throw Object.assign(e, { fatal: true });
        }
      })
    : Promise.resolve();
  checked.catch(() => {});

  return {
    threads,
    async code(articles: readonly Article[]): Promise<CodeOutcome[]> {
      if (articles.length === 0) return [];
      await checked;
      const outcomes = (await run({ kind: 'code', articles: [...articles] })) as WorkerOutcome[];
      return outcomes.map((o, i) =>
        'error' in o ? o : { doc: { ...o.parts, article: o.parts.article ?? articles[i] } },
      );
    },
    info: () => run({ kind: 'info' }) as Promise<WorkerInfo>,
    ready: () => runners.ready(),
    close: () => runners.close(),
  };
}
