// One batch of coded articles in one transaction: articles upserted, their events,
// mentions, quotes and attributes replaced, errors recorded, touched clusters rebuilt. A crash mid-batch leaves
// the database as it was before the batch.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { quoteRows } from './quotes.ts';
import { Affected, recluster } from './recluster.ts';
import { chunks, domainOf, eventRow, mentionRows, slices } from './rows.ts';
import type {
  ArticleAttributesTable,
  ArticleSourcesTable,
  ArticlesTable,
  Database,
  EventsTable,
  MentionsTable,
  QuoteEventsTable,
  QuotesTable,
} from './schema.ts';
import { insertSources, sourceRows } from './sources.ts';
import type { CodedArticle, ErrorInput, WriteResult } from './types.ts';

async function replaceOld(trx: Transaction<Database>, ids: string[], affected: Affected) {
  const stored = new Map<string, { published: string | null; external_id: string | null }>();
  for (const part of slices(ids, 5000)) {
    const old = await trx
      .selectFrom('events')
      .select(['cluster_key', 'day', 'article_id'])
      .where('article_id', 'in', part)
      .execute();
    for (const e of old) affected.add(e.cluster_key, e.day, e.article_id);
    await trx.deleteFrom('events').where('article_id', 'in', part).execute();
    await trx.deleteFrom('mentions').where('article_id', 'in', part).execute();
    await trx.deleteFrom('quote_events').where('article_id', 'in', part).execute();
    await trx.deleteFrom('quotes').where('article_id', 'in', part).execute();
    await trx.deleteFrom('article_attributes').where('article_id', 'in', part).execute();
    const rows = await trx
      .selectFrom('articles')
      .select(['id', 'published', 'external_id'])
      .where('id', 'in', part)
      .execute();
    for (const r of rows) stored.set(r.id, r);
  }
  return stored;
}

export async function writeBatch(
  db: Kysely<Database>,
  items: readonly CodedArticle[],
  errors: readonly ErrorInput[] = [],
  runId: string | null = null,
): Promise<WriteResult> {
  const now = new Date().toISOString();
  const unique = new Map<string, CodedArticle>();
  for (const item of items) if (!unique.has(item.article.id)) unique.set(item.article.id, item);
  const ids = [...unique.keys()];

  return db.transaction().execute(async (trx) => {
    const affected = new Affected();
    const stored = await replaceOld(trx, ids, affected);

    const articles: ArticlesTable[] = [];
    const events = new Map<string, EventsTable>();
    const mentions: MentionsTable[] = [];
    const sources: ArticleSourcesTable[] = [];
    const quotes: QuotesTable[] = [];
    const links: QuoteEventsTable[] = [];
    const attributes: ArticleAttributesTable[] = [];
    for (const { article, doc, status, coder } of unique.values()) {
      // A stored article keeps its first metadata; its events follow it.
      const first = stored.get(article.id);
      const effective = first ? { ...article, published: first.published } : article;
      let count = 0;
      if (doc) {
        for (const e of doc.events) {
          const row = eventRow(effective, doc, e);
          if (first?.external_id) row.article = first.external_id;
          if (events.has(row.id)) continue;
          events.set(row.id, row);
          affected.add(row.cluster_key, row.day, row.article_id);
          count++;
        }
        mentions.push(...mentionRows(article.id, doc));
        const q = quoteRows(article.id, doc, effective.published ?? '');
        quotes.push(...q.quotes);
        links.push(...q.links);
        if (q.attributes) attributes.push(q.attributes);
      }
      sources.push(
        ...sourceRows(
          article.id,
          [{ url: article.url, source: article.source, input: article.input ?? '' }],
          now,
        ),
      );
      articles.push({
        id: article.id,
        external_id: article.external_id,
        url: article.url,
        source: article.source,
        domain: domainOf(article),
        title: article.title,
        published: article.published,
        lang: article.lang,
        text: article.text,
        html: article.html ?? null,
        status,
        coder,
        n_events: count,
        input: article.input ?? null,
        run_id: runId,
        ingested_at: now,
        coded_at: doc ? now : null,
      });
    }

    for (const part of chunks(articles, 17)) {
      await trx
        .insertInto('articles')
        .values(part)
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            status: eb.ref('excluded.status'),
            coder: eb.ref('excluded.coder'),
            n_events: eb.ref('excluded.n_events'),
            coded_at: eb.ref('excluded.coded_at'),
          })),
        )
        .execute();
    }
    for (const part of chunks([...events.values()], 30))
      await trx.insertInto('events').values(part).execute();
    for (const part of chunks(mentions, 8)) await trx.insertInto('mentions').values(part).execute();
    for (const part of chunks(quotes, 24)) await trx.insertInto('quotes').values(part).execute();
    for (const part of chunks(links, 3)) await trx.insertInto('quote_events').values(part).execute();
    for (const part of chunks(attributes, 4))
      await trx.insertInto('article_attributes').values(part).execute();
    await insertSources(trx, sources);
    const errorRows = errors.map((e) => ({ id: randomUUID(), run_id: runId, at: now, ...e }));
    for (const part of chunks(errorRows, 7)) await trx.insertInto('errors').values(part).execute();

    const { removed, written } = await recluster(trx, affected);
    return { articles: articles.length, events: events.size, clusters: written, removedClusters: removed };
  });
}
