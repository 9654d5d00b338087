// The worker-thread pool: each worker builds the same coder as the main thread (same
// fingerprint) and codes exactly as it would, in order, with errors as outcomes.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { Article } from '../../src/model/index.ts';
import { createCodingPool } from '../../src/pool/index.ts';
import { coderFingerprint } from '../../src/store/index.ts';
import { FIXTURE_DICT, fixtureCoder } from '../helpers/coder.ts';
import { syntheticArticles } from '../store/synthetic.ts';

const pool = createCodingPool({ threads: 2, dictionaries: [FIXTURE_DICT], bundled: false });
after(() => pool.close());

test('workers code as the main thread does, in order, without tokens', { timeout: 120_000 }, async () => {
  await pool.ready();
  const info = await pool.info();
  assert.equal(info.fingerprint, coderFingerprint(fixtureCoder()));
  assert.ok(info.loadMs > 0 && info.heapUsed > 0);

  const articles = syntheticArticles(120, 11).map(
    (a): Article => ({ id: a.id, text: a.text, published: a.date, lang: 'en' }),
  );
  const chunks = [articles.slice(0, 50), articles.slice(50, 51), articles.slice(51)];
  const outcomes = (await Promise.all(chunks.map((c) => pool.code(c)))).flat();
  assert.equal(outcomes.length, articles.length);
  let events = 0;
  outcomes.forEach((o, i) => {
    assert.ok('doc' in o, `article ${i} failed`);
    const want = fixtureCoder().code(articles[i]);
    assert.equal(o.doc.article, articles[i], 'the article is the one sent, not a copy');
    assert.deepEqual(o.doc.events, want.events);
    assert.deepEqual(o.doc.mentions, want.mentions);
    assert.deepEqual(o.doc.sentences, want.sentences);
    assert.deepEqual(o.doc.tokens, []);
    events += want.events.length;
  });
  assert.ok(events > 60, `${events} events`);
});

test('an article the coder cannot take is an error outcome, and the pool goes on', async () => {
  const bad = { id: 'bad', lang: 'en' } as unknown as Article;
  const good: Article = { id: 'ok', text: 'Pakistan praised the United States.', lang: 'en' };
  const [a, b] = await pool.code([bad, good]);
  assert.ok('error' in a && a.error.length > 0);
  assert.ok('doc' in b && b.doc.events.length === 1);
});
