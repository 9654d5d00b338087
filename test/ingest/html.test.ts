import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPage } from '../../src/ingest/extract.ts';
import { stripNonText } from '../../src/ingest/html-strip.ts';
import { bytesSource, createContext, readSource } from '../../src/ingest/index.ts';
import { page, STORY } from './pages.ts';
import { collectResults } from './reader.case.ts';

const ctx = createContext();
const readHtml = async (html: string, url?: string) =>
  collectResults(readSource(bytesSource('page.html', new TextEncoder().encode(html), { url }), ctx));

test('metadata from meta tags, JSON-LD and <time>', () => {
  const { meta } = extractPage(
    page({ meta: true, author: 'Ana Diaz', published: '2025-03-01T08:00:00+05:00' }),
  );
  assert.equal(meta.title, 'Pakistan and US hold talks');
  assert.equal(meta.author, 'Ana Diaz');
  assert.equal(meta.published, '2025-03-01T08:00:00+05:00');
  assert.equal(meta.siteName, 'The Daily');
  assert.match(meta.canonical ?? '', /^https:\/\/www\.example\.com\/world\/talks/);
});

test('JSON-LD alone (in a @graph), then <time> alone', () => {
  const ld = JSON.stringify({
    '@graph': [
      { '@type': 'WebSite', name: 'Site' },
      {
        '@type': ['NewsArticle'],
        headline: 'From LD',
        datePublished: '2024-12-31',
        author: { name: 'Li Wei' },
        publisher: { name: 'Wire' },
      },
    ],
  });
  const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><article><p>${STORY.join('</p><p>')}</p></article></body></html>`;
  const { meta } = extractPage(html);
  assert.deepEqual(
    [meta.title, meta.published, meta.author, meta.siteName],
    ['From LD', '2024-12-31', 'Li Wei', 'Wire'],
  );
  const timed = extractPage(
    `<html><body><article><time datetime="2023-05-06T10:00">May 6</time><p>${STORY.join(' ')}</p></article></body></html>`,
  );
  assert.equal(timed.meta.published, '2023-05-06T10:00');
  const broken = extractPage('<script type="application/ld+json">{not json</script><p>x</p>');
  assert.equal(broken.meta.title, undefined);
});

test('paragraphs stay paragraphs; scripts, styles, captions, nav and footer are not text', async () => {
  const html = `<html><body><nav>Home World</nav><article><p>${STORY[0]}<br>${STORY[1]}</p>
    <script>var x = "secret";</script><style>p{}</style><figure><img src="a.jpg"><figcaption>A caption</figcaption></figure>
    <p>${STORY[2]}</p></article><footer>Footer text</footer></body></html>`;
  const [r] = await readHtml(html);
  assert.ok(r.ok);
  assert.equal(r.article.text, `${STORY[0]}\n${STORY[1]}\n\n${STORY[2]}`);
});

test('a fragment, a page without <body> and a page in <pre> are read', async () => {
  const [frag] = await readHtml(`<p>${STORY.join(' ')}</p>`);
  assert.ok(frag.ok && frag.article.text === STORY.join(' '));
  const [nobody] = await readHtml(`<html><head><title>T</title></head>${STORY.join(' ')}`);
  assert.ok(nobody.ok && nobody.article.text === STORY.join(' ') && nobody.article.title === 'T');
  const [pre] = await readHtml(`<html><body><pre>${STORY.join('\n')}</pre></body></html>`);
  assert.ok(pre.ok && pre.article.text === STORY.join('\n'));
});

test('deep nesting and a huge flat page do not overflow or hang', async () => {
  const deep = `${'<div>'.repeat(5000)}<p>${STORY.join(' ')}</p>${'</div>'.repeat(5000)}`;
  const [d] = await readHtml(deep);
  assert.ok(d.ok && d.article.text === STORY.join(' '));
  // 11,000 paragraphs: ~920,000 characters of text, under the 1,000,000 an article may have
  const flat = `<html><body>${`<div><p>${STORY[0]}</p></div>`.repeat(11_000)}</body></html>`;
  const t = Date.now();
  const [f] = await readHtml(flat);
  assert.ok(f.ok && f.article.text.length > 900_000);
  assert.ok(Date.now() - t < 15_000);
});

test('too little text is not an article; a canonical pointing at the home page is ignored', async () => {
  const [short] = await readHtml('<html><body><p>Subscribe now</p></body></html>');
  assert.ok(!short.ok && short.error.code === 'DYAD_E_EXTRACT');
  const [home] = await readHtml(
    page({ meta: true, canonical: 'https://www.example.com/' }),
    'https://www.example.com/world/x',
  );
  assert.ok(home.ok && home.article.canonicalUrl === 'https://www.example.com/world/x');
});

test('scripts, styles and comments are stripped before parsing, JSON-LD kept, linear on unclosed tags', () => {
  assert.equal(
    stripNonText('<p>a<!-- c --></p><SCRIPT src=x>js()</SCRIPT ><style>p{}</style><scripts>k</scripts>'),
    '<p>a</p><scripts>k</scripts>',
  );
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle"}</script>';
  assert.equal(stripNonText(`${ld}<p>b</p>`), `${ld}<p>b</p>`);
  assert.equal(stripNonText('<p>a</p><script>never closed <p>b</p>'), '<p>a</p>');
  const t = Date.now();
  stripNonText('<script>'.repeat(100_000));
  stripNonText('<!--x'.repeat(100_000));
  assert.ok(Date.now() - t < 2000);
});
