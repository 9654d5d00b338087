// One claimed batch of article jobs: coded (in parallel where there are threads), stored in
// one transaction under the write lock, then acknowledged. Storing is idempotent (article id
// = hash of the text, event ids from what the event is), so a job run twice after a lost
// lease leaves the store as running it once would.
import type { CodeMany } from '../pool/index.ts';
import { createCodingIngestor } from '../pool/index.ts';
import { type ArticleJob, isArticleJob, type Job, type Queue } from '../queue/index.ts';
import type { IngestSummary, Store } from '../store/index.ts';
import type { WriteLock } from './write-lock.ts';

export interface BatchContext {
  queue: Queue<ArticleJob>;
  store: Store;
  codeMany: CodeMany;
  fingerprint: string;
  runId: string | null;
  lock: WriteLock;
}

export interface BatchResult {
  summary: IngestSummary;
  done: number;
  /** Attempts that failed (to be retried) and jobs that are dead. */
  failed: number;
  dead: number;
  /** Milliseconds waiting for the write lock, and writing under it (the part that does not scale out). */
  lockWaitMs: number;
  writeMs: number;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function emptySummary(): IngestSummary {
  return {
    articles_new: 0,
    articles_duplicate: 0,
    articles_recoded: 0,
    articles_failed: 0,
    events: 0,
    clusters: 0,
    errors: 0,
  };
}

export function addSummary(into: IngestSummary, s: IngestSummary): void {
  for (const k of Object.keys(emptySummary()) as (keyof IngestSummary)[]) into[k] += s[k];
}

/** Codes and stores the jobs' articles in one write; throws if the write fails. */
async function store(
  ctx: BatchContext,
  jobs: Job<ArticleJob>[],
  recode: boolean,
  out: BatchResult,
): Promise<IngestSummary> {
  const ingestor = createCodingIngestor(ctx.store, {
    codeMany: ctx.codeMany,
    fingerprint: ctx.fingerprint,
    runId: ctx.runId,
    recode,
    batchSize: jobs.length + 1,
  });
  for (const j of jobs) {
    const { article, input, html, doc } = j.payload;
    await ingestor.add({ article, input, html: html ?? null, ...(doc ? { doc } : {}) });
  }
  await ingestor.drain();
  const asked = performance.now();
  let got = asked;
  try {
    return await ctx.lock.run(() => {
      got = performance.now();
      return ingestor.finish();
    });
  } finally {
    out.lockWaitMs += got - asked;
    out.writeMs += performance.now() - got;
  }
}

async function storeAndAck(ctx: BatchContext, jobs: Job<ArticleJob>[], out: BatchResult): Promise<void> {
  for (const recode of [false, true]) {
    const group = jobs.filter((j) => (j.payload.recode === true) === recode);
    if (group.length) addSummary(out.summary, await store(ctx, group, recode, out));
  }
  out.done += await ctx.queue.ack(jobs);
}

async function failed(
  ctx: BatchContext,
  job: Job<ArticleJob>,
  error: string,
  out: BatchResult,
  final = false,
) {
  const state = await ctx.queue.fail(job, error, { final });
  if (state === 'dead') out.dead++;
  else if (state === 'failed') out.failed++;
}

export async function runBatch(ctx: BatchContext, jobs: Job<ArticleJob>[]): Promise<BatchResult> {
  const out: BatchResult = {
    summary: emptySummary(),
    done: 0,
    failed: 0,
    dead: 0,
    lockWaitMs: 0,
    writeMs: 0,
  };
  const good: Job<ArticleJob>[] = [];
  for (const j of jobs) {
    if (isArticleJob(j.payload)) good.push(j);
    else await failed(ctx, j, 'the payload is not an article job', out, true);
  }
  if (good.length === 0) return out;
  try {
    await storeAndAck(ctx, good, out);
  } catch (e) {
    if (good.length === 1) {
      await failed(ctx, good[0], message(e), out);
      return out;
    }
    // One job may be what breaks the write: alone, the others still go through.
    for (const j of good) {
      try {
        await storeAndAck(ctx, [j], out);
      } catch (e1) {
        await failed(ctx, j, message(e1), out);
      }
    }
  }
  return out;
}
