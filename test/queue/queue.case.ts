// The Queue conformance suite: every implementation (memory, PostgreSQL) passes the same
// cases. `fresh` makes an empty queue and returns a function that opens handles on it (two
// handles are two workers: on PostgreSQL, two connection pools).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Job, Queue, QueueOptions } from '../../src/queue/index.ts';

type Payload = { n: number; text?: string };
export type Fresh = (opts: QueueOptions) => Promise<() => Promise<Queue<Payload>>>;

const jobs = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => ({ key: `k${from + i}`, payload: { n: from + i } }));
const ns = (js: readonly Job<Payload>[]) => js.map((j) => j.payload.n);
const claimOpts = (limit: number, leaseMs = 10_000, worker = 'w1') => ({ worker, limit, leaseMs });

export function queueCases(name: string, fresh: Fresh, skip: string | false = false): void {
  const withQueue = (
    title: string,
    opts: QueueOptions,
    body: (q: Queue<Payload>, open: () => Promise<Queue<Payload>>) => Promise<void>,
  ) =>
    test(`${name}: ${title}`, { skip, timeout: 30_000 }, async () => {
      const open = await fresh(opts);
      const q = await open();
      try {
        await body(q, open);
      } finally {
        await q.close();
      }
    });

  withQueue('enqueue is idempotent by key; status counts by state', {}, async (q) => {
    assert.deepEqual(await q.enqueue(jobs(5)), { added: 5, existing: 0, requeued: 0 });
    const again = [...jobs(3, 3), { key: 'k7', payload: { n: 7 } }, { key: 'k7', payload: { n: 70 } }];
    assert.deepEqual(await q.enqueue(again), { added: 2, existing: 3, requeued: 0 });
    const s = await q.status();
    assert.equal(s.pending, 7);
    assert.equal(s.running + s.done + s.failed + s.dead, 0);
    assert.ok(s.oldestWaiting !== null && !Number.isNaN(Date.parse(s.oldestWaiting)));
    // The first copy of a key in one call wins.
    const claimed = await q.claim(claimOpts(10));
    assert.deepEqual(ns(claimed), [0, 1, 2, 3, 4, 5, 7]);
  });

  withQueue('claims oldest first, up to the limit, never the same job twice', {}, async (q) => {
    await q.enqueue(jobs(5));
    const a = await q.claim(claimOpts(3));
    assert.deepEqual(ns(a), [0, 1, 2]);
    assert.ok(a.every((j) => j.attempts === 1 && j.maxAttempts === 5 && j.lease === a[0].lease));
    const b = await q.claim(claimOpts(3, 10_000, 'w2'));
    assert.deepEqual(ns(b), [3, 4]);
    assert.notEqual(a[0].lease, b[0].lease);
    assert.deepEqual(await q.claim(claimOpts(3)), []);
    const s = await q.status();
    assert.equal(s.running, 5);
    assert.equal(s.workers, 2);
    assert.equal(s.expired, 0);
  });

  withQueue('payloads come back as the JSON that went in', {}, async (q) => {
    const text = 'Ishaq Dar said “yes” — 日本 \u0000 end\n';
    await q.enqueue([{ key: 'x', payload: { n: 1, text } }]);
    const [job] = await q.claim(claimOpts(1));
    assert.deepEqual(job.payload, { n: 1, text });
    assert.equal(job.key, 'x');
  });

  withQueue('ack marks done once; throughput counts it', {}, async (q) => {
    await q.enqueue(jobs(3));
    const claimed = await q.claim(claimOpts(3));
    assert.equal(await q.ack(claimed.slice(0, 2)), 2);
    assert.equal(await q.ack(claimed.slice(0, 2)), 0);
    const s = await q.status();
    assert.deepEqual([s.done, s.running, s.pending], [2, 1, 0]);
    assert.equal(s.doneLastMinute, 2);
    assert.equal(s.doneLastHour, 2);
    assert.deepEqual(await q.claim(claimOpts(3)), []);
  });

  withQueue(
    'a failed attempt waits its backoff, then runs again; spent attempts are dead',
    {
      maxAttempts: 2,
      backoff: () => 300,
    },
    async (q) => {
      await q.enqueue(jobs(1));
      const [first] = await q.claim(claimOpts(1));
      assert.equal(await q.fail(first, 'database unreachable'), 'failed');
      assert.equal((await q.status()).failed, 1);
      assert.deepEqual(await q.claim(claimOpts(1)), [], 'claimed before its backoff');
      await sleep(400);
      const [second] = await q.claim(claimOpts(1));
      assert.equal(second.attempts, 2);
      assert.equal(await q.fail(second, 'still unreachable'), 'dead');
      await sleep(400);
      assert.deepEqual(await q.claim(claimOpts(1)), []);
      assert.equal((await q.status()).dead, 1);
      assert.equal(await q.retryDead(), 1);
      const [third] = await q.claim(claimOpts(1));
      assert.equal(third.attempts, 1);
    },
  );

  withQueue('a final failure is dead at once; a lost lease cannot fail', {}, async (q) => {
    await q.enqueue(jobs(2));
    const [a, b] = await q.claim(claimOpts(2));
    assert.equal(await q.fail(a, 'not an article', { final: true }), 'dead');
    assert.equal(await q.fail(a, 'again'), null);
    assert.equal(await q.fail({ ...b, lease: 'someone-else' }, 'x'), null);
    const s = await q.status();
    assert.deepEqual([s.dead, s.running], [1, 1]);
  });

  withQueue(
    'an expired lease goes to another worker; the old one can neither extend nor ack it',
    {
      backoff: () => 60_000,
    },
    async (q, open) => {
      await q.enqueue(jobs(2));
      const held = await q.claim(claimOpts(2, 200, 'killed'));
      await sleep(350);
      assert.equal((await q.status()).expired, 2);
      const other = await open();
      try {
        // Expired leases are retried at once, not after the backoff of an ordinary failure.
        const again = await other.claim(claimOpts(5, 10_000, 'survivor'));
        assert.deepEqual(ns(again), [0, 1]);
        assert.ok(again.every((j) => j.attempts === 2));
        assert.equal(await q.extend(held, 10_000), 0);
        assert.equal(await q.ack(held), 0);
        assert.equal(await other.ack(again), 2);
        const s = await other.status();
        assert.deepEqual([s.done, s.running, s.failed], [2, 0, 0]);
      } finally {
        await other.close();
      }
    },
  );

  withQueue('a lease that expired unnoticed still acks: the work was done', {}, async (q) => {
    await q.enqueue(jobs(1));
    const held = await q.claim(claimOpts(1, 100));
    await sleep(250);
    assert.equal(await q.ack(held), 1);
    assert.equal((await q.status()).done, 1);
  });

  withQueue('extend keeps a lease past its first deadline', {}, async (q) => {
    await q.enqueue(jobs(1));
    const held = await q.claim(claimOpts(1, 300));
    for (let i = 0; i < 3; i++) {
      await sleep(150);
      assert.equal(await q.extend(held, 300), 1);
    }
    assert.deepEqual(await q.claim(claimOpts(1, 300, 'w2')), []);
    assert.equal(await q.ack(held), 1);
  });

  withQueue('expired leases on the last attempt are dead', { maxAttempts: 1 }, async (q) => {
    await q.enqueue(jobs(1));
    await q.claim(claimOpts(1, 100));
    await sleep(250);
    assert.deepEqual(await q.claim(claimOpts(1)), []);
    const s = await q.status();
    assert.deepEqual([s.dead, s.running], [1, 0]);
  });

  withQueue('workers claiming at once get disjoint jobs that cover the queue', {}, async (q, open) => {
    await q.enqueue(jobs(200));
    const others = await Promise.all([open(), open(), open()]);
    try {
      const handles = [q, ...others];
      const got: number[] = [];
      const worker = async (h: Queue<Payload>, name: string) => {
        for (;;) {
          const js = await h.claim(claimOpts(7, 10_000, name));
          if (js.length === 0) return;
          got.push(...ns(js));
          assert.equal(await h.ack(js), js.length);
        }
      };
      await Promise.all(handles.map((h, i) => worker(h, `w${i}`)));
      assert.equal(got.length, 200);
      assert.deepEqual(
        [...got].sort((a, b) => a - b),
        Array.from({ length: 200 }, (_, i) => i),
      );
      assert.equal((await q.status()).done, 200);
    } finally {
      for (const h of others) await h.close();
    }
  });

  withQueue('requeue puts done and dead jobs back, leaves waiting ones alone', {}, async (q) => {
    await q.enqueue(jobs(3));
    const [a, b] = await q.claim(claimOpts(2));
    await q.ack([a]);
    await q.fail(b, 'bad', { final: true });
    const r = await q.enqueue(
      jobs(3).map((j) => ({ ...j, payload: { n: j.payload.n + 10 } })),
      { requeue: true },
    );
    assert.deepEqual(r, { added: 0, existing: 1, requeued: 2 });
    const again = await q.claim(claimOpts(5));
    assert.deepEqual(
      ns(again).sort((x, y) => x - y),
      [2, 10, 11],
    );
    assert.ok(again.every((j) => j.attempts === 1));
  });

  withQueue('prune deletes done jobs finished before a date', {}, async (q) => {
    await q.enqueue(jobs(3));
    const claimed = await q.claim(claimOpts(2));
    await q.ack(claimed);
    assert.equal(await q.prune(new Date(Date.now() - 60_000)), 0);
    assert.equal(await q.prune(new Date(Date.now() + 60_000)), 2);
    const s = await q.status();
    assert.deepEqual([s.done, s.pending], [0, 1]);
    // A pruned key can be enqueued again.
    assert.equal((await q.enqueue(jobs(1))).added, 1);
  });
}
