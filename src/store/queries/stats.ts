// Totals, runs and errors.
import type { Kysely } from 'kysely';
import type { Database, RunsTable } from '../schema.ts';
import type { Run, Stats, StoredError } from '../types.ts';

async function count(db: Kysely<Database>, table: keyof Database): Promise<number> {
  const r = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function stats(db: Kysely<Database>): Promise<Stats> {
  const byStatus = await db
    .selectFrom('articles')
    .select((eb) => ['status', eb.fn.countAll().as('n')])
    .groupBy('status')
    .execute();
  const range = await db
    .selectFrom('events')
    .where('day', '<>', '')
    .select((eb) => [eb.fn.min('day').as('first'), eb.fn.max('day').as('last')])
    .executeTakeFirst();
  return {
    articles: await count(db, 'articles'),
    events: await count(db, 'events'),
    clusters: await count(db, 'clusters'),
    errors: await count(db, 'errors'),
    runs: await count(db, 'runs'),
    articles_by_status: Object.fromEntries(byStatus.map((r) => [r.status, Number(r.n)])),
    first_day: range?.first ?? null,
    last_day: range?.last ?? null,
  };
}

function asRun(r: RunsTable): Run {
  return {
    ...r,
    args: JSON.parse(r.args),
    articles_new: Number(r.articles_new),
    articles_duplicate: Number(r.articles_duplicate),
    articles_recoded: Number(r.articles_recoded),
    articles_failed: Number(r.articles_failed),
    events: Number(r.events),
    clusters: Number(r.clusters),
  };
}

export async function runs(db: Kysely<Database>, limit = 100): Promise<Run[]> {
  const rows = await db
    .selectFrom('runs')
    .selectAll()
    .orderBy('started_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(asRun);
}

export async function errors(
  db: Kysely<Database>,
  opts: { run?: string; limit?: number } = {},
): Promise<StoredError[]> {
  let q = db.selectFrom('errors').selectAll();
  if (opts.run) q = q.where('run_id', '=', opts.run);
  return q
    .orderBy('at')
    .orderBy('input')
    .limit(opts.limit ?? 1000)
    .execute();
}
