// `dyad watch`: polls, one log line each, only new items stored, state kept across restarts.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { buildProgram } from '../../src/cli/program.ts';
import { parseDuration, readFeedList, runWatch } from '../../src/cli/watch.ts';
import { createFetcher } from '../../src/ingest/index.ts';
import { openStore } from '../../src/store/index.ts';
import { fixtureCoder } from '../helpers/coder.ts';
import { page, rss, STORY } from './pages.ts';
import { send, startServer } from './server.ts';

let version = 1;
let links: string[] = [];
const server = await startServer({
  '/a': send(page({ paragraphs: [`Watch A. ${STORY[0]}`, STORY[1]] })),
  '/b': send(page({ paragraphs: [`Watch B. ${STORY[1]}`, STORY[2]] })),
  '/c': send(page({ paragraphs: [`Watch C. ${STORY[2]}`, STORY[0]] })),
  '/feed.xml': (req, res) => {
    const etag = `"v${version}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304);
      res.end();
      return;
    }
    send(rss(links.map((l) => ({ link: `${server.base}${l}` }))), 'application/rss+xml', { etag })(req, res);
  },
});
const tmp = mkdtempSync(join(tmpdir(), 'dyad-watch-'));
after(async () => {
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
});

const feeds = join(tmp, 'feeds.txt');
const db = join(tmp, 'watch.sqlite');
const opts = () => ({
  db,
  every: 0,
  fetcher: createFetcher({ allowPrivate: true, delayMs: 0, timeoutMs: 2000 }),
});

async function watch(polls: number): Promise<string[]> {
  const lines: string[] = [];
  await runWatch(fixtureCoder(), feeds, { ...opts(), polls }, (s) => lines.push(s));
  return lines;
}

test('polls log one line each; a restart neither loses nor repeats anything', async () => {
  writeFileSync(feeds, `# news\n${server.base}/feed.xml\n\n`);
  links = ['/a', '/b', '/missing'];
  const first = await watch(2);
  assert.equal(first.length, 2);
  assert.match(
    first[0],
    /poll 1: 1 feeds \(0 unchanged\), 3 new items, 2 articles stored .* 1 errors \[run /,
  );
  assert.match(first[1], /poll 2: 1 feeds \(1 unchanged\), 0 new items, 0 articles stored/);

  // A restart: the store's feed state says what was read; the feed is unchanged.
  const restarted = await watch(1);
  assert.match(restarted[0], /poll 1: 1 feeds \(1 unchanged\), 0 new items, 0 articles stored/);

  // The feed gains an item: only that one is fetched; the failed one is tried again.
  version = 2;
  links = ['/c', '/a', '/b', '/missing'];
  const before = server.requests.length;
  const next = await watch(1);
  assert.match(next[0], /2 new items, 1 articles stored .* 1 errors/);
  assert.deepEqual(
    server.requests
      .slice(before)
      .map((q) => q.path)
      .sort(),
    ['/c', '/feed.xml', '/missing'],
  );

  const store = await openStore(db);
  const stats = await store.stats();
  const states = await store.feedStates([`${server.base}/feed.xml`]);
  assert.equal(states.get(`${server.base}/feed.xml`).etag, '"v2"');
  await store.close();
  assert.equal(stats.articles, 3);
  assert.equal(stats.errors, 2);
});

test('feed lists and durations', () => {
  const list = join(tmp, 'list.txt');
  writeFileSync(
    list,
    'https://a.example/rss # main\n\n# off: https://b.example/rss\nhttp://c.example/feed\n',
  );
  assert.deepEqual(readFeedList(list), ['https://a.example/rss', 'http://c.example/feed']);
  writeFileSync(list, 'https://a.example/rss\nnot-a-url\n');
  assert.throws(() => readFeedList(list), /list\.txt:2: "not-a-url" is not an http\(s\) URL/);
  assert.throws(() => readFeedList(join(tmp, 'nope.txt')), /DYAD_E_INPUT/);
  assert.equal(parseDuration('15m'), 900_000);
  assert.equal(parseDuration('90s'), 90_000);
  assert.equal(parseDuration('1h'), 3_600_000);
  assert.equal(parseDuration('5'), 300_000);
  assert.throws(() => parseDuration('soon'), /DYAD_E_INPUT/);
});

test('the CLI has a watch command', () => {
  const watchCmd = buildProgram().commands.find((c) => c.name() === 'watch');
  assert.ok(watchCmd);
  assert.ok(watchCmd.options.some((o) => o.long === '--every'));
  assert.ok(watchCmd.options.some((o) => o.long === '--allow-private'));
});
