// Worker processes on PostgreSQL: the first N articles of a corpus enqueued, then drained by
// 1 and by 2 `dyad worker` processes (each run on a schema of its own, dropped after).
// Throughput is counted from the first claim to the last acknowledgement (start-up apart),
// and each worker reports its peak RSS.
// Usage: node --import tsx bench/queue.bench.ts [CORPUS.jsonl] [--limit N] [--workers 1,2] [--batch B]
//        [--node-flags '--max-old-space-size=160 --max-semi-space-size=2']
// Database: DYAD_BENCH_PG_URL, else DYAD_TEST_PG_URL, else postgres://postgres@127.0.0.1:5432/test.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { feedInputs } from '../src/cli/ingest.ts';
import { runEnqueue } from '../src/cli/queue.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const limit = Number(opt('--limit', '400'));
const batch = opt('--batch', '16');
/** Node flags for the worker processes, e.g. '--max-old-space-size=160 --max-semi-space-size=2'. */
const nodeFlags = opt('--node-flags', '').split(' ').filter(Boolean);
const counts = opt('--workers', '1,2').split(',').map(Number);
const corpus =
  args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ??
  join(root, '..', 'shared', 'corpus', 'allsides-2012-2018.jsonl');
const PG =
  process.env.DYAD_BENCH_PG_URL ?? process.env.DYAD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const round = (x: number, d = 0) => Math.round(x * 10 ** d) / 10 ** d;

/** The first `n` lines of a JSONL file, copied to `out`. */
function head(path: string, n: number, out: string): void {
  const fd = openSync(path, 'r');
  const buf = Buffer.alloc(1 << 20);
  const lines: string[] = [];
  let rest = '';
  try {
    while (lines.length < n) {
      const got = readSync(fd, buf, 0, buf.length, null);
      if (got <= 0) break;
      const parts = (rest + buf.toString('utf8', 0, got)).split('\n');
      rest = parts.pop() ?? '';
      for (const l of parts) if (l.trim() && lines.length < n) lines.push(l);
    }
  } finally {
    closeSync(fd);
  }
  writeFileSync(out, `${lines.join('\n')}\n`);
}

function worker(url: string): Promise<Record<string, number>> {
  const args = [
    'bin/dyad.js',
    'worker',
    '--db',
    url,
    '--batch',
    batch,
    '--exit-when-done',
    '--json',
    '--quiet',
  ];
  const child = spawn(process.execPath, [...nodeFlags, ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  return new Promise((resolve, reject) =>
    child.on('close', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').pop()!))
        : reject(new Error(`worker exited ${code}`)),
    ),
  );
}

async function once(file: string, n: number, db: pg.Client) {
  const schema = `dyad_bench_${randomBytes(4).toString('hex')}`;
  const u = new URL(PG);
  u.searchParams.set('schema', schema);
  const url = u.toString();
  try {
    await runEnqueue(
      (ing) => feedInputs([file], {}, ing),
      { db: url },
      () => {},
    );
    const t0 = performance.now();
    const results = await Promise.all(Array.from({ length: n }, () => worker(url)));
    const wall = (performance.now() - t0) / 1000;
    const { rows } = await db.query(
      `select count(*)::int as jobs, extract(epoch from max(finished_at) - min(started_at))::float as secs
       from "${schema}".jobs where state = 'done'`,
    );
    const { rows: sents } = await db.query(
      `select count(*)::int as events, (select count(*)::int from "${schema}".articles) as articles from "${schema}".events`,
    );
    const { rows: sizes } = await db.query(
      `select c.relname as name, pg_total_relation_size(c.oid)::float as bytes
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = $1 and c.relkind = 'r'`,
      [schema],
    );
    const kb = (name: string) =>
      round((sizes.find((r) => r.name === name)?.bytes ?? 0) / 1024 / Math.max(1, sents[0].articles), 1);
    return {
      workers: n,
      jobs: rows[0].jobs,
      articles: sents[0].articles,
      events: sents[0].events,
      steady_secs: round(rows[0].secs, 2),
      articles_per_s: round(rows[0].jobs / rows[0].secs, 1),
      wall_secs: round(wall, 2),
      per_worker: results.map((r) => ({
        jobs: r.jobs_done,
        peak_rss_mb: r.peak_rss_mb,
        write_s: r.write_s,
        lock_wait_s: r.lock_wait_s,
      })),
      /** Database size per stored article, tables with their indexes and TOAST. */
      kb_per_article: Object.fromEntries(
        ['articles', 'events', 'mentions', 'clusters', 'jobs'].map((t) => [t, kb(t)]),
      ),
    };
  } finally {
    await db.query(`drop schema if exists "${schema}" cascade`);
  }
}

if (!existsSync(corpus)) {
  console.error(`bench: ${corpus} not found (the shared corpus is not beside this clone); pass a JSONL file`);
  process.exit(0);
}
const db = new pg.Client({ connectionString: PG });
try {
  await db.connect();
} catch (e) {
  console.error(`bench: PostgreSQL at ${PG} is not reachable (${(e as Error).message}); skipped`);
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'dyad-qbench-'));
try {
  const file = join(dir, 'articles.jsonl');
  head(corpus, limit, file);
  const load = loadavg()[0];
  const runs = [];
  for (const n of counts) runs.push(await once(file, n, db));
  const base = runs.find((r) => r.workers === 1);
  console.log(
    JSON.stringify(
      {
        corpus: corpus.split('/').pop(),
        limit,
        batch: Number(batch),
        node_flags: nodeFlags.join(' '),
        load_average_before: round(load, 1),
        load_average_after: round(loadavg()[0], 1),
        runs: runs.map((r) => ({
          ...r,
          ...(base ? { speedup: round(r.articles_per_s / base.articles_per_s, 2) } : {}),
        })),
      },
      null,
      2,
    ),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
  await db.end();
}
