// Quotes: a filtered page, an article's quotes in text order, an article's attributes.
import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import { storedQuote } from '../quotes.ts';
import { slices } from '../rows.ts';
import type { Database, QuotesTable } from '../schema.ts';
import type { Page, PageRequest, QuoteFilter, StoredAttributes, StoredQuote } from '../types.ts';
import { afterCursor, pageLimit, toPage } from './cursor.ts';
import { containsPattern } from './filter.ts';

type QuotesEb = ExpressionBuilder<Database, 'quotes'>;

function likeLower(column: string, pattern: string): Expression<SqlBool> {
  return sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '!'`;
}

export function quoteWhere(eb: QuotesEb, f: QuoteFilter = {}): Expression<SqlBool> {
  const all: Expression<SqlBool>[] = [];
  if (f.from) all.push(eb('day', '>=', f.from));
  if (f.to) all.push(eb('day', '<=', f.to));
  if (f.from && !f.to) all.push(eb('day', '<>', ''));
  if (f.article) all.push(eb('article_id', '=', f.article));
  if (f.speaker)
    all.push(
      f.speaker.length === 3 ? eb('speaker_country', '=', f.speaker) : eb('speaker_code', '=', f.speaker),
    );
  if (f.country) all.push(eb('speaker_country', '=', f.country));
  if (f.kind) all.push(eb('kind', '=', f.kind));
  if (f.speakerKind) all.push(eb('speaker_kind', '=', f.speakerKind));
  if (f.attributed !== undefined) all.push(eb('speaker', f.attributed ? 'is not' : 'is', null));
  if (f.event)
    all.push(
      eb('id', 'in', eb.selectFrom('quote_events').select('quote_id').where('event_id', '=', f.event)),
    );
  if (f.q) {
    const p = containsPattern(f.q);
    all.push(eb.or([likeLower('text', p), likeLower('speaker', p)]));
  }
  return eb.and(all);
}

/** The event ids of each quote, in one query per 5,000 quotes. */
async function eventsOf(db: Kysely<Database>, rows: readonly QuotesTable[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const part of slices(
    rows.map((r) => r.id),
    5000,
  )) {
    const links = await db
      .selectFrom('quote_events')
      .select(['quote_id', 'event_id'])
      .where('quote_id', 'in', part)
      .orderBy('quote_id')
      .orderBy('event_id')
      .execute();
    for (const l of links) {
      const list = out.get(l.quote_id) ?? [];
      list.push(l.event_id);
      out.set(l.quote_id, list);
    }
  }
  return out;
}

export async function listQuotes(
  db: Kysely<Database>,
  filter: QuoteFilter = {},
  page: PageRequest = {},
): Promise<Page<StoredQuote>> {
  const limit = pageLimit(page);
  const desc = page.order !== 'asc';
  let q = db
    .selectFrom('quotes')
    .selectAll()
    .where((eb) => quoteWhere(eb, filter));
  if (page.cursor) q = q.where(afterCursor(page.cursor, 'day', desc));
  const rows = await q
    .orderBy('day', desc ? 'desc' : 'asc')
    .orderBy('id', desc ? 'desc' : 'asc')
    .limit(limit + 1)
    .execute();
  const events = await eventsOf(db, rows.slice(0, limit));
  return toPage(
    rows,
    limit,
    (r) => [r.day, r.id],
    (r) => storedQuote(r, events.get(r.id) ?? []),
  );
}

export async function articleQuotes(db: Kysely<Database>, articleId: string): Promise<StoredQuote[]> {
  const rows = await db
    .selectFrom('quotes')
    .selectAll()
    .where('article_id', '=', articleId)
    .orderBy('ordinal')
    .execute();
  const events = await eventsOf(db, rows);
  return rows.map((r) => storedQuote(r, events.get(r.id) ?? []));
}

export async function articleAttributes(
  db: Kysely<Database>,
  articleId: string,
): Promise<StoredAttributes | null> {
  const row = await db
    .selectFrom('article_attributes')
    .selectAll()
    .where('article_id', '=', articleId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    article_id: row.article_id,
    topics: JSON.parse(row.topics),
    attributions: JSON.parse(row.attributions),
    casualties: JSON.parse(row.casualties),
  };
}
