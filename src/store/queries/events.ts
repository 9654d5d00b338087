// Events: a filtered page, one event with its sentence and article, a count.
import type { Kysely } from 'kysely';
import { storedEvent } from '../rows.ts';
import type { Database } from '../schema.ts';
import type { EventDetail, EventFilter, Page, PageRequest, StoredEvent } from '../types.ts';
import { articleSummaryColumns } from './articles.ts';
import { afterCursor, pageLimit, toPage } from './cursor.ts';
import { eventWhere } from './filter.ts';

export async function listEvents(
  db: Kysely<Database>,
  filter: EventFilter = {},
  page: PageRequest = {},
): Promise<Page<StoredEvent>> {
  const limit = pageLimit(page);
  const desc = page.order !== 'asc';
  let q = db
    .selectFrom('events')
    .selectAll()
    .where((eb) => eventWhere(eb, filter));
  if (page.cursor) q = q.where(afterCursor(page.cursor, 'day', desc));
  const rows = await q
    .orderBy('day', desc ? 'desc' : 'asc')
    .orderBy('id', desc ? 'desc' : 'asc')
    .limit(limit + 1)
    .execute();
  return toPage(rows, limit, (r) => [r.day, r.id], storedEvent);
}

export async function countEvents(db: Kysely<Database>, filter: EventFilter = {}): Promise<number> {
  const r = await db
    .selectFrom('events')
    .select((eb) => eb.fn.countAll().as('n'))
    .where((eb) => eventWhere(eb, filter))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function getEvent(db: Kysely<Database>, id: string): Promise<EventDetail | null> {
  const row = await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const article = await db
    .selectFrom('articles')
    .select(articleSummaryColumns)
    .where('id', '=', row.article_id)
    .executeTakeFirstOrThrow();
  return {
    event: storedEvent(row),
    sentence: row.sentence_text,
    article: { ...article, n_events: Number(article.n_events) },
  };
}
