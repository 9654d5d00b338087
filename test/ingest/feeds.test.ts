import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFeedItems } from '../../src/ingest/feed-items.ts';
import { bytesSource, createContext, readSource } from '../../src/ingest/index.ts';
import { rss, STORY } from './pages.ts';
import { collectResults } from './reader.case.ts';

const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>f</id><updated>2025-04-08T00:00:00Z</updated>
<entry><title>E1</title><id>urn:1</id><link rel="alternate" href="https://example.com/e1?utm_source=atom"/><updated>2025-04-09T00:00:00Z</updated><published>2025-04-08T10:00:00Z</published><author><name>Ann</name></author><content type="html">&lt;p&gt;${STORY[0]}&lt;/p&gt;</content></entry>
<entry><title>E2</title><id>urn:2</id><updated>2025-04-07T00:00:00Z</updated><summary>${STORY[1]}</summary></entry></feed>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'J',
  language: 'en',
  items: [
    {
      id: '1',
      url: 'https://example.com/j1',
      title: 'J1',
      content_text: STORY[2],
      date_published: '2025-04-06T00:00:00Z',
      authors: [{ name: 'Bo' }],
    },
    { id: '2', content_html: `<p>${STORY[0]}</p>` },
  ],
});

test('Atom, JSON Feed and RSS items come out alike', () => {
  const atom = parseFeedItems(ATOM);
  assert.equal(atom.format, 'atom');
  assert.deepEqual(
    atom.items.map((i) => [i.key, i.title, i.published, i.author]),
    [
      ['https://example.com/e1', 'E1', '2025-04-08T10:00:00Z', 'Ann'],
      ['urn:2', 'E2', '2025-04-07T00:00:00Z', undefined],
    ],
  );
  const json = parseFeedItems(JSON_FEED);
  assert.equal(json.format, 'json');
  assert.deepEqual(
    json.items.map((i) => [i.key, i.author]),
    [
      ['https://example.com/j1', 'Bo'],
      ['2', undefined],
    ],
  );
  const r = parseFeedItems(rss([{ link: '/rel', title: 'R' }]), 'https://example.com/feed');
  assert.equal(r.items[0].link, 'https://example.com/rel', 'relative links resolve against the feed');
});

test('feed content is read when item pages are not fetched', async () => {
  const ctx = createContext({ fetchItems: false, minChars: 10 });
  for (const [name, body] of [
    ['atom.xml', ATOM],
    ['feed.json', JSON_FEED],
  ]) {
    const results = await collectResults(readSource(bytesSource(name, new TextEncoder().encode(body)), ctx));
    assert.equal(results.length, 2, name);
    assert.ok(
      results.every((x) => x.ok),
      name,
    );
  }
  const [first] = await collectResults(
    readSource(
      bytesSource('atom.xml', new TextEncoder().encode(ATOM)),
      createContext({ fetchItems: false, minChars: 10 }),
    ),
  );
  assert.ok(first.ok);
  assert.equal(first.article.title, 'E1');
  assert.equal(first.article.published, '2025-04-08');
  assert.equal(first.article.author, 'Ann');
  assert.equal(first.article.text, STORY[0]);
});

test('an item whose page cannot be fetched is an error; a feed with full content still gives the story', async () => {
  const ctx = createContext({ minChars: 10, fetch: { delayMs: 0 } });
  const long = STORY.join(' ').repeat(3);
  const feed = rss([{ link: 'http://127.0.0.1:9/unreachable', content: long }]);
  const results = await collectResults(readSource(bytesSource('f.xml', new TextEncoder().encode(feed)), ctx));
  assert.deepEqual(
    results.map((r) => (r.ok ? 'article' : r.error.code)),
    ['DYAD_E_PRIVATE_ADDRESS', 'article'],
  );
});
