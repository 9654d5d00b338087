// The world's news against a local server: a feed of 20 items whose pages succeed or fail
// in every way a crawl meets, a malformed feed, a syndicated story, a WARC.gz; each ends as
// an article or an error (then a stored article or an error row), and nothing crashes.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ingestResults } from '../../src/cli/ingest-results.ts';
import { createFetcher, memoryFeedStates, type ReadResult, readInputs } from '../../src/ingest/index.ts';
import { coderFingerprint, createIngestor, openStore } from '../../src/store/index.ts';
import { fixtureCoder } from '../helpers/coder.ts';
import { cp1252, FRENCH, JAPANESE, page, rss, STORY, shiftJisPage } from './pages.ts';
import { collectResults } from './reader.case.ts';
import { type Handler, huge, redirect, send, slow, startServer } from './server.ts';
import { buildWarc } from './warc-builder.ts';

const story = (n: number) => [`Story ${n}: ${STORY[0]}`, STORY[1], `${STORY[2]} (report ${n})`];
const CURLY =
  '“Pakistan’s foreign minister” said the talks – held in Islamabad – were a success, officials said.';

/** Item path → what it must end as: an article, or an error code. */
const EXPECTED: Record<string, string> = {};
const routes: Record<string, Handler> = {};
for (let i = 1; i <= 8; i++) {
  routes[`/meta/${i}`] = send(
    page({
      meta: true,
      paragraphs: story(i),
      title: `Talks ${i}`,
      canonical: `https://www.example.com/world/story-${i}?utm_source=rss#top`,
    }),
  );
  EXPECTED[`/meta/${i}`] = 'article';
}
for (let i = 9; i <= 12; i++) {
  routes[`/plain/${i}`] = send(page({ paragraphs: story(i) }));
  EXPECTED[`/plain/${i}`] = 'article';
}
routes['/moved'] = redirect('/plain/moved-here', 301);
routes['/plain/moved-here'] = send(page({ paragraphs: story(13) }));
EXPECTED['/moved'] = 'article';
EXPECTED['/gone'] = 'DYAD_E_HTTP';
routes['/slow'] = slow(5000);
EXPECTED['/slow'] = 'DYAD_E_TIMEOUT';
routes['/huge'] = huge(50 * 1024 * 1024);
EXPECTED['/huge'] = 'DYAD_E_TOO_LARGE';
routes['/binary'] = send(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), 'text/html');
EXPECTED['/binary'] = 'DYAD_E_NOT_TEXT';
routes['/cp1252'] = send(
  cp1252(page({ paragraphs: [CURLY, ...STORY.slice(1)] })),
  'text/html; charset=windows-1252',
);
EXPECTED['/cp1252'] = 'article';
routes['/sjis'] = send(shiftJisPage(), 'text/html');
EXPECTED['/sjis'] = 'article';
routes['/french'] = send(page({ paragraphs: FRENCH, title: 'Retraites', lang: 'fr' }));
EXPECTED['/french'] = 'article';
routes['/broken.xml'] = send(
  '<?xml version="1.0"?><rss version="2.0"><channel><item><title>x</ti',
  'application/rss+xml',
);
// The same wire story on two outlets, with different furniture around it.
routes['/outlet-a/story'] = send(page({ paragraphs: story(99), furniture: true }));
routes['/outlet-b/story'] = send(page({ paragraphs: story(99) }).replace('<nav>', '<nav>Outlet B '));

const server = await startServer(routes);
// The feeds name their items with the server's address, known only now.
const FEED = rss(Object.keys(EXPECTED).map((path) => ({ link: `${server.base}${path}?utm_medium=feed` })));
routes['/feed.xml'] = send(FEED, 'application/rss+xml');
routes['/feed-etag.xml'] = (req, res) => {
  if (req.headers['if-none-match'] === '"v1"') {
    res.writeHead(304);
    res.end();
  } else send(FEED, 'application/rss+xml', { etag: '"v1"' })(req, res);
};
routes['/small.xml'] = send(
  rss(['/plain/11', '/gone', '/binary'].map((path) => ({ link: `${server.base}${path}` }))),
  'application/rss+xml',
);
const tmp = mkdtempSync(join(tmpdir(), 'dyad-web-'));
after(async () => {
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
});

// A 2 MB cap (the default is 10 MB) keeps the 50 MB page's cut-off well inside the 2 s
// timeout on a busy machine; the timeout is what the slow page runs into.
const options = () => ({
  fetcher: createFetcher({ allowPrivate: true, delayMs: 0, timeoutMs: 2000, maxBytes: 2 * 1024 * 1024 }),
});
const pathOf = (input: string) => new URL(input).pathname;
const db = join(tmp, 'feed.sqlite');
const feedStates = memoryFeedStates();
const FEED_URL = () => `${server.base}/feed-etag.xml`;

async function ingestOnce(results: readonly ReadResult[]) {
  const store = await openStore(db);
  const coder = fixtureCoder();
  const run = await store.startRun({ command: 'test', args: [], coder: null });
  const ingestor = createIngestor(store, { coder, fingerprint: coderFingerprint(coder), runId: run });
  const counts = await ingestResults(
    (async function* () {
      yield* results;
    })(),
    ingestor,
  );
  const summary = await ingestor.finish();
  const stats = await store.stats();
  const errors = await store.errors({ run });
  const french = (await store.articles({}, { limit: 100 })).items.find((a) => a.lang === 'fr');
  await store.close();
  return { counts, summary, stats, errors, french };
}

test('every item of a 20-item feed ends as the article or the error it should, and is stored', async () => {
  assert.equal(Object.keys(EXPECTED).length, 20);
  const results = await collectResults(readInputs([FEED_URL()], { ...options(), feedStates }));
  const got: Record<string, string> = {};
  for (const r of results) got[pathOf(r.ok ? r.input : r.error.input)] = r.ok ? 'article' : r.error.code;
  assert.deepEqual(got, EXPECTED);

  const articles = new Map(results.flatMap((r) => (r.ok ? [[pathOf(r.input), r.article] as const] : [])));
  const withMeta = articles.get('/meta/3')!;
  assert.equal(withMeta.title, 'Talks 3');
  assert.equal(withMeta.author, 'Jane Roe');
  assert.equal(withMeta.published, '2025-04-08');
  assert.equal(withMeta.source, 'The Daily');
  assert.equal(withMeta.canonicalUrl, 'https://www.example.com/world/story-3');
  assert.equal(withMeta.url, `${server.base}/meta/3`, 'tracking parameters are gone');
  assert.match(withMeta.rawHtml ?? '', /<article>/);
  assert.equal(withMeta.lang, 'en');
  assert.ok(!withMeta.text.includes('Home'), 'navigation is not text');
  assert.ok(!withMeta.text.includes('All rights reserved'), 'footer is not text');

  const plain = articles.get('/plain/10')!;
  assert.equal(plain.title, 'Item 9', "the feed's title fills a page without metadata");
  assert.equal(plain.published, '2025-04-08', "the feed's date too");
  assert.equal(plain.source, '127.0.0.1');

  assert.equal(articles.get('/moved')?.url, `${server.base}/plain/moved-here`);
  assert.ok(articles.get('/cp1252')?.text.startsWith(CURLY), 'windows-1252 decoded');
  assert.ok(articles.get('/sjis')?.text.startsWith(JAPANESE), 'Shift_JIS decoded');
  assert.equal(articles.get('/sjis')?.lang, 'ja');
  assert.equal(articles.get('/french')?.lang, 'fr');

  const stored = await ingestOnce(results);
  assert.equal(stored.summary.articles_new, 16);
  assert.equal(stored.summary.errors, 4);
  assert.equal(stored.stats.articles, 16);
  assert.deepEqual(stored.errors.map((e) => `${pathOf(e.input)} ${e.code}`).sort(), [
    '/binary DYAD_E_NOT_TEXT',
    '/gone DYAD_E_HTTP',
    '/huge DYAD_E_TOO_LARGE',
    '/slow DYAD_E_TIMEOUT',
  ]);
  assert.ok(stored.errors.every((e) => e.message.length > 0));
  assert.equal(stored.counts.notCoded, 2, 'French and Japanese are stored, not coded');
  assert.equal(stored.french?.n_events, 0);
});

test('with feed state, the next poll is one conditional GET answered 304', async () => {
  assert.equal(feedStates.get(FEED_URL()).etag, '"v1"');
  assert.equal(Object.keys(feedStates.get(FEED_URL()).items).length, 20);
  const before = server.requests.length;
  const second = await collectResults(readInputs([FEED_URL()], { ...options(), feedStates }));
  assert.deepEqual(
    server.requests.slice(before).map((q) => q.path),
    ['/feed-etag.xml'],
  );
  assert.equal(second.length, 0);
});

test('ingesting the same feed twice stores nothing new the second time', async () => {
  const again = await collectResults(readInputs([`${server.base}/feed.xml`], options()));
  assert.equal(again.filter((r) => r.ok).length, 16, 'every page fetched and read again');
  const stored = await ingestOnce(again);
  assert.equal(stored.summary.articles_new, 0);
  assert.equal(stored.summary.articles_duplicate, 16);
  assert.equal(stored.stats.articles, 16);
});

test('with feed state, a feed without ETag is read again but only failed items are retried', async () => {
  const states = memoryFeedStates();
  const feed = `${server.base}/small.xml`;
  const first = await collectResults(readInputs([feed], { ...options(), feedStates: states }));
  assert.deepEqual(
    first.map((r) => (r.ok ? 'article' : r.error.code)),
    ['article', 'DYAD_E_HTTP', 'DYAD_E_NOT_TEXT'],
  );
  const before = server.requests.length;
  await collectResults(readInputs([feed], { ...options(), feedStates: states }));
  assert.deepEqual(
    server.requests.slice(before).map((q) => q.path),
    ['/small.xml', '/gone', '/binary'],
  );
  // After three failures an item is given up.
  await collectResults(readInputs([feed], { ...options(), feedStates: states }));
  const last = server.requests.length;
  await collectResults(readInputs([feed], { ...options(), feedStates: states }));
  assert.deepEqual(
    server.requests.slice(last).map((q) => q.path),
    ['/small.xml'],
  );
});

test('a malformed feed is one error naming it; the inputs after it are still read', async () => {
  const results = await collectResults(
    readInputs([`${server.base}/broken.xml`, `${server.base}/plain/9`], options()),
  );
  assert.equal(results.length, 2);
  assert.ok(!results[0].ok);
  assert.equal(results[0].error.code, 'DYAD_E_FEED');
  assert.equal(results[0].error.input, `${server.base}/broken.xml`);
  assert.ok(results[1].ok);
});

test('the same story from two outlets is one article with two sources', async () => {
  const results = await collectResults(
    readInputs([`${server.base}/outlet-a/story`, `${server.base}/outlet-b/story`], options()),
  );
  assert.equal(results.length, 2);
  const [a, b] = results;
  assert.ok(a.ok && b.ok);
  assert.equal(b.duplicateOf, a.article.id);
  assert.deepEqual(
    a.article.sources.map((s) => s.url),
    [`${server.base}/outlet-a/story`, `${server.base}/outlet-b/story`],
  );
});

test('a WARC.gz written by the test: HTML responses become articles, the rest is skipped', async () => {
  const path = join(tmp, 'crawl.warc.gz');
  writeFileSync(
    path,
    await buildWarc([
      {
        url: 'https://news.example.org/a',
        body: page({ meta: true, paragraphs: story(50), canonical: 'https://news.example.org/a' }),
      },
      { url: 'https://news.example.org/style.css', body: 'body{}', contentType: 'text/css' },
      {
        url: 'https://news.example.org/b',
        body: cp1252(page({ paragraphs: [CURLY, ...story(51)] })),
        contentType: 'text/html; charset=windows-1252',
      },
      { url: 'https://news.example.org/missing', body: 'no', status: 404 },
      { url: 'https://news.example.org/c', body: page({ paragraphs: FRENCH }) },
    ]),
  );
  const results = await collectResults(readInputs([path], options()));
  assert.deepEqual(
    results.map((r) => (r.ok ? `${r.article.url} ${r.article.lang}` : r.error.code)),
    ['https://news.example.org/a en', 'https://news.example.org/b en', 'https://news.example.org/c fr'],
  );
  const b = results[1];
  assert.ok(b.ok && b.article.text.startsWith(CURLY));
  assert.equal(b.ok && b.article.published, '2025-04-08', 'the crawl date when the page has none');
});
