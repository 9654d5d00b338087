// The queue on PostgreSQL: one `jobs` table. Claims take rows with FOR UPDATE SKIP LOCKED,
// so any number of workers on any number of machines claim disjoint jobs without waiting on
// each other; a lease is a token and a deadline on the row.
import { randomUUID } from 'node:crypto';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { safeUrl, splitSchema } from '../../store/postgres/url.ts';
import { DEFAULT_MAX_ATTEMPTS, exponentialBackoff } from '../backoff.ts';
import type { EnqueueResult, Job, JobInput, JobState, Queue, QueueOptions } from '../types.ts';
import { migrateQueue } from './migrations.ts';
import { queueStatus } from './status.ts';

/** Rows per insert (3 parameters each). */
const ENQUEUE_CHUNK = 1000;

interface ClaimedRow {
  id: string;
  key: string;
  payload: string;
  attempts: number;
  max_attempts: number;
}

// biome-ignore lint/suspicious/noExplicitAny: the queue's queries are raw SQL
type Db = Kysely<any>;

async function ensureSchema(url: string, schema: string): Promise<void> {
  const setup = new pg.Client({ connectionString: url });
  await setup.connect();
  try {
    const found = await setup.query('select 1 from pg_namespace where nspname = $1', [schema]);
    if (found.rowCount === 0) await setup.query(`create schema if not exists "${schema}"`);
  } finally {
    await setup.end();
  }
}

export async function openPostgresQueue<P>(url: string, opts: QueueOptions = {}): Promise<Queue<P>> {
  const { url: conn, schema } = splitSchema(url);
  await ensureSchema(conn, schema);
  const pool = new pg.Pool({ connectionString: conn, max: 2, options: `-c search_path="${schema}"` });
  const db: Db = new Kysely({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrateQueue(db, schema);
  } catch (e) {
    await db.destroy();
    throw e;
  }
  return postgresQueue<P>(db, safeUrl(url), opts);
}

function postgresQueue<P>(db: Db, location: string, opts: QueueOptions): Queue<P> {
  const maxAttempts = opts.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const backoff = opts.backoff ?? exponentialBackoff();

  async function insert(jobs: JobInput<P>[], requeue: boolean, out: EnqueueResult): Promise<void> {
    const rows = sql.join(
      jobs.map((j) => sql`(${j.key}, ${JSON.stringify(j.payload)}, ${j.maxAttempts ?? maxAttempts})`),
    );
    const conflict = requeue
      ? sql`do update set state = 'pending', payload = excluded.payload, attempts = 0,
          max_attempts = excluded.max_attempts, run_at = now(), lease = null, lease_until = null,
          error = null, finished_at = null
          where jobs.state in ('done', 'dead')`
      : sql`do nothing`;
    const { rows: written } = await sql<{ inserted: boolean }>`
      insert into jobs (key, payload, max_attempts) values ${rows}
      on conflict (key) ${conflict}
      returning (xmax = 0) as inserted`.execute(db);
    const added = written.filter((r) => r.inserted).length;
    out.added += added;
    out.requeued += written.length - added;
    out.existing += jobs.length - written.length;
  }

  return {
    kind: 'postgres',
    location,
    async enqueue(jobs, o = {}) {
      const out: EnqueueResult = { added: 0, existing: 0, requeued: 0 };
      // One statement cannot touch a key twice: later copies in the same call are existing.
      const unique = new Map<string, JobInput<P>>();
      for (const j of jobs) {
        if (unique.has(j.key)) out.existing++;
        else unique.set(j.key, j);
      }
      const list = [...unique.values()];
      for (let i = 0; i < list.length; i += ENQUEUE_CHUNK) {
        await insert(list.slice(i, i + ENQUEUE_CHUNK), o.requeue === true, out);
      }
      return out;
    },

    async claim({ worker, limit, leaseMs }) {
      // Leases that ran out become failed attempts, retried at once (or dead when spent).
      // SKIP LOCKED here too: two workers sweeping together neither wait nor deadlock.
      await sql`
        with expired as (
          select id from jobs where state = 'running' and lease_until < now()
          for update skip locked)
        update jobs j set
          state = case when j.attempts >= j.max_attempts then 'dead' else 'failed' end,
          error = 'lease expired (' || coalesce(j.worker, '?') || ')',
          run_at = now(),
          finished_at = case when j.attempts >= j.max_attempts then now() end
        from expired where j.id = expired.id`.execute(db);
      const lease = randomUUID();
      const { rows } = await sql<ClaimedRow>`
        with picked as (
          select id from jobs
          where state in ('pending', 'failed') and run_at <= now()
          order by run_at, id
          limit ${limit}
          for update skip locked)
        update jobs j set
          state = 'running', attempts = j.attempts + 1, lease = ${lease}, worker = ${worker},
          lease_until = now() + ${leaseMs}::double precision * interval '1 millisecond', started_at = now()
        from picked where j.id = picked.id
        returning j.id, j.key, j.payload, j.attempts, j.max_attempts`.execute(db);
      return rows
        .sort((a, b) => Number(a.id) - Number(b.id))
        .map((r) => ({
          id: String(r.id),
          key: r.key,
          payload: JSON.parse(r.payload) as P,
          attempts: r.attempts,
          maxAttempts: r.max_attempts,
          lease,
        }));
    },

    async extend(jobs, leaseMs) {
      let n = 0;
      for (const [lease, ids] of byLease(jobs)) {
        const r = await sql`
          update jobs set lease_until = now() + ${leaseMs}::double precision * interval '1 millisecond'
          where id = any(${ids}::bigint[]) and lease = ${lease} and state = 'running'`.execute(db);
        n += Number(r.numAffectedRows ?? 0);
      }
      return n;
    },

    async ack(jobs) {
      let n = 0;
      for (const [lease, ids] of byLease(jobs)) {
        const r = await sql`
          update jobs set state = 'done', finished_at = now(), lease_until = null, error = null
          where id = any(${ids}::bigint[]) and lease = ${lease} and state in ('running', 'failed', 'dead')`.execute(
          db,
        );
        n += Number(r.numAffectedRows ?? 0);
      }
      return n;
    },

    async fail(job, error, o = {}) {
      const delay = backoff(job.attempts);
      const { rows } = await sql<{ state: JobState }>`
        update jobs set
          state = case when ${o.final === true} or attempts >= max_attempts then 'dead' else 'failed' end,
          error = ${error},
          run_at = now() + ${delay}::double precision * interval '1 millisecond',
          finished_at = case when ${o.final === true} or attempts >= max_attempts then now() end
        where id = ${job.id} and lease = ${job.lease} and state = 'running'
        returning state`.execute(db);
      return rows[0]?.state ?? null;
    },

    async retryDead() {
      const r = await sql`
        update jobs set state = 'pending', attempts = 0, run_at = now(), finished_at = null
        where state = 'dead'`.execute(db);
      return Number(r.numAffectedRows ?? 0);
    },

    async prune(before) {
      const r = await sql`delete from jobs where state = 'done' and finished_at < ${before}`.execute(db);
      return Number(r.numAffectedRows ?? 0);
    },

    status: () => queueStatus(db),
    close: () => db.destroy(),
  };
}

function byLease<P>(jobs: readonly Job<P>[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const j of jobs) {
    const ids = out.get(j.lease);
    if (ids) ids.push(j.id);
    else out.set(j.lease, [j.id]);
  }
  return out;
}
