// The crash test, for either engine: an ingest of 2,000+ articles killed with SIGKILL midway,
// then run again, must end with exactly the articles, events and clusters of a run that was
// never interrupted (same ids, same counts).
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { runIngest } from '../../src/cli/ingest.ts';
import { createCoder } from '../../src/coder/index.ts';
import { openStore } from '../../src/store/index.ts';
import { PROJECT_ROOT } from '../helpers/shared.ts';
import { snapshot } from './store.case.ts';
import { FIXTURE_DICT, syntheticArticles, writeJsonl } from './synthetic.ts';

export const ARTICLES = 2000;
const KILL_AT = 400;

export interface Engine {
  name: string;
  /** A fresh database (`label` says which run it is for). */
  url(label: string): string;
  /** Articles stored so far (null while the tables do not exist yet). */
  count(url: string): Promise<number | null>;
  cleanup(): Promise<void>;
}

function ingest(url: string, files: string[]): ChildProcess {
  const args = [
    'bin/dyad.js',
    'ingest',
    ...files,
    '--db',
    url,
    '--batch',
    '100',
    '--dict',
    FIXTURE_DICT,
    '--no-bundled-dict',
  ];
  return spawn(process.execPath, args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

function exit(
  child: ChildProcess,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }> {
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, out })));
}

export function crashTest(engine: Engine, skip: string | false = false): void {
  test(`${engine.name}: an ingest killed midway and run again ends as if never interrupted`, {
    skip,
    timeout: 240_000,
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-crash-'));
    try {
      const files = writeJsonl(dir, syntheticArticles(ARTICLES, 42, false));
      // A broken line and an exact duplicate: recorded and skipped, on every run alike.
      appendFileSync(files[0], '{"id": "broken", "text": \n');
      appendFileSync(
        files[1],
        `${JSON.stringify({ id: 'copy', date: '2025-02-01', text: syntheticArticles(1, 42, false)[0].text })}\n`,
      );

      // The uninterrupted run, in this process (the same code the command runs).
      const reference = engine.url('reference');
      const coder = createCoder({ dictionaries: [FIXTURE_DICT], bundled: false });
      assert.equal(await runIngest(coder, files, { db: reference, batch: 100 }, () => {}), 0);

      const crashed = engine.url('crashed');
      const child = ingest(crashed, files);
      const done = exit(child);
      let stored: number | null = null;
      let exited = false;
      void done.then(() => (exited = true));
      while (!exited) {
        stored = await engine.count(crashed);
        if (stored !== null && stored >= KILL_AT) break;
        await sleep(10);
      }
      assert.ok(!exited, 'the ingest finished before it could be killed');
      child.kill('SIGKILL');
      const killed = await done;
      assert.equal(killed.signal, 'SIGKILL');
      const partial = (await engine.count(crashed)) ?? 0;
      assert.ok(partial >= KILL_AT && partial < ARTICLES, `${partial} articles stored when killed`);

      const again = await exit(ingest(crashed, files));
      assert.equal(again.code, 0, again.out);
      // What the killed run committed is skipped, the rest stored (the copy is a duplicate too).
      const n = (x: number) => x.toLocaleString('en-US');
      assert.match(
        again.out,
        new RegExp(
          `: ${n(ARTICLES - partial)} articles new, ${n(partial + 1)} duplicate, 0 re-coded, 1 failed;`,
        ),
      );

      const a = await openStore(reference);
      const b = await openStore(crashed);
      try {
        const [want, got] = [await snapshot(a), await snapshot(b)];
        assert.equal(want.articles.length, ARTICLES);
        assert.ok(want.events.length > ARTICLES / 2, `${want.events.length} events`);
        assert.ok(want.clusters.some((c) => c.n_articles >= 3));
        assert.equal(got.articles.length, want.articles.length);
        assert.equal(got.events.length, want.events.length);
        assert.equal(got.clusters.length, want.clusters.length);
        assert.deepEqual(got, want);
        const runs = await b.runs();
        assert.deepEqual(runs.map((r) => r.status).sort(), ['done', 'running']);
        // The broken line is recorded by every run that got to it before being killed.
        assert.ok((await b.errors()).length >= 1);
      } finally {
        await a.close();
        await b.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await engine.cleanup();
    }
  });
}
