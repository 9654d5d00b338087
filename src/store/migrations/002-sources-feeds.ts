// Version 2: every place an article was seen (a story syndicated by several outlets, the
// same story read again in a later run) and what `dyad watch` remembers between polls (each
// feed's ETag, Last-Modified and the items already read), kept in the store itself.
import type { Kysely, Migration } from 'kysely';

const TEXT = 'text';
const INT = 'integer';

async function up(db: Kysely<unknown>): Promise<void> {
  // `key` is the url, else the input: what makes a source distinct for its article.
  await db.schema
    .createTable('article_sources')
    .addColumn('article_id', TEXT, (c) => c.notNull())
    .addColumn('key', TEXT, (c) => c.notNull())
    .addColumn('url', TEXT)
    .addColumn('source', TEXT)
    .addColumn('input', TEXT, (c) => c.notNull())
    .addColumn('first_seen', TEXT, (c) => c.notNull())
    .addPrimaryKeyConstraint('article_sources_pk', ['article_id', 'key'])
    .execute();
  await db.schema.createIndex('article_sources_article').on('article_sources').column('article_id').execute();

  await db.schema
    .createTable('feeds')
    .addColumn('url', TEXT, (c) => c.primaryKey())
    .addColumn('etag', TEXT)
    .addColumn('last_modified', TEXT)
    .addColumn('polled_at', TEXT)
    .execute();

  await db.schema
    .createTable('feed_items')
    .addColumn('feed_url', TEXT, (c) => c.notNull())
    .addColumn('item_key', TEXT, (c) => c.notNull())
    .addColumn('ok', INT, (c) => c.notNull())
    .addColumn('tries', INT, (c) => c.notNull())
    .addColumn('seen_at', TEXT, (c) => c.notNull())
    .addPrimaryKeyConstraint('feed_items_pk', ['feed_url', 'item_key'])
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['feed_items', 'feeds', 'article_sources']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}

export const sourcesFeeds: Migration = { up, down };
