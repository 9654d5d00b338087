// Every reader runs the shared conformance suite (reader.case.ts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after } from 'node:test';
import { bytesSource, createContext } from '../../src/ingest/index.ts';
import { directoryReader } from '../../src/ingest/readers/directory.ts';
import { feedReader } from '../../src/ingest/readers/feed.ts';
import { fileReader } from '../../src/ingest/readers/file.ts';
import { htmlReader } from '../../src/ingest/readers/html.ts';
import { jsonlReader } from '../../src/ingest/readers/jsonl.ts';
import { stdinReader } from '../../src/ingest/readers/stdin.ts';
import { textReader } from '../../src/ingest/readers/text.ts';
import { urlReader } from '../../src/ingest/readers/url.ts';
import { warcReader } from '../../src/ingest/readers/warc.ts';
import { page, rss, STORY } from './pages.ts';
import { readerCases } from './reader.case.ts';
import { send, startServer } from './server.ts';
import { buildWarc } from './warc-builder.ts';

const enc = (s: string) => new TextEncoder().encode(s);
/** Short texts count as articles here, so random input reaches the coder. */
const context = () =>
  createContext({
    minChars: 1,
    fetchItems: false,
    fetch: { allowPrivate: true, delayMs: 0, timeoutMs: 2000 },
  });

const tmp = mkdtempSync(join(tmpdir(), 'dyad-readers-'));
let n = 0;
function tempDir(): string {
  const dir = join(tmp, String(n++));
  mkdirSync(dir, { recursive: true });
  return dir;
}
function tempFile(bytes: Uint8Array, name = 'input'): string {
  const path = join(tempDir(), name);
  writeFileSync(path, bytes);
  return path;
}

// The URL reader reads whatever the server holds at that moment.
let served: Uint8Array = new Uint8Array(0);
const server = await startServer({ '/page': (req, res) => send(served, 'text/html')(req, res) });
after(async () => {
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
});

const warc = await buildWarc([
  { url: 'https://example.com/a', body: page({ meta: true }) },
  { url: 'https://example.com/a', body: 'GET', type: 'request' },
  {
    url: 'https://example.com/logo.png',
    body: new Uint8Array([137, 80, 78, 71, 0, 1]),
    contentType: 'image/png',
  },
  { url: 'https://example.com/b', body: page({ paragraphs: [STORY[2], STORY[0]] }) },
  { url: 'https://example.com/gone', body: 'gone', status: 404 },
]);

readerCases('text', {
  read: (b) => textReader.read(bytesSource('story.txt', b), context()),
  sample: { bytes: enc(STORY.join('\n\n')), articles: 1 },
});

readerCases('markdown', {
  read: (b) => textReader.read(bytesSource('story.md', b), context()),
  sample: {
    bytes: enc(
      `---\ntitle: Talks\ndate: 2025-04-08\n---\n# Talks\n\n${STORY.map((s) => `- **${s}**`).join('\n')}`,
    ),
    articles: 1,
  },
});

readerCases('jsonl', {
  read: (b) => jsonlReader.read(bytesSource('a.jsonl', b), context()),
  sample: {
    bytes: enc(
      `${JSON.stringify({ id: '1', text: STORY[0], date: '2025-04-08' })}\nnot json\n${JSON.stringify({ id: '2', html: page() })}\n`,
    ),
    articles: 2,
  },
});

readerCases('html', {
  read: (b) => htmlReader.read(bytesSource('page.html', b), context()),
  sample: { bytes: enc(page({ meta: true })), articles: 1 },
});

readerCases('feed', {
  read: (b) => feedReader.read(bytesSource('feed.xml', b), context()),
  sample: {
    bytes: enc(
      rss([
        { link: 'https://example.com/1', content: `<p>${STORY[0]}</p>` },
        { link: 'https://example.com/2', content: STORY[1] },
      ]),
    ),
    articles: 2,
  },
});

readerCases('warc', {
  read: (b) => warcReader.read(bytesSource('crawl.warc.gz', b), context()),
  sample: { bytes: warc, articles: 2 },
});

readerCases('file', {
  read: (b) => fileReader.read({ path: tempFile(b) }, context()),
  sample: { bytes: warc, articles: 2 },
  runs: 25,
});

readerCases('directory', {
  read: (b) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'one'), b);
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'two.txt'), b);
    return directoryReader.read(dir, context());
  },
  sample: { bytes: enc(page()), articles: 2 },
  runs: 25,
});

readerCases('url', {
  read: (b) => {
    served = b;
    return urlReader.read(`${server.base}/page`, context());
  },
  sample: { bytes: enc(page({ meta: true })), articles: 1 },
  runs: 25,
});

readerCases('stdin', {
  read: (b) => stdinReader.read(Readable.from([Buffer.from(b)]), context()),
  sample: {
    bytes: enc(`${JSON.stringify({ text: STORY[0] })}\n${JSON.stringify({ text: STORY[1] })}\n`),
    articles: 2,
  },
});
