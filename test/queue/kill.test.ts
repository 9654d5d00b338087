// Two `dyad worker` processes on PostgreSQL over 5,000 jobs; one is killed with SIGKILL
// midway, holding a claimed batch. Its leases run out, the other worker finishes its jobs,
// and the end state is exactly that of an ingest never interrupted: every job done, the
// same article, event and cluster ids and counts, nothing lost and nothing twice.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { feedInputs, readInputs } from '../../src/cli/ingest.ts';
import { runEnqueue } from '../../src/cli/queue.ts';
import { coderFingerprint, createIngestor, openStore } from '../../src/store/index.ts';
import { fixtureCoder } from '../helpers/coder.ts';
import { PROJECT_ROOT } from '../helpers/shared.ts';
import { PG_SKIP, PG_URL, pgSchemas } from '../store/pg.ts';
import { snapshot } from '../store/store.case.ts';
import { FIXTURE_DICT, syntheticArticles, writeJsonl } from '../store/synthetic.ts';

const JOBS = 5000;
const KILL_AFTER = 2000;
const schemas = pgSchemas('kill');
after(() => schemas.dropAll());

function worker(url: string): ChildProcess {
  const args = ['bin/dyad.js', 'worker', '--db', url, '--dict', FIXTURE_DICT, '--no-bundled-dict'];
  args.push('--batch', '25', '--lease', '3', '--poll', '0.2', '--exit-when-done', '--json', '--quiet');
  return spawn(process.execPath, args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

function exit(child: ChildProcess): Promise<{ code: number | null; signal: string | null; out: string }> {
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, out })));
}

/** Ingested in this process, never interrupted, into a throwaway SQLite database. */
async function reference(files: string[]) {
  const store = await openStore(':memory:');
  try {
    const coder = fixtureCoder();
    const ingestor = createIngestor(store, { coder, fingerprint: coderFingerprint(coder) });
    for (const next of readInputs(files)) if ('item' in next) await ingestor.add(next.item);
    await ingestor.finish();
    return await snapshot(store);
  } finally {
    await store.close();
  }
}

test('a worker killed mid-batch loses nothing: the other finishes every job exactly once in effect', {
  skip: PG_SKIP,
  timeout: 300_000,
}, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-kill-'));
  const url = schemas.next();
  const schema = new URL(url).searchParams.get('schema');
  const db = new pg.Client({ connectionString: PG_URL });
  await db.connect();
  const count = async (where: string) =>
    (await db.query(`select count(*)::int as n from "${schema}".jobs where ${where}`)).rows[0].n as number;
  try {
    const files = writeJsonl(dir, syntheticArticles(JOBS, 8, false), 1000);
    assert.equal(
      await runEnqueue(
        (ing) => feedInputs(files, {}, ing),
        { db: url },
        () => {},
      ),
      0,
    );
    assert.equal(await count('true'), JOBS);

    const [a, b] = [worker(url), worker(url)];
    const [aExit, bExit] = [exit(a), exit(b)];
    let aGone = false;
    void aExit.then(() => (aGone = true));
    // Kill `a` while it holds a claimed batch, once enough is done that it is midway. It is
    // frozen first (SIGSTOP) and killed only if it still holds the batch then: between a check
    // and the kill it could otherwise acknowledge the batch and hold nothing.
    const holding = async () => (await count(`worker like '%:${a.pid}' and state = 'running'`)) > 0;
    for (;;) {
      if (aGone) assert.fail(`worker a exited before it could be killed: ${(await aExit).out}`);
      if ((await count(`state = 'done'`)) >= KILL_AFTER && (await holding())) {
        a.kill('SIGSTOP');
        if (await holding()) break;
        a.kill('SIGCONT');
      }
      await sleep(50);
    }
    a.kill('SIGKILL');
    const killed = await aExit;
    assert.equal(killed.signal, 'SIGKILL');
    const held = await count(`worker like '%:${a.pid}' and state = 'running'`);
    assert.ok(held > 0, 'the killed worker held no jobs');

    const survivor = await bExit;
    assert.equal(survivor.code, 0, survivor.out);
    const summary = JSON.parse(survivor.out.trim().split('\n').pop()!);
    assert.ok(summary.jobs_done > JOBS - KILL_AFTER - 1000, `the survivor did ${summary.jobs_done} jobs`);

    // Every job done; the killed worker's batch ran a second time.
    assert.equal(await count(`state = 'done'`), JOBS);
    assert.ok((await count('attempts >= 2')) >= held);

    const store = await openStore(url);
    try {
      const got = await snapshot(store);
      const want = await reference(files);
      assert.equal(want.articles.length, JOBS);
      assert.ok(want.events.length > JOBS / 2, `${want.events.length} events`);
      assert.equal(got.articles.length, want.articles.length);
      assert.equal(got.events.length, want.events.length);
      assert.equal(got.clusters.length, want.clusters.length);
      assert.deepEqual(got, want);
      const runs = (await store.runs()).filter((r) => r.command === 'worker');
      assert.deepEqual(runs.map((r) => r.status).sort(), ['done', 'running']);
      assert.deepEqual(await store.errors(), []);
    } finally {
      await store.close();
    }
    const sums = await db.query(
      `select (select sum(n_events)::int from "${schema}".articles) as n, (select count(*)::int from "${schema}".events) as e`,
    );
    assert.equal(sums.rows[0].n, sums.rows[0].e);
  } finally {
    await db.end();
    rmSync(dir, { recursive: true, force: true });
  }
});
