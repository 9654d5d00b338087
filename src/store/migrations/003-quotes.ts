// Version 3: what an analyst reads from a story besides its events. `quotes` holds each
// quotation or attributed statement with its speaker (one row per quote, offsets into the
// article text); `quote_events` links a quote to the events whose verb evidence lies inside
// it; `article_attributes` keeps the article-level topics, attributions and casualty counts
// as JSON. All three are replaced with the article's events when it is coded again.
import type { Kysely, Migration } from 'kysely';

const TEXT = 'text';
const INT = 'integer';

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('quotes')
    .addColumn('id', TEXT, (c) => c.primaryKey())
    .addColumn('article_id', TEXT, (c) => c.notNull())
    .addColumn('ordinal', INT, (c) => c.notNull())
    .addColumn('kind', TEXT, (c) => c.notNull())
    .addColumn('sentence', INT, (c) => c.notNull())
    .addColumn('last_sentence', INT, (c) => c.notNull())
    .addColumn('span_start', INT, (c) => c.notNull())
    .addColumn('span_end', INT, (c) => c.notNull())
    .addColumn('text', TEXT, (c) => c.notNull())
    .addColumn('cue', TEXT)
    .addColumn('cue_start', INT)
    .addColumn('cue_end', INT)
    .addColumn('speaker', TEXT)
    .addColumn('speaker_start', INT)
    .addColumn('speaker_end', INT)
    .addColumn('speaker_code', TEXT)
    .addColumn('speaker_country', TEXT)
    .addColumn('speaker_sector', TEXT)
    .addColumn('speaker_codes', TEXT, (c) => c.notNull())
    .addColumn('speaker_kind', TEXT)
    .addColumn('speaker_rule', TEXT)
    .addColumn('refers_to', INT)
    .addColumn('rule', TEXT, (c) => c.notNull())
    .addColumn('day', TEXT, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('quotes_article')
    .on('quotes')
    .columns(['article_id', 'ordinal'])
    .unique()
    .execute();
  const quoteIndexes: Record<string, string[]> = {
    quotes_day: ['day', 'id'],
    quotes_speaker: ['speaker_code', 'day'],
    quotes_speaker_country: ['speaker_country', 'day'],
  };
  for (const [name, columns] of Object.entries(quoteIndexes)) {
    await db.schema.createIndex(name).on('quotes').columns(columns).execute();
  }

  await db.schema
    .createTable('quote_events')
    .addColumn('quote_id', TEXT, (c) => c.notNull())
    .addColumn('event_id', TEXT, (c) => c.notNull())
    .addColumn('article_id', TEXT, (c) => c.notNull())
    .addPrimaryKeyConstraint('quote_events_pk', ['quote_id', 'event_id'])
    .execute();
  await db.schema.createIndex('quote_events_event').on('quote_events').column('event_id').execute();
  await db.schema.createIndex('quote_events_article').on('quote_events').column('article_id').execute();

  await db.schema
    .createTable('article_attributes')
    .addColumn('article_id', TEXT, (c) => c.primaryKey())
    .addColumn('topics', TEXT, (c) => c.notNull())
    .addColumn('attributions', TEXT, (c) => c.notNull())
    .addColumn('casualties', TEXT, (c) => c.notNull())
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['article_attributes', 'quote_events', 'quotes']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}

export const quotes: Migration = { up, down };
