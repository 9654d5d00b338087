// The Queue interface: jobs with leases, retries with backoff and a dead-letter state. One
// contract, two implementations (PostgreSQL for fleets of workers, memory for one process
// and tests), one conformance suite (test/queue/queue.case.ts).

/**
 * - `pending`: waiting to be claimed;
 * - `running`: claimed, its lease not yet given back;
 * - `failed`: its last attempt failed (or its lease expired); claimed again after a backoff;
 * - `done`: acknowledged;
 * - `dead`: failed on every allowed attempt, or failed for good: kept, never claimed again.
 */
export type JobState = 'pending' | 'running' | 'failed' | 'done' | 'dead';

export const JOB_STATES: readonly JobState[] = ['pending', 'running', 'failed', 'done', 'dead'];

export interface JobInput<P> {
  /** Idempotency key: a key already in the queue is not enqueued again. */
  key: string;
  /** Plain JSON. */
  payload: P;
  /** Attempts before the job is dead (default: the queue's, 5). */
  maxAttempts?: number;
}

export interface Job<P> {
  id: string;
  key: string;
  payload: P;
  /** This attempt's number: 1 the first time the job is claimed. */
  attempts: number;
  maxAttempts: number;
  /** The claim's token: `ack`, `fail` and `extend` act only while the lease is this one. */
  lease: string;
}

export interface EnqueueOptions {
  /** Put jobs whose key is `done` or `dead` back to `pending` (with the new payload). */
  requeue?: boolean;
}

export interface EnqueueResult {
  added: number;
  /** Keys already queued (and left as they were). */
  existing: number;
  /** Keys that were done or dead and are pending again (`requeue`). */
  requeued: number;
}

export interface ClaimOptions {
  /** Who claims (host:pid), shown in the status and kept on the job. */
  worker: string;
  /** At most this many jobs. */
  limit: number;
  /** The lease: after this long without `ack` or `extend` the job goes to another worker. */
  leaseMs: number;
}

export interface FailOptions {
  /** Dead at once, without a retry (a payload that can never work). */
  final?: boolean;
}

export interface QueueStatus {
  pending: number;
  running: number;
  failed: number;
  done: number;
  dead: number;
  /** Running jobs whose lease has expired (their worker is gone or stuck). */
  expired: number;
  /** Distinct workers holding a lease. */
  workers: number;
  /** Jobs finished (done) in the last 60 seconds: the throughput. */
  doneLastMinute: number;
  /** Jobs finished (done) in the last hour. */
  doneLastHour: number;
  /** When the oldest job still waiting was enqueued (ISO 8601), or null. */
  oldestWaiting: string | null;
}

/** Delay before attempt `attempt + 1`, after `attempt` failed attempts. */
export type Backoff = (attempt: number) => number;

export interface QueueOptions {
  /** Default 5. */
  maxAttempts?: number;
  /** Default: `exponentialBackoff()` (1 s, 2 s, 4 s … capped at 5 minutes, ±20% jitter). */
  backoff?: Backoff;
}

export interface Queue<P> {
  readonly kind: 'postgres' | 'memory';
  /** The URL without its password, or `memory`. */
  readonly location: string;
  enqueue(jobs: readonly JobInput<P>[], opts?: EnqueueOptions): Promise<EnqueueResult>;
  /**
   * Up to `limit` jobs that are pending, or failed and past their backoff, oldest first.
   * Expired leases are first turned into failed attempts (or dead jobs). Two workers never
   * hold the same job at once.
   */
  claim(opts: ClaimOptions): Promise<Job<P>[]>;
  /** Renews the leases still held; returns how many were. */
  extend(jobs: readonly Job<P>[], leaseMs: number): Promise<number>;
  /**
   * Marks done the jobs still under this lease (even expired, as long as no other worker has
   * claimed them since); returns how many were.
   */
  ack(jobs: readonly Job<P>[]): Promise<number>;
  /** Records a failed attempt: `failed` (retried after a backoff) or `dead`; null if the lease was lost. */
  fail(job: Job<P>, error: string, opts?: FailOptions): Promise<JobState | null>;
  /** Puts dead jobs back to pending with their attempts reset; returns how many. */
  retryDead(): Promise<number>;
  /** Deletes done jobs acknowledged before `before`; returns how many. */
  prune(before: Date): Promise<number>;
  status(): Promise<QueueStatus>;
  close(): Promise<void>;
}
