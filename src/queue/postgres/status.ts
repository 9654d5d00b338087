// `dyad queue status` on PostgreSQL: counts by state (one pass over the table), leases and
// throughput from the partial indexes.
import { type Kysely, sql } from 'kysely';
import { JOB_STATES, type JobState, type QueueStatus } from '../types.ts';

interface Row {
  pending: number;
  running: number;
  failed: number;
  done: number;
  dead: number;
  expired: number;
  workers: number;
  done_minute: number;
  done_hour: number;
  oldest: Date | null;
}

// biome-ignore lint/suspicious/noExplicitAny: raw SQL
export async function queueStatus(db: Kysely<any>): Promise<QueueStatus> {
  const counts = sql.join(
    JOB_STATES.map((s: JobState) => sql`count(*) filter (where state = ${s})::int as ${sql.ref(s)}`),
  );
  const { rows } = await sql<Row>`
    select ${counts},
      (select count(*)::int from jobs where state = 'running' and lease_until < now()) as expired,
      (select count(distinct worker)::int from jobs where state = 'running') as workers,
      (select count(*)::int from jobs
        where state = 'done' and finished_at >= now() - interval '1 minute') as done_minute,
      (select count(*)::int from jobs
        where state = 'done' and finished_at >= now() - interval '1 hour') as done_hour,
      (select min(created_at) from jobs where state in ('pending', 'failed')) as oldest
    from jobs`.execute(db);
  const r = rows[0];
  return {
    pending: r.pending,
    running: r.running,
    failed: r.failed,
    done: r.done,
    dead: r.dead,
    expired: r.expired,
    workers: r.workers,
    doneLastMinute: r.done_minute,
    doneLastHour: r.done_hour,
    oldestWaiting: r.oldest ? new Date(r.oldest).toISOString() : null,
  };
}
