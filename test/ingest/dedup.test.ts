import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildArticle } from '../../src/ingest/article.ts';
import type { IngestArticle } from '../../src/ingest/index.ts';
import { createDeduper } from '../../src/ingest/index.ts';
import { STORY } from './pages.ts';

const ctx = { minChars: 1 };
function article(text: string, url: string, canonical?: string): IngestArticle {
  const r = buildArticle({ input: url, text, url, canonical, web: true }, ctx);
  assert.ok(r.ok);
  return r.article;
}

test('the same canonical URL is one article', () => {
  const d = createDeduper();
  const a = article(STORY[0], 'https://a.com/x?utm_source=1', 'https://a.com/x');
  const b = article(`${STORY[0]} Updated.`, 'https://a.com/x?fbclid=2', 'https://a.com/x');
  assert.equal(d.check(a), undefined);
  assert.equal(d.check(b), a.id);
});

test('the same story with different quotes, case and spacing is one article with two sources', () => {
  const d = createDeduper();
  const a = article('“Talks,” he said — in Islamabad.', 'https://a.com/1');
  const b = article('"TALKS," he said -- in   Islamabad', 'https://b.org/2');
  const c = article('Another story entirely.', 'https://c.net/3');
  assert.equal(d.check(a), undefined);
  assert.equal(d.check(b), a.id);
  assert.equal(d.check(c), undefined);
  assert.deepEqual(
    a.sources.map((s) => s.source),
    ['a.com', 'b.org'],
  );
});

test('article ids are the store formula: whitespace-insensitive content hashes', () => {
  assert.equal(article('a  b\n\nc', 'https://x.com/1').id, article('a b c', 'https://y.com/2').id);
});
