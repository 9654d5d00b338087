// The queue in one process's memory: the same contract as PostgreSQL's, for tests and for
// running workers inside one process. Payloads are copied as JSON, as the database would.
import { randomUUID } from 'node:crypto';
import { DEFAULT_MAX_ATTEMPTS, exponentialBackoff } from './backoff.ts';
import type { Job, JobState, Queue, QueueOptions, QueueStatus } from './types.ts';

interface Row {
  id: string;
  key: string;
  payload: string;
  state: JobState;
  attempts: number;
  maxAttempts: number;
  runAt: number;
  lease: string | null;
  leaseUntil: number;
  worker: string | null;
  error: string | null;
  createdAt: number;
  finishedAt: number | null;
}

export function memoryQueue<P>(opts: QueueOptions = {}): Queue<P> {
  const maxAttempts = opts.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const backoff = opts.backoff ?? exponentialBackoff();
  const rows = new Map<string, Row>();
  const byKey = new Map<string, Row>();
  let next = 1;

  const held = (job: Job<P>, now = Date.now()) => {
    const r = rows.get(job.id);
    return r && r.lease === job.lease && r.state === 'running' && r.leaseUntil >= now ? r : null;
  };

  function failRow(r: Row, error: string, final: boolean, now: number, delay: number): JobState {
    r.error = error;
    r.state = final || r.attempts >= r.maxAttempts ? 'dead' : 'failed';
    r.runAt = now + delay;
    if (r.state === 'dead') r.finishedAt = now;
    return r.state;
  }

  return {
    kind: 'memory',
    location: 'memory',
    async enqueue(jobs, o = {}) {
      const result = { added: 0, existing: 0, requeued: 0 };
      const now = Date.now();
      for (const j of jobs) {
        const payload = JSON.stringify(j.payload);
        const old = byKey.get(j.key);
        if (old && o.requeue && (old.state === 'done' || old.state === 'dead')) {
          Object.assign(old, { payload, state: 'pending', attempts: 0, runAt: now, error: null });
          Object.assign(old, { lease: null, finishedAt: null, maxAttempts: j.maxAttempts ?? maxAttempts });
          result.requeued++;
        } else if (old) result.existing++;
        else {
          const row: Row = {
            id: String(next++),
            key: j.key,
            payload,
            state: 'pending',
            attempts: 0,
            maxAttempts: j.maxAttempts ?? maxAttempts,
            runAt: now,
            lease: null,
            leaseUntil: 0,
            worker: null,
            error: null,
            createdAt: now,
            finishedAt: null,
          };
          rows.set(row.id, row);
          byKey.set(row.key, row);
          result.added++;
        }
      }
      return result;
    },
    async claim({ worker, limit, leaseMs }) {
      const now = Date.now();
      for (const r of rows.values()) {
        // An expired lease is retried at once: the wait was the lease itself.
        if (r.state === 'running' && r.leaseUntil < now)
          failRow(r, `lease expired (${r.worker})`, false, now, 0);
      }
      const ready = [...rows.values()]
        .filter((r) => (r.state === 'pending' || r.state === 'failed') && r.runAt <= now)
        .sort((a, b) => a.runAt - b.runAt || Number(a.id) - Number(b.id))
        .slice(0, limit);
      const lease = randomUUID();
      return ready.map((r) => {
        Object.assign(r, { state: 'running', attempts: r.attempts + 1, lease, worker });
        r.leaseUntil = now + leaseMs;
        const job: Job<P> = {
          id: r.id,
          key: r.key,
          payload: JSON.parse(r.payload),
          attempts: r.attempts,
          maxAttempts: r.maxAttempts,
          lease,
        };
        return job;
      });
    },
    async extend(jobs, leaseMs) {
      const now = Date.now();
      let n = 0;
      for (const j of jobs) {
        const r = held(j, now);
        if (r) {
          r.leaseUntil = now + leaseMs;
          n++;
        }
      }
      return n;
    },
    async ack(jobs) {
      const now = Date.now();
      let n = 0;
      for (const j of jobs) {
        const r = rows.get(j.id);
        // A lease that expired unnoticed still counts: the work was done.
        if (!r || r.lease !== j.lease || r.state === 'done' || r.state === 'pending') continue;
        Object.assign(r, { state: 'done', finishedAt: now, error: null });
        n++;
      }
      return n;
    },
    async fail(job, error, o = {}) {
      const r = held(job);
      return r ? failRow(r, error, o.final === true, Date.now(), backoff(r.attempts)) : null;
    },
    async retryDead() {
      let n = 0;
      for (const r of rows.values()) {
        if (r.state !== 'dead') continue;
        Object.assign(r, { state: 'pending', attempts: 0, runAt: Date.now(), finishedAt: null });
        n++;
      }
      return n;
    },
    async prune(before) {
      let n = 0;
      for (const r of [...rows.values()]) {
        if (r.state === 'done' && r.finishedAt !== null && r.finishedAt < before.getTime()) {
          rows.delete(r.id);
          byKey.delete(r.key);
          n++;
        }
      }
      return n;
    },
    async status() {
      const now = Date.now();
      const s: QueueStatus = {
        pending: 0,
        running: 0,
        failed: 0,
        done: 0,
        dead: 0,
        expired: 0,
        workers: 0,
        doneLastMinute: 0,
        doneLastHour: 0,
        oldestWaiting: null,
      };
      const workers = new Set<string>();
      let oldest = Number.POSITIVE_INFINITY;
      for (const r of rows.values()) {
        s[r.state]++;
        if (r.state === 'running') {
          workers.add(r.worker ?? '');
          if (r.leaseUntil < now) s.expired++;
        }
        if (r.state === 'pending' || r.state === 'failed') oldest = Math.min(oldest, r.createdAt);
        if (r.state === 'done' && r.finishedAt !== null) {
          if (r.finishedAt >= now - 60_000) s.doneLastMinute++;
          if (r.finishedAt >= now - 3_600_000) s.doneLastHour++;
        }
      }
      s.workers = workers.size;
      s.oldestWaiting = Number.isFinite(oldest) ? new Date(oldest).toISOString() : null;
      return s;
    },
    async close() {},
  };
}
