// A worker's loop: claim a batch, keep its leases alive while coding, store, acknowledge;
// when the queue is empty, wait and poll. Stops after the batch in hand when `signal`
// aborts, or (with `exitWhenDone`) when no job is waiting or running anywhere.
import { setTimeout as sleep } from 'node:timers/promises';
import type { CodeMany } from '../pool/index.ts';
import type { ArticleJob, Job, Queue } from '../queue/index.ts';
import type { IngestSummary, Store } from '../store/index.ts';
import { addSummary, emptySummary, runBatch } from './batch.ts';
import type { WriteLock } from './write-lock.ts';

export interface WorkerOptions {
  queue: Queue<ArticleJob>;
  store: Store;
  codeMany: CodeMany;
  fingerprint: string;
  runId: string | null;
  lock: WriteLock;
  /** Shown in the queue's status and on the jobs it holds (host:pid). */
  name: string;
  /** Jobs per claim (default 32). */
  batch?: number;
  /** Lease per claim (default 120 s), renewed every third of it while the batch runs. */
  leaseMs?: number;
  /** Wait between polls of an empty queue (default 1 s). */
  pollMs?: number;
  /** Return once no job is pending, failed (awaiting a retry) or running. */
  exitWhenDone?: boolean;
  signal?: AbortSignal;
  /** After each batch: the totals so far. */
  onBatch?: (totals: WorkerSummary) => void;
  /** Problems that do not stop the worker (the database unreachable for a while). */
  onError?: (e: unknown) => void;
}

export interface WorkerSummary extends IngestSummary {
  jobs_done: number;
  jobs_failed: number;
  jobs_dead: number;
  /** Seconds waiting for the store's write lock, and writing under it. */
  lock_wait_s: number;
  write_s: number;
}

async function idle(queue: Queue<ArticleJob>): Promise<boolean> {
  const s = await queue.status();
  return s.pending + s.running + s.failed === 0;
}

/** Renews the batch's leases every third of the lease until stopped. */
function heartbeat(
  queue: Queue<ArticleJob>,
  jobs: Job<ArticleJob>[],
  leaseMs: number,
  onError?: (e: unknown) => void,
) {
  const timer = setInterval(
    () => {
      queue.extend(jobs, leaseMs).catch((e) => onError?.(e));
    },
    Math.max(10, Math.floor(leaseMs / 3)),
  );
  return () => clearInterval(timer);
}

export async function runWorker(o: WorkerOptions): Promise<WorkerSummary> {
  const batch = o.batch ?? 32;
  const leaseMs = o.leaseMs ?? 120_000;
  const pollMs = o.pollMs ?? 1000;
  const totals: WorkerSummary = {
    ...emptySummary(),
    jobs_done: 0,
    jobs_failed: 0,
    jobs_dead: 0,
    lock_wait_s: 0,
    write_s: 0,
  };
  const ctx = {
    queue: o.queue,
    store: o.store,
    codeMany: o.codeMany,
    fingerprint: o.fingerprint,
    runId: o.runId,
    lock: o.lock,
  };
  const pause = () => sleep(pollMs, undefined, { signal: o.signal }).catch(() => {});

  while (!o.signal?.aborted) {
    try {
      const jobs = await o.queue.claim({ worker: o.name, limit: batch, leaseMs });
      if (jobs.length === 0) {
        if (o.exitWhenDone && (await idle(o.queue))) break;
        await pause();
        continue;
      }
      const stop = heartbeat(o.queue, jobs, leaseMs, o.onError);
      try {
        const r = await runBatch(ctx, jobs);
        addSummary(totals, r.summary);
        totals.jobs_done += r.done;
        totals.jobs_failed += r.failed;
        totals.jobs_dead += r.dead;
        totals.lock_wait_s += r.lockWaitMs / 1000;
        totals.write_s += r.writeMs / 1000;
      } finally {
        stop();
      }
      o.onBatch?.(totals);
    } catch (e) {
      // The queue or the store is unreachable: what this worker held comes back to the
      // queue when its lease runs out; try again after a pause.
      o.onError?.(e);
      await pause();
    }
  }
  return totals;
}
