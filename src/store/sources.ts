// Where articles were seen (article_sources) and what `dyad watch` remembers between polls
// (feeds, feed_items): both kept in the store so a restart or another machine sees them.
import type { Kysely, Transaction } from 'kysely';
import { type FeedState, type FeedStates, memoryFeedStates } from '../ingest/feed-state.ts';
import { chunks, slices } from './rows.ts';
import type { ArticleSourcesTable, Database } from './schema.ts';
import type { SourceInput, StoredSource } from './types.ts';

export function sourceRows(
  articleId: string,
  sources: readonly SourceInput[],
  now: string,
): ArticleSourcesTable[] {
  const rows = new Map<string, ArticleSourcesTable>();
  for (const s of sources) {
    const key = s.url || s.input;
    if (!key || rows.has(key)) continue;
    rows.set(key, {
      article_id: articleId,
      key,
      url: s.url || null,
      source: s.source || null,
      input: s.input,
      first_seen: now,
    });
  }
  return [...rows.values()];
}

/** Inserts source rows; one already recorded for its article stays as it was. */
export async function insertSources(
  db: Kysely<Database> | Transaction<Database>,
  rows: ArticleSourcesTable[],
) {
  for (const part of chunks(rows, 6)) {
    await db
      .insertInto('article_sources')
      .values(part)
      .onConflict((oc) => oc.columns(['article_id', 'key']).doNothing())
      .execute();
  }
}

export async function addSources(
  db: Kysely<Database>,
  articleId: string,
  sources: readonly SourceInput[],
): Promise<void> {
  await insertSources(db, sourceRows(articleId, sources, new Date().toISOString()));
}

export async function listSources(db: Kysely<Database>, articleId: string): Promise<StoredSource[]> {
  return db
    .selectFrom('article_sources')
    .select(['article_id', 'url', 'source', 'input', 'first_seen'])
    .where('article_id', '=', articleId)
    .orderBy('first_seen')
    .orderBy('key')
    .execute();
}

const itemSig = (i: { at: string; ok: boolean; tries: number }) => `${i.at}|${i.ok ? 1 : 0}|${i.tries}`;

/** Feed states loaded from the store; `save()` writes only what changed. */
export async function storeFeedStates(
  db: Kysely<Database>,
  feedUrls?: readonly string[],
): Promise<FeedStates> {
  const initial: Record<string, FeedState> = {};
  const loaded = new Map<string, Map<string, string>>();
  const feedSig = new Map<string, string>();
  const sig = (s: FeedState) => `${s.etag ?? ''}|${s.lastModified ?? ''}|${s.polledAt ?? ''}`;
  const urlParts = feedUrls ? slices([...new Set(feedUrls)], 500) : [null];
  for (const part of urlParts) {
    if (part?.length === 0) continue;
    let feeds = db.selectFrom('feeds').selectAll();
    if (part) feeds = feeds.where('url', 'in', part);
    for (const f of await feeds.execute()) {
      const state: FeedState = { items: {} };
      if (f.etag !== null) state.etag = f.etag;
      if (f.last_modified !== null) state.lastModified = f.last_modified;
      if (f.polled_at !== null) state.polledAt = f.polled_at;
      initial[f.url] = state;
      feedSig.set(f.url, sig(state));
      loaded.set(f.url, new Map());
    }
    let items = db.selectFrom('feed_items').selectAll();
    if (part) items = items.where('feed_url', 'in', part);
    for (const i of await items.execute()) {
      initial[i.feed_url] ??= { items: {} };
      const item = { at: i.seen_at, ok: i.ok === 1, tries: i.tries };
      initial[i.feed_url].items[i.item_key] = item;
      if (!loaded.has(i.feed_url)) loaded.set(i.feed_url, new Map());
      loaded.get(i.feed_url)?.set(i.item_key, itemSig(item));
    }
  }
  const mem = memoryFeedStates(initial);
  return {
    get: mem.get,
    async save() {
      await mem.save(); // prunes old items
      await db.transaction().execute(async (trx) => {
        for (const [url, state] of Object.entries(mem.all)) {
          if (feedSig.get(url) !== sig(state)) {
            const row = {
              url,
              etag: state.etag ?? null,
              last_modified: state.lastModified ?? null,
              polled_at: state.polledAt ?? null,
            };
            await trx
              .insertInto('feeds')
              .values(row)
              .onConflict((oc) =>
                oc.column('url').doUpdateSet({
                  etag: row.etag,
                  last_modified: row.last_modified,
                  polled_at: row.polled_at,
                }),
              )
              .execute();
          }
          const before = loaded.get(url) ?? new Map<string, string>();
          const changed = Object.entries(state.items)
            .filter(([k, i]) => before.get(k) !== itemSig(i))
            .map(([k, i]) => ({
              feed_url: url,
              item_key: k,
              ok: i.ok ? 1 : 0,
              tries: i.tries,
              seen_at: i.at,
            }));
          for (const part of chunks(changed, 5)) {
            await trx
              .insertInto('feed_items')
              .values(part)
              .onConflict((oc) =>
                oc.columns(['feed_url', 'item_key']).doUpdateSet((eb) => ({
                  ok: eb.ref('excluded.ok'),
                  tries: eb.ref('excluded.tries'),
                  seen_at: eb.ref('excluded.seen_at'),
                })),
              )
              .execute();
          }
          const gone = [...before.keys()].filter((k) => !(k in state.items));
          for (const part of slices(gone, 500)) {
            await trx
              .deleteFrom('feed_items')
              .where('feed_url', '=', url)
              .where('item_key', 'in', part)
              .execute();
          }
        }
      });
      // What is now stored is the new baseline.
      for (const [url, state] of Object.entries(mem.all)) {
        feedSig.set(url, sig(state));
        loaded.set(url, new Map(Object.entries(state.items).map(([k, i]) => [k, itemSig(i)])));
      }
    },
  };
}
