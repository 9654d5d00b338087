// RSS, Atom and JSON Feed: each item's page is fetched and read as HTML, with the item's
// title, date and author filling what the page lacks. With feed state (`dyad watch`) only
// items not read before are fetched.
import { buildArticle } from '../article.ts';
import { decodeBytes } from '../charset.ts';
import { mapOrdered } from '../concurrent.ts';
import type { ReadContext } from '../context.ts';
import { type FeedItem, type ParsedFeed, parseFeedItems } from '../feed-items.ts';
import { markItem, shouldRead } from '../feed-state.ts';
import { errorFrom, failure, guarded } from '../result.ts';
import type { Hints, Reader, ReadResult, Source } from '../types.ts';
import { readPage } from './html.ts';

/** Item pages fetched at once per feed; the fetcher's per-host limits still apply. */
const ITEM_CONCURRENCY = 8;

function hintsOf(item: FeedItem, feed: ParsedFeed): Hints {
  return {
    url: item.link,
    title: item.title,
    published: item.published,
    author: item.author,
    lang: feed.lang,
  };
}

/** The item from the feed's own content (no page to fetch, or fetching is off). */
function fromContent(item: FeedItem, feed: ParsedFeed, input: string, ctx: ReadContext): ReadResult {
  if (!item.content) return failure(input, 'feed', 'DYAD_E_EXTRACT', 'feed item has no link and no content');
  const bytes = new TextEncoder().encode(item.content);
  const isHtml = /<[a-z][^>]*>/i.test(item.content);
  if (isHtml) return readPage(bytes, { input, url: item.link, hints: hintsOf(item, feed) }, ctx);
  return buildArticle(
    { input, text: item.content, url: item.link, hints: hintsOf(item, feed), web: true },
    ctx,
  );
}

async function readItem(
  item: FeedItem,
  feed: ParsedFeed,
  feedName: string,
  ctx: ReadContext,
): Promise<ReadResult[]> {
  const input = item.link ?? `${feedName}#${item.key}`;
  if (!item.link || !ctx.fetchItems) return [fromContent(item, feed, input, ctx)];
  if (ctx.fetched.has(item.link)) return [];
  ctx.fetched.add(item.link);
  const got = await ctx.fetcher.fetch(item.link);
  if (!got.ok) {
    // The fetch failed: the error is recorded, and a feed that carries the full story
    // still gives the article.
    const out: ReadResult[] = [{ ok: false, error: got.error }];
    if ((item.content?.length ?? 0) >= 500) {
      const fallback = fromContent(item, feed, input, ctx);
      if (fallback.ok) out.push(fallback);
    }
    return out;
  }
  const r = got.response;
  return [
    readPage(r.bytes, { input, url: r.url, contentType: r.contentType, hints: hintsOf(item, feed) }, ctx),
  ];
}

async function* readFeed(source: Source, ctx: ReadContext): AsyncGenerator<ReadResult> {
  const bytes = await source.bytes(ctx.maxFileBytes);
  let feed: ParsedFeed;
  try {
    feed = parseFeedItems(decodeBytes(bytes, source.contentType).text, source.url);
  } catch (e) {
    yield failure(source.name, 'feed', 'DYAD_E_FEED', `not a well-formed feed (${(e as Error).message})`);
    return;
  }
  const state = ctx.feedStates?.get(source.name);
  const fresh = feed.items.filter((i) => shouldRead(state, i.key));
  ctx.onFeed({ feed: source.name, notModified: false, items: feed.items.length, fresh: fresh.length });
  let articles = 0;
  let errors = 0;
  const results = mapOrdered(fresh, ITEM_CONCURRENCY, async (item) => {
    try {
      return { item, results: await readItem(item, feed, source.name, ctx) };
    } catch (e) {
      return {
        item,
        results: [{ ok: false, error: errorFrom(item.link ?? source.name, 'feed', e) } as ReadResult],
      };
    }
  });
  for await (const { item, results: rs } of results) {
    if (rs.length > 0)
      markItem(
        state,
        item.key,
        rs.some((r) => r.ok),
      );
    for (const r of rs) {
      if (r.ok) articles++;
      else errors++;
      yield r;
    }
  }
  ctx.log(
    `${source.name}: ${feed.format} feed, ${feed.items.length} items, ${fresh.length} new, ${articles} articles, ${errors} errors`,
  );
}

export const feedReader: Reader = {
  name: 'feed',
  read: (source, ctx) => guarded(source.name, 'feed', readFeed(source, ctx)),
};
