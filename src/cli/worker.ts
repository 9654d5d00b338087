// `dyad worker --db postgres://…`: take article jobs from the queue, code them, store them,
// acknowledge them; run any number of these, on any machine. SIGINT/SIGTERM stop it after
// the batch in hand (a second signal stops it at once; its jobs go back to the queue when
// their lease runs out).
import { hostname } from 'node:os';
import { type Command, Option } from 'commander';
import { DyadError } from '../errors.ts';
import { type CodingPool, createCodingPool, inProcessCodeMany, type PoolKind } from '../pool/index.ts';
import { type ArticleJob, openQueue } from '../queue/index.ts';
import { coderFingerprint, isPostgresUrl, openStore } from '../store/index.ts';
import { pgWriteLock, runWorker, type WorkerSummary } from '../worker/index.ts';
import { coderFor, dictOption, poolOption, write } from './options.ts';

export interface WorkerCliOptions {
  db: string;
  batch: number;
  lease: number;
  poll: number;
  threads: number;
  pool?: PoolKind;
  exitWhenDone?: boolean;
  json?: boolean;
  quiet?: boolean;
  dict?: string[];
  bundledDict?: boolean;
}

const fmt = (n: number) => n.toLocaleString('en-US');
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const round2 = (x: number) => Math.round(x * 100) / 100;

function line(name: string, s: WorkerSummary, secs: number): string {
  return (
    `worker ${name}: ${fmt(s.jobs_done)} jobs done (${(s.jobs_done / Math.max(secs, 1e-3)).toFixed(1)}/s), ` +
    `${fmt(s.jobs_failed)} failed attempts, ${fmt(s.jobs_dead)} dead; ${fmt(s.articles_new)} articles new, ` +
    `${fmt(s.articles_duplicate)} duplicate, ${fmt(s.articles_recoded)} re-coded, ${fmt(s.articles_failed)} failed; ` +
    `${fmt(s.events)} events`
  );
}

export async function runWorkerCli(o: WorkerCliOptions, out: (s: string) => void): Promise<number> {
  if (!isPostgresUrl(o.db)) {
    throw new DyadError('DYAD_E_INPUT', `dyad worker needs a postgres:// --db (got ${o.db})`);
  }
  const name = `${hostname()}:${process.pid}`;
  let pool: CodingPool | null = null;
  let codeMany: ReturnType<typeof inProcessCodeMany>;
  let fingerprint: string;
  if (o.threads > 1) {
    pool = createCodingPool({
      threads: o.threads,
      kind: o.pool,
      dictionaries: o.dict,
      bundled: o.bundledDict !== false,
    });
    fingerprint = (await pool.info()).fingerprint;
    codeMany = pool.code;
  } else {
    const coder = coderFor(o);
    fingerprint = coderFingerprint(coder);
    codeMany = inProcessCodeMany(coder);
  }
  const store = await openStore(o.db);
  const queue = await openQueue<ArticleJob>(o.db);
  const lock = await pgWriteLock(o.db);
  const run = await store.startRun({ command: 'worker', args: process.argv.slice(3), coder: fingerprint });
  const stop = new AbortController();
  const onSignal = () => {
    if (stop.signal.aborted) process.exit(130);
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const started = performance.now();
  let lastReport = started;
  const secs = () => (performance.now() - started) / 1000;
  try {
    const summary = await runWorker({
      queue,
      store,
      codeMany,
      fingerprint,
      runId: run,
      lock,
      name,
      batch: o.batch,
      leaseMs: o.lease * 1000,
      pollMs: o.poll * 1000,
      exitWhenDone: o.exitWhenDone,
      signal: stop.signal,
      onBatch(s) {
        if (o.quiet || performance.now() - lastReport < 10_000) return;
        lastReport = performance.now();
        process.stderr.write(`${line(name, s, secs())}\n`);
      },
      onError: (e) => process.stderr.write(`worker ${name}: ${e instanceof Error ? e.message : String(e)}\n`),
    });
    await store.finishRun(run, summary, 'done');
    out(
      o.json
        ? `${JSON.stringify({
            worker: name,
            run,
            seconds: round2(secs()),
            peak_rss_mb: peakRssMb(),
            ...summary,
            lock_wait_s: round2(summary.lock_wait_s),
            write_s: round2(summary.write_s),
          })}\n`
        : `${line(name, summary, secs())} (run ${run})\n`,
    );
    return 0;
  } catch (e) {
    await store.finishRun(run, { ...emptyRun() }, 'failed').catch(() => {});
    throw e;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await lock.close().catch(() => {});
    await queue.close();
    await store.close();
    await pool?.close();
  }
}

const emptyRun = () => ({
  articles_new: 0,
  articles_duplicate: 0,
  articles_recoded: 0,
  articles_failed: 0,
  events: 0,
  clusters: 0,
});

const positive = (flag: string) => (v: string) => {
  const n = Number(v);
  if (!(n > 0)) throw new DyadError('DYAD_E_INPUT', `${flag} ${v}: expected a positive number`);
  return n;
};

export function register(program: Command): void {
  program
    .command('worker')
    .description(
      'take article jobs from the PostgreSQL queue, code and store them (run any number, anywhere)',
    )
    .requiredOption('--db <url>', 'the postgres:// database holding the queue and the store')
    .addOption(
      new Option('--batch <n>', 'jobs per claim (one store transaction)')
        .argParser(positive('--batch'))
        .default(32),
    )
    .addOption(
      new Option('--lease <seconds>', 'lease per claim, renewed while the batch runs')
        .argParser(positive('--lease'))
        .default(120),
    )
    .addOption(
      new Option('--poll <seconds>', 'wait between polls of an empty queue')
        .argParser(positive('--poll'))
        .default(1),
    )
    .addOption(
      new Option('--threads <n>', 'coding threads in this process (more processes scale the same)')
        .argParser(positive('--threads'))
        .default(1),
    )
    .addOption(poolOption())
    .option('--exit-when-done', 'exit once no job is waiting or running (batch runs, tests)')
    .option('--json', 'print the summary as JSON (with peak RSS)')
    .option('--quiet', 'no progress lines on stderr')
    .addOption(dictOption())
    .option('--no-bundled-dict', 'use only the --dict folders, not the bundled dictionaries')
    .addHelpText(
      'after',
      `
Memory: a coder keeps about 80 MB live; with V8's defaults a worker grew to 440-480 MB over
1,500 articles. A worker bounds its heap (the old generation grows 25% past what it keeps, the
young one stays small): 257-281 MB, about 10-15% slower. DYAD_HEAP=default gives V8 its
own settings back (docs/scaling.md).`,
    )
    .action(async (o) => {
      process.exitCode = await runWorkerCli(o, write);
    });
}
