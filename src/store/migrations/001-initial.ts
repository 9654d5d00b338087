// Version 1: the six tables and the indexes behind the queries users make (by date range,
// actor, dyad, event type, country, cluster).
import type { Kysely, Migration } from 'kysely';

const TEXT = 'text';
const INT = 'integer';
const FLOAT = 'double precision';

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('articles')
    .addColumn('id', TEXT, (c) => c.primaryKey())
    .addColumn('external_id', TEXT)
    .addColumn('url', TEXT)
    .addColumn('source', TEXT)
    .addColumn('domain', TEXT)
    .addColumn('title', TEXT)
    .addColumn('published', TEXT)
    .addColumn('lang', TEXT, (c) => c.notNull())
    .addColumn('text', TEXT, (c) => c.notNull())
    .addColumn('html', TEXT)
    .addColumn('status', TEXT, (c) => c.notNull())
    .addColumn('coder', TEXT)
    .addColumn('n_events', INT, (c) => c.notNull().defaultTo(0))
    .addColumn('input', TEXT)
    .addColumn('run_id', TEXT)
    .addColumn('ingested_at', TEXT, (c) => c.notNull())
    .addColumn('coded_at', TEXT)
    .execute();
  await db.schema.createIndex('articles_published').on('articles').columns(['published', 'id']).execute();
  await db.schema.createIndex('articles_external').on('articles').column('external_id').execute();
  await db.schema.createIndex('articles_domain').on('articles').column('domain').execute();

  await db.schema
    .createTable('mentions')
    .addColumn('article_id', TEXT, (c) => c.notNull())
    .addColumn('idx', INT, (c) => c.notNull())
    .addColumn('sentence', INT, (c) => c.notNull())
    .addColumn('span_start', INT, (c) => c.notNull())
    .addColumn('span_end', INT, (c) => c.notNull())
    .addColumn('kind', TEXT, (c) => c.notNull())
    .addColumn('text', TEXT, (c) => c.notNull())
    .addColumn('codes', TEXT, (c) => c.notNull())
    .addPrimaryKeyConstraint('mentions_pk', ['article_id', 'idx'])
    .execute();

  await db.schema
    .createTable('events')
    .addColumn('id', TEXT, (c) => c.primaryKey())
    .addColumn('article_id', TEXT, (c) => c.notNull())
    .addColumn('article', TEXT, (c) => c.notNull())
    .addColumn('sentence', INT, (c) => c.notNull())
    .addColumn('source', TEXT, (c) => c.notNull())
    .addColumn('target', TEXT, (c) => c.notNull())
    .addColumn('source_country', TEXT, (c) => c.notNull())
    .addColumn('target_country', TEXT, (c) => c.notNull())
    .addColumn('source_name', TEXT)
    .addColumn('target_name', TEXT)
    .addColumn('cameo', TEXT, (c) => c.notNull())
    .addColumn('root', TEXT, (c) => c.notNull())
    .addColumn('plover', TEXT)
    .addColumn('mode', TEXT)
    .addColumn('symmetric', INT, (c) => c.notNull())
    .addColumn('goldstein', FLOAT, (c) => c.notNull())
    .addColumn('quad', INT)
    .addColumn('date', TEXT)
    .addColumn('day', TEXT, (c) => c.notNull())
    .addColumn('location', TEXT)
    .addColumn('negated', INT, (c) => c.notNull())
    .addColumn('evidence', TEXT, (c) => c.notNull())
    .addColumn('rule', TEXT, (c) => c.notNull())
    .addColumn('confidence', FLOAT, (c) => c.notNull())
    .addColumn('contexts', TEXT, (c) => c.notNull())
    .addColumn('source_rule', TEXT, (c) => c.notNull())
    .addColumn('target_rule', TEXT, (c) => c.notNull())
    .addColumn('sentence_text', TEXT, (c) => c.notNull())
    .addColumn('cluster_key', TEXT, (c) => c.notNull())
    .addColumn('cluster_id', TEXT)
    .execute();
  const eventIndexes: Record<string, string[]> = {
    events_day: ['day', 'id'],
    events_source: ['source', 'day'],
    events_target: ['target', 'day'],
    events_dyad: ['source', 'target', 'day'],
    events_source_country: ['source_country', 'day'],
    events_target_country: ['target_country', 'day'],
    events_plover: ['plover', 'day'],
    events_root: ['root', 'day'],
    events_cluster: ['cluster_id'],
    events_cluster_key: ['cluster_key', 'day'],
    events_article: ['article_id'],
    events_location: ['location'],
  };
  for (const [name, columns] of Object.entries(eventIndexes)) {
    await db.schema.createIndex(name).on('events').columns(columns).execute();
  }

  await db.schema
    .createTable('clusters')
    .addColumn('id', TEXT, (c) => c.primaryKey())
    .addColumn('key', TEXT, (c) => c.notNull())
    .addColumn('source', TEXT, (c) => c.notNull())
    .addColumn('target', TEXT, (c) => c.notNull())
    .addColumn('root', TEXT, (c) => c.notNull())
    .addColumn('cameo', TEXT, (c) => c.notNull())
    .addColumn('plover', TEXT)
    .addColumn('quad', INT)
    .addColumn('goldstein', FLOAT, (c) => c.notNull())
    .addColumn('first_date', TEXT, (c) => c.notNull())
    .addColumn('last_date', TEXT, (c) => c.notNull())
    .addColumn('first_seen', TEXT, (c) => c.notNull())
    .addColumn('n_articles', INT, (c) => c.notNull())
    .addColumn('n_sources', INT, (c) => c.notNull())
    .addColumn('n_events', INT, (c) => c.notNull())
    .addColumn('representative', TEXT, (c) => c.notNull())
    .addColumn('first_article', TEXT, (c) => c.notNull())
    .addColumn('article_id', TEXT)
    .execute();
  const clusterIndexes: Record<string, string[]> = {
    clusters_key: ['key', 'first_date'],
    clusters_first_date: ['first_date', 'id'],
    clusters_source: ['source', 'first_date'],
    clusters_target: ['target', 'first_date'],
    clusters_root: ['root', 'first_date'],
    clusters_plover: ['plover', 'first_date'],
  };
  for (const [name, columns] of Object.entries(clusterIndexes)) {
    await db.schema.createIndex(name).on('clusters').columns(columns).execute();
  }

  await db.schema
    .createTable('errors')
    .addColumn('id', TEXT, (c) => c.primaryKey())
    .addColumn('run_id', TEXT)
    .addColumn('input', TEXT, (c) => c.notNull())
    .addColumn('stage', TEXT, (c) => c.notNull())
    .addColumn('code', TEXT, (c) => c.notNull())
    .addColumn('message', TEXT, (c) => c.notNull())
    .addColumn('at', TEXT, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('errors_run').on('errors').columns(['run_id', 'at']).execute();

  await db.schema
    .createTable('runs')
    .addColumn('id', TEXT, (c) => c.primaryKey())
    .addColumn('command', TEXT, (c) => c.notNull())
    .addColumn('args', TEXT, (c) => c.notNull())
    .addColumn('coder', TEXT)
    .addColumn('status', TEXT, (c) => c.notNull())
    .addColumn('started_at', TEXT, (c) => c.notNull())
    .addColumn('finished_at', TEXT)
    .addColumn('articles_new', INT, (c) => c.notNull().defaultTo(0))
    .addColumn('articles_duplicate', INT, (c) => c.notNull().defaultTo(0))
    .addColumn('articles_recoded', INT, (c) => c.notNull().defaultTo(0))
    .addColumn('articles_failed', INT, (c) => c.notNull().defaultTo(0))
    .addColumn('events', INT, (c) => c.notNull().defaultTo(0))
    .addColumn('clusters', INT, (c) => c.notNull().defaultTo(0))
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['runs', 'errors', 'clusters', 'events', 'mentions', 'articles']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}

export const initial: Migration = { up, down };
