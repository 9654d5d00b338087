// A URL: fetched (politely, capped, with conditional GET when feed state knows its ETag),
// then read by whatever its content is: a page, a feed, a WARC, text.
import { canonicalUrl } from '../canonical.ts';
import type { ReadContext } from '../context.ts';
import { kindOf, readSource } from '../dispatch.ts';
import { guarded } from '../result.ts';
import { bytesSource } from '../source.ts';
import type { Reader, ReadResult } from '../types.ts';

async function* readUrl(url: string, ctx: ReadContext): AsyncGenerator<ReadResult> {
  const key = canonicalUrl(url) ?? url;
  if (ctx.fetched.has(key)) return;
  ctx.fetched.add(key);
  const state = ctx.feedStates?.get(url);
  const got = await ctx.fetcher.fetch(url, { etag: state?.etag, lastModified: state?.lastModified });
  if (!got.ok) {
    yield { ok: false, error: got.error };
    return;
  }
  const r = got.response;
  if (r.notModified) {
    ctx.log(`${url}: not modified`);
    ctx.onFeed({ feed: url, notModified: true, items: 0, fresh: 0 });
    return;
  }
  const source = bytesSource(url, r.bytes, { url: r.url, contentType: r.contentType });
  if (state && kindOf(source) === 'feed') {
    state.etag = r.etag;
    state.lastModified = r.lastModified;
  }
  if (state) state.polledAt = new Date().toISOString();
  yield* readSource(source, ctx);
}

export const urlReader: Reader<string> = {
  name: 'url',
  read: (url, ctx) => guarded(url, 'fetch', readUrl(url, ctx)),
};
