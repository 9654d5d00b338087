// `dyad ingest --queue` reads what `dyad ingest` reads (line reader for .txt/.jsonl, the ingest
// readers for directories, pages, feeds): one job per story, bad inputs as error rows, and a
// worker then stores what a local ingest would.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { feedInputs } from '../../src/cli/ingest.ts';
import { inProcessCodeMany } from '../../src/pool/index.ts';
import { type ArticleJob, createEnqueuer, memoryQueue } from '../../src/queue/index.ts';
import { coderFingerprint, openStore } from '../../src/store/index.ts';
import { noLock, runWorker } from '../../src/worker/index.ts';
import { fixtureCoder } from '../helpers/coder.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-enqueue-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const lines = [
  { id: 'a1', date: '2025-04-08', text: 'Pakistan praised the United States on Tuesday.' },
  { id: 'a2', date: '2025-04-09', text: 'Iran accused France of violating the truce.' },
  { id: 'a1-again', date: '2025-04-08', text: ' Pakistan praised  the United States on Tuesday. ' },
];
writeFileSync(join(dir, 'in.jsonl'), `${lines.map((l) => JSON.stringify(l)).join('\n')}\n{"id": "broken",\n`);
mkdirSync(join(dir, 'folder'));
writeFileSync(join(dir, 'folder', 'story.txt'), 'The Kremlin threatened Kabul with new measures.');

test('inputs become one job per story; bad ones error rows; workers store them', async () => {
  const store = await openStore(':memory:');
  const queue = memoryQueue<ArticleJob>();
  try {
    const plain = createEnqueuer(store, queue);
    await feedInputs([join(dir, 'in.jsonl')], {}, plain);
    const s = await plain.finish();
    assert.deepEqual(plain.queued, { added: 2, existing: 1, requeued: 0 });
    assert.equal(s.errors, 1);
    assert.deepEqual(
      (await store.errors()).map((e) => [e.input.replace(dir, ''), e.message]),
      [['/in.jsonl:4', 'not valid JSON']],
    );

    const folder = createEnqueuer(store, queue);
    await feedInputs([join(dir, 'folder')], { date: '2025-04-10' }, folder);
    await folder.finish();
    assert.equal(folder.queued.added, 1);

    const coder = fixtureCoder();
    const done = await runWorker({
      queue,
      store,
      codeMany: inProcessCodeMany(coder),
      fingerprint: coderFingerprint(coder),
      runId: null,
      lock: noLock,
      name: 'test:1',
      pollMs: 10,
      exitWhenDone: true,
    });
    assert.equal(done.jobs_done, 3);
    assert.equal(done.articles_new, 3);
    const events = (await store.events({}, { order: 'asc' })).items.map(
      (e) => `${e.source} ${e.target} ${e.cameo}`,
    );
    assert.equal(events.length, 3);
    assert.ok(
      events.some((e) => e.startsWith('PAK')),
      events.join(', '),
    );
  } finally {
    await store.close();
  }
});

test('--recode puts done jobs back, to be coded again', async () => {
  const store = await openStore(':memory:');
  const queue = memoryQueue<ArticleJob>();
  try {
    const first = createEnqueuer(store, queue);
    await feedInputs([join(dir, 'in.jsonl')], {}, first);
    await first.finish();
    const [job] = await queue.claim({ worker: 'w', limit: 1, leaseMs: 1000 });
    await queue.ack([job]);
    const again = createEnqueuer(store, queue, { recode: true });
    await feedInputs([join(dir, 'in.jsonl')], {}, again);
    await again.finish();
    assert.deepEqual(again.queued, { added: 0, existing: 2, requeued: 1 });
    const claimed = await queue.claim({ worker: 'w', limit: 5, leaseMs: 1000 });
    assert.deepEqual(claimed.map((j) => j.payload.recode === true).sort(), [false, true]);
  } finally {
    await store.close();
  }
});
