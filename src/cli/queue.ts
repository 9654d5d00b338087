// `dyad ingest FILES… --db postgres://… --queue`: enqueue the articles for `dyad worker`s
// instead of coding them here (inputs that cannot be read become error rows, as always);
// `dyad queue status|retry-dead|prune`: watch and tend the queue.
import type { Command } from 'commander';
import { DyadError } from '../errors.ts';
import { type ArticleJob, createEnqueuer, openQueue, type QueueStatus } from '../queue/index.ts';
import { type Ingestor, isPostgresUrl, openStore } from '../store/index.ts';
import { write } from './options.ts';

const fmt = (n: number) => n.toLocaleString('en-US');

export interface EnqueueCliOptions {
  db: string;
  recode?: boolean;
  strict?: boolean;
  json?: boolean;
}

function needsPostgres(db: string, what: string): void {
  if (!isPostgresUrl(db)) {
    throw new DyadError(
      'DYAD_E_INPUT',
      `${what} needs a postgres:// --db: the queue lives in PostgreSQL (got ${db})`,
    );
  }
}

/** Every input of `dyad ingest`, fed to an ingestor (the enqueuer here). */
export type Feed = (ingestor: Ingestor) => Promise<unknown>;

export async function runEnqueue(
  feed: Feed,
  opts: EnqueueCliOptions,
  out: (s: string) => void,
): Promise<number> {
  needsPostgres(opts.db, '--queue');
  const store = await openStore(opts.db);
  const queue = await openQueue<ArticleJob>(opts.db);
  const run = await store.startRun({ command: 'ingest', args: process.argv.slice(3), coder: null });
  const enqueuer = createEnqueuer(store, queue, { runId: run, recode: opts.recode, strict: opts.strict });
  try {
    await feed(enqueuer);
    const summary = await enqueuer.finish();
    await store.finishRun(run, summary, 'done');
    const q = enqueuer.queued;
    out(
      opts.json
        ? `${JSON.stringify({ run, queue: queue.location, ...q, errors: summary.errors })}\n`
        : `queued in ${queue.location}: ${fmt(q.added)} jobs new, ${fmt(q.existing)} already queued, ` +
            `${fmt(q.requeued)} re-queued (${fmt(summary.errors)} errors recorded, run ${run}); ` +
            'start `dyad worker --db …` to code them\n',
    );
    return 0;
  } catch (e) {
    await store.finishRun(run, enqueuer.summary, 'failed').catch(() => {});
    throw e;
  } finally {
    await queue.close();
    await store.close();
  }
}

export function formatStatus(s: QueueStatus): string {
  const rows: [string, string][] = [
    ['pending', fmt(s.pending)],
    [
      'running',
      `${fmt(s.running)} (${fmt(s.workers)} workers${s.expired ? `, ${fmt(s.expired)} leases expired` : ''})`,
    ],
    ['done', fmt(s.done)],
    ['failed', `${fmt(s.failed)} (to be retried)`],
    ['dead', fmt(s.dead)],
    [
      'throughput',
      `${fmt(s.doneLastMinute)} jobs in the last minute (${(s.doneLastMinute / 60).toFixed(1)}/s), ${fmt(s.doneLastHour)} in the last hour`,
    ],
    ['oldest waiting', s.oldestWaiting ?? '-'],
  ];
  return rows.map(([k, v]) => `${k.padEnd(15)}${v}\n`).join('');
}

async function withQueue<T>(
  db: string,
  what: string,
  fn: (q: Awaited<ReturnType<typeof openQueue>>) => Promise<T>,
) {
  needsPostgres(db, what);
  const queue = await openQueue(db);
  try {
    return await fn(queue);
  } finally {
    await queue.close();
  }
}

export function register(program: Command): void {
  const queue = program
    .command('queue')
    .description('the PostgreSQL job queue that `dyad worker`s take articles from');
  queue
    .command('status')
    .description('jobs pending, running, done, failed (to be retried) and dead; throughput')
    .requiredOption('--db <url>', 'the postgres:// database holding the queue')
    .option('--json', 'machine-readable output')
    .action(async (o) => {
      const s = await withQueue(o.db, 'dyad queue status', (q) => q.status());
      write(o.json ? `${JSON.stringify(s)}\n` : formatStatus(s));
    });
  queue
    .command('retry-dead')
    .description('put dead jobs back in the queue, their attempts reset')
    .requiredOption('--db <url>', 'the postgres:// database holding the queue')
    .action(async (o) => {
      const n = await withQueue(o.db, 'dyad queue retry-dead', (q) => q.retryDead());
      write(`${fmt(n)} dead jobs queued again\n`);
    });
  queue
    .command('prune')
    .description('delete done jobs finished more than --days ago (the articles and events stay)')
    .requiredOption('--db <url>', 'the postgres:// database holding the queue')
    .option('--days <n>', 'age in days', (v) => Number(v), 7)
    .action(async (o) => {
      if (!(o.days >= 0)) throw new DyadError('DYAD_E_INPUT', `--days ${o.days}: expected a number ≥ 0`);
      const before = new Date(Date.now() - o.days * 86_400_000);
      const n = await withQueue(o.db, 'dyad queue prune', (q) => q.prune(before));
      write(`${fmt(n)} done jobs deleted\n`);
    });
}
