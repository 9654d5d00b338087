// Store throughput and size on each engine:
//
//   node --import tsx bench/store.bench.ts [ARTICLES]          (default 5,000)
//
// Articles are synthetic wire stories (test/store/synthetic.ts), coded once up front with the
// test dictionaries, so the figures are the store's alone: hashing, duplicate lookup,
// batched writes (200 articles a transaction) and cluster upkeep. A second pass over the same
// articles measures duplicate skipping. PostgreSQL runs when DYAD_BENCH_PG_URL or
// DYAD_TEST_PG_URL is set, in a schema of its own, dropped afterwards.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createCoder } from '../src/coder/index.ts';
import type { Doc } from '../src/model/index.ts';
import { coderFingerprint, createIngestor, openStore } from '../src/store/index.ts';
import { FIXTURE_DICT, syntheticArticles } from '../test/store/synthetic.ts';

const N = Number(process.argv[2] ?? 5000);
const PG_URL = process.env.DYAD_BENCH_PG_URL ?? process.env.DYAD_TEST_PG_URL ?? '';

interface Result {
  engine: string;
  store: number;
  events: number;
  duplicates: number;
  bytes: number;
}

async function pass(
  url: string,
  docs: Doc[],
  fingerprint: string,
): Promise<{ seconds: number; events: number }> {
  const store = await openStore(url);
  const coder = {
    code: (): Doc => {
      throw new Error('already coded');
    },
  };
  const ingestor = createIngestor(store, { coder, fingerprint, batchSize: 200 });
  const t0 = performance.now();
  for (const doc of docs) await ingestor.add({ article: doc.article, input: doc.article.id, doc });
  const s = await ingestor.finish();
  const seconds = (performance.now() - t0) / 1000;
  await store.close();
  return { seconds, events: s.events };
}

async function pgSize(url: string, schema: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query(
      `select coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint as n from pg_class c
       join pg_namespace n on n.oid = c.relnamespace where n.nspname = $1 and c.relkind = 'r'`,
      [schema],
    );
    return Number(r.rows[0].n);
  } finally {
    await client.end();
  }
}

async function run(
  engine: string,
  url: string,
  docs: Doc[],
  fingerprint: string,
  size: () => Promise<number>,
): Promise<Result> {
  const first = await pass(url, docs, fingerprint);
  const second = await pass(url, docs, fingerprint);
  return {
    engine,
    store: docs.length / first.seconds,
    events: first.events / first.seconds,
    duplicates: docs.length / second.seconds,
    bytes: await size(),
  };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

async function main(): Promise<void> {
  const coder = createCoder({ dictionaries: [FIXTURE_DICT], bundled: false });
  const fingerprint = coderFingerprint(coder);
  const t0 = performance.now();
  const docs = syntheticArticles(N, 7).map((a) =>
    coder.code({
      id: a.id,
      text: a.text,
      lang: 'en',
      published: a.date,
      url: a.url,
      source: a.source,
      title: a.title,
    }),
  );
  const codeSeconds = (performance.now() - t0) / 1000;
  const events = docs.reduce((n, d) => n + d.events.length, 0);
  console.log(
    `${fmt(N)} synthetic articles, ${fmt(events)} events; coding them took ${codeSeconds.toFixed(1)} s`,
  );
  console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}\n`);

  const results: Result[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-'));
  try {
    const file = join(dir, 'bench.sqlite');
    results.push(await run('sqlite', file, docs, fingerprint, async () => statSync(file).size));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (PG_URL) {
    const schema = `dyad_bench_${process.pid}`;
    const u = new URL(PG_URL);
    u.searchParams.set('schema', schema);
    try {
      results.push(await run('postgres', u.toString(), docs, fingerprint, () => pgSize(PG_URL, schema)));
    } finally {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    }
  } else {
    console.log('postgres: skipped (set DYAD_BENCH_PG_URL or DYAD_TEST_PG_URL)\n');
  }

  console.log('engine    | articles/s stored | events/s | duplicates skipped/s | size per 1,000 articles');
  console.log('--------- | ----------------- | -------- | -------------------- | -----------------------');
  for (const r of results) {
    const mb = (r.bytes / (N / 1000) / 1e6).toFixed(2);
    console.log(
      `${r.engine.padEnd(9)} | ${fmt(r.store).padStart(17)} | ${fmt(r.events).padStart(8)} | ${fmt(r.duplicates).padStart(20)} | ${mb} MB`,
    );
  }
}

await main();
