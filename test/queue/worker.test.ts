// The worker loop in process (memory queue, SQLite store): jobs coded, stored, acknowledged;
// a write that fails is retried with backoff; one job that breaks a write does not hold back
// the others; a payload that is no article is dead at once; re-running a done job is harmless.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inProcessCodeMany } from '../../src/pool/index.ts';
import { type ArticleJob, articleJob, memoryQueue, type Queue } from '../../src/queue/index.ts';
import { coderFingerprint, openStore, type Store } from '../../src/store/index.ts';
import { noLock, runWorker } from '../../src/worker/index.ts';
import { fixtureCoder } from '../helpers/coder.ts';
import { snapshot } from '../store/store.case.ts';
import { syntheticArticles } from '../store/synthetic.ts';

const items = (n: number, seed = 4) =>
  syntheticArticles(n, seed, false).map((a) => ({
    article: { id: a.id, text: a.text, published: a.date, url: a.url, source: a.source, lang: 'en' },
    input: `${a.id}.jsonl:1`,
  }));

function work(queue: Queue<ArticleJob>, store: Store, extra: { batch?: number } = {}) {
  const coder = fixtureCoder();
  return runWorker({
    queue,
    store,
    codeMany: inProcessCodeMany(coder),
    fingerprint: coderFingerprint(coder),
    runId: null,
    lock: noLock,
    name: 'test:1',
    batch: extra.batch ?? 16,
    pollMs: 20,
    exitWhenDone: true,
  });
}

/** A store whose writes throw while `broken(items)` says so. */
function flaky(store: Store, broken: (ids: string[]) => boolean): Store {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'write') {
        return (batch: Parameters<Store['write']>[0], ...rest: [never?, never?]) => {
          if (broken(batch.map((b) => b.article.id))) return Promise.reject(new Error('connection reset'));
          return target.write(batch, ...rest);
        };
      }
      return Reflect.get(target, prop, receiver);
    },
  });
}

test('a worker codes, stores and acknowledges every job; the store equals a direct ingest', async () => {
  const queue = memoryQueue<ArticleJob>();
  const store = await openStore(':memory:');
  try {
    const jobs = items(150).map((i) => articleJob(i));
    await queue.enqueue(jobs);
    const s = await work(queue, store);
    assert.equal(s.jobs_done, 150);
    assert.equal(s.articles_new, 150);
    assert.ok(s.events > 100);
    assert.equal((await queue.status()).done, 150);
    assert.equal((await store.stats()).articles, 150);

    // Done jobs enqueued again are existing; re-queued, they are duplicates (or re-coded).
    assert.equal((await queue.enqueue(jobs)).existing, 150);
    assert.equal((await queue.enqueue(jobs.slice(0, 10), { requeue: true })).requeued, 10);
    const again = await work(queue, store);
    assert.equal(again.articles_duplicate, 10);
    const recoded = items(150)
      .slice(0, 5)
      .map((i) => articleJob(i, true));
    await queue.enqueue(recoded, { requeue: true });
    assert.equal((await work(queue, store)).articles_recoded, 5);
    assert.equal((await store.stats()).articles, 150);
  } finally {
    await store.close();
  }
});

test('a failed write is retried after its backoff; one job that breaks writes ends dead alone', async () => {
  const queue = memoryQueue<ArticleJob>({ maxAttempts: 3, backoff: () => 30 });
  const store = await openStore(':memory:');
  const reference = await openStore(':memory:');
  try {
    const all = items(40, 6);
    const jobs = all.map((i) => articleJob(i));
    const poison = jobs[17].key;
    let failures = 2;
    const broken = flaky(store, (ids) => ids.includes(poison) || failures-- > 0);
    await queue.enqueue([...jobs, { key: 'junk', payload: { nonsense: true } as unknown as ArticleJob }]);
    const s = await work(queue, broken, { batch: 8 });
    const status = await queue.status();
    assert.deepEqual([status.done, status.dead, status.pending, status.failed], [39, 2, 0, 0]);
    assert.equal(s.jobs_dead, 2);
    assert.ok(s.jobs_failed >= 2);

    const q2 = memoryQueue<ArticleJob>();
    await q2.enqueue(jobs.filter((j) => j.key !== poison));
    await work(q2, reference);
    assert.deepEqual(await snapshot(store), await snapshot(reference));
  } finally {
    await store.close();
    await reference.close();
  }
});
