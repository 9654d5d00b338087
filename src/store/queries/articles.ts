// Articles: one by id (with text and HTML), pages of summaries, which ids are known.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { ArticleFilter, ArticleSummary, Page, PageRequest, StoredArticle } from '../types.ts';
import { afterCursor, pageLimit, toPage } from './cursor.ts';

export const articleSummaryColumns = [
  'id',
  'external_id',
  'url',
  'source',
  'domain',
  'title',
  'published',
  'lang',
  'status',
  'coder',
  'n_events',
  'input',
  'run_id',
  'ingested_at',
  'coded_at',
] as const;

export async function getArticle(db: Kysely<Database>, id: string): Promise<StoredArticle | null> {
  const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? { ...row, n_events: Number(row.n_events) } : null;
}

export async function listArticles(
  db: Kysely<Database>,
  filter: ArticleFilter = {},
  page: PageRequest = {},
): Promise<Page<ArticleSummary>> {
  const limit = pageLimit(page);
  const desc = page.order !== 'asc';
  let q = db.selectFrom('articles').select(articleSummaryColumns);
  if (filter.from) q = q.where('published', '>=', filter.from);
  if (filter.to) q = q.where('published', '<=', filter.to);
  if (filter.domain) q = q.where('domain', '=', filter.domain);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (page.cursor) q = q.where(afterCursor(page.cursor, 'ingested_at', desc));
  const rows = await q
    .orderBy('ingested_at', desc ? 'desc' : 'asc')
    .orderBy('id', desc ? 'desc' : 'asc')
    .limit(limit + 1)
    .execute();
  return toPage(
    rows,
    limit,
    (r) => [r.ingested_at, r.id],
    (r) => ({ ...r, n_events: Number(r.n_events) }),
  );
}

export async function knownArticles(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 5000) {
    const rows = await db
      .selectFrom('articles')
      .select(['id', 'coder'])
      .where('id', 'in', unique.slice(i, i + 5000))
      .execute();
    for (const r of rows) out.set(r.id, r.coder);
  }
  return out;
}
