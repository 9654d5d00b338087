// `dyad ingest --threads N` (worker threads or child processes) stores and reports exactly
// what one thread does; `--queue`
// needs PostgreSQL and says so.
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { runIngest } from '../../src/cli/ingest.ts';
import { formatStatus, runEnqueue } from '../../src/cli/queue.ts';
import { DyadError } from '../../src/errors.ts';
import { chooseThreads, POOL_MIN_BYTES } from '../../src/pool/index.ts';
import { openStore } from '../../src/store/index.ts';
import { fixtureCoder } from '../helpers/coder.ts';
import { snapshot } from '../store/store.case.ts';
import { FIXTURE_DICT, syntheticArticles, writeJsonl } from '../store/synthetic.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-threads-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('--threads 2 stores, counts and reports what one thread does, on threads or processes', {
  timeout: 240_000,
}, async () => {
  const files = writeJsonl(dir, syntheticArticles(400, 21, true), 150);
  appendFileSync(files[0], '{"id": "broken", "text": \n');
  const runs = [];
  for (const [threads, pool] of [[undefined], [2, 'threads'], [2, 'processes']] as const) {
    const db = join(dir, `t${threads ?? 1}${pool ?? ''}.sqlite`);
    let out = '';
    const opts = { db, batch: 50, threads, pool, dict: [FIXTURE_DICT], bundledDict: false };
    assert.equal(await runIngest(fixtureCoder(), files, opts, (s) => (out += s)), 0);
    const store = await openStore(db);
    try {
      runs.push({
        line: out.replace(/stored in .*?: /, '').replace(/run [\w-]+/, 'run'),
        snap: await snapshot(store),
      });
    } finally {
      await store.close();
    }
  }
  assert.match(runs[0].line, /^400 articles new, 0 duplicate, 0 re-coded, 1 failed;/);
  assert.deepEqual(runs[1], runs[0]);
  assert.deepEqual(runs[2], runs[0]);
});

test('threads: as asked; by default one per core, but one for small inputs', () => {
  const small = writeJsonl(mkdtempSync(join(dir, 's')), syntheticArticles(10), 10);
  assert.equal(chooseThreads(undefined, small), 1);
  assert.equal(chooseThreads(3, small), 3);
  assert.equal(chooseThreads('auto', small), 1);
  const big = join(dir, 'big.jsonl');
  appendFileSync(big, 'x'.repeat(POOL_MIN_BYTES));
  assert.ok(chooseThreads('auto', [big]) >= 1);
});

test('--queue needs a postgres:// database', async () => {
  await assert.rejects(
    runEnqueue(
      async () => {},
      { db: join(dir, 'q.sqlite') },
      () => {},
    ),
    (e: unknown) => e instanceof DyadError && /--queue needs a postgres:\/\/ --db/.test(e.message),
  );
});

test('queue status reads as a table', () => {
  const text = formatStatus({
    pending: 1200,
    running: 64,
    failed: 3,
    done: 51234,
    dead: 1,
    expired: 2,
    workers: 2,
    doneLastMinute: 1800,
    doneLastHour: 90000,
    oldestWaiting: '2025-04-08T10:00:00.000Z',
  });
  assert.match(text, /^pending {8}1,200\n/);
  assert.match(text, /running {8}64 \(2 workers, 2 leases expired\)/);
  assert.match(text, /throughput {5}1,800 jobs in the last minute \(30\.0\/s\), 90,000 in the last hour/);
  assert.match(text, /dead {11}1\n/);
});
