// The coding pool, on worker threads and on child processes: each worker builds the same coder
// as the main thread (same fingerprint) and codes exactly as it would, in order, with errors
// as outcomes.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, describe, test } from 'node:test';
import type { Article } from '../../src/model/index.ts';
import { createCodingPool, type PoolKind } from '../../src/pool/index.ts';
import { coderFingerprint } from '../../src/store/index.ts';
import { FIXTURE_DICT, fixtureCoder } from '../helpers/coder.ts';
import { syntheticArticles } from '../store/synthetic.ts';

const articlesOf = (n: number, seed: number) =>
  syntheticArticles(n, seed).map((a): Article => ({ id: a.id, text: a.text, published: a.date, lang: 'en' }));

for (const kind of ['threads', 'processes'] as PoolKind[]) {
  describe(`a pool of ${kind}`, () => {
    const pool = createCodingPool({ threads: 2, kind, dictionaries: [FIXTURE_DICT], bundled: false });
    after(() => pool.close());

    test('workers code as the main thread does, in order, without tokens', { timeout: 120_000 }, async () => {
      await pool.ready();
      const info = await pool.info();
      assert.equal(info.fingerprint, coderFingerprint(fixtureCoder()));
      assert.ok(info.loadMs > 0 && info.heapUsed > 0);

      const articles = articlesOf(120, 11);
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
  });
}

/** Pids of this process's coding child processes (Linux). */
function codingChildren(): number[] {
  const pids: number[] = [];
  for (const tid of readdirSync('/proc/self/task')) {
    for (const pid of readFileSync(`/proc/self/task/${tid}/children`, 'utf8').split(' ').filter(Boolean)) {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('child.mjs')) pids.push(Number(pid));
    }
  }
  return pids;
}

test('a coding process killed mid-task fails that task, and a new one takes its place', {
  skip: process.platform !== 'linux' && 'reads /proc',
  timeout: 120_000,
}, async () => {
  const pool = createCodingPool({
    threads: 1,
    kind: 'processes',
    dictionaries: [FIXTURE_DICT],
    bundled: false,
  });
  try {
    await pool.ready();
    const [pid] = codingChildren();
    assert.ok(pid > 0, 'one coding process runs');
    const task = pool.code(articlesOf(2000, 3));
    process.kill(pid, 'SIGKILL');
    await assert.rejects(task, /coding process \d+ exited \(SIGKILL\)/);
    const [again] = await pool.code([{ id: 'ok', text: 'Pakistan praised the United States.', lang: 'en' }]);
    assert.ok('doc' in again && again.doc.events.length === 1, 'the replacement codes');
    assert.notDeepEqual(codingChildren(), [pid]);
  } finally {
    await pool.close();
  }
  assert.deepEqual(codingChildren(), [], 'close ends the coding processes');
});

test('a coding process that cannot build its coder fails the pool, naming why', {
  timeout: 120_000,
}, async () => {
  const pool = createCodingPool({
    threads: 1,
    kind: 'processes',
    dictionaries: ['/nonexistent/dyad-dict'],
    bundled: false,
  });
  try {
    await assert.rejects(
      pool.ready(),
      /a coding process could not start: .*cannot read dictionary folder \/nonexistent/,
    );
    await assert.rejects(
      pool.code([{ id: 'x', text: 'Pakistan praised the United States.', lang: 'en' }]),
      /could not start/,
    );
  } finally {
    await pool.close();
  }
});
