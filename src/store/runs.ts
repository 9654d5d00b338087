// A run is one `dyad ingest` or `dyad code --db`: when, with which coder, what it stored.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import type { RunInfo, RunSummary } from './types.ts';

export async function startRun(db: Kysely<Database>, info: RunInfo): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('runs')
    .values({
      id,
      command: info.command,
      args: JSON.stringify(info.args),
      coder: info.coder,
      status: 'running',
      started_at: new Date().toISOString(),
      finished_at: null,
      articles_new: 0,
      articles_duplicate: 0,
      articles_recoded: 0,
      articles_failed: 0,
      events: 0,
      clusters: 0,
    })
    .execute();
  return id;
}

export async function finishRun(
  db: Kysely<Database>,
  id: string,
  summary: RunSummary,
  status: 'done' | 'failed',
): Promise<void> {
  await db
    .updateTable('runs')
    .set({
      articles_new: summary.articles_new,
      articles_duplicate: summary.articles_duplicate,
      articles_recoded: summary.articles_recoded,
      articles_failed: summary.articles_failed,
      events: summary.events,
      clusters: summary.clusters,
      status,
      finished_at: new Date().toISOString(),
    })
    .where('id', '=', id)
    .execute();
}
