// An ingestor that enqueues instead of coding: whatever feeds `dyad ingest` (the line reader,
// the page, feed and WARC readers) feeds this the same way, and `dyad worker`s do the rest.
// Inputs that cannot be read become error rows in the store, as in a local ingest.
import { DyadError } from '../errors.ts';
import type { ErrorInput, Ingestor, IngestSummary, Store } from '../store/index.ts';
import { type ArticleJob, articleJob } from './article-job.ts';
import type { EnqueueResult, JobInput, Queue } from './types.ts';

const BATCH = 500;

export interface EnqueuerOptions {
  runId?: string | null;
  /** Put done and dead jobs back, to be coded again (`--recode`). */
  recode?: boolean;
  strict?: boolean;
}

export interface Enqueuer extends Ingestor {
  /** Jobs added, already queued, and re-queued so far. */
  readonly queued: EnqueueResult;
}

export function createEnqueuer(store: Store, queue: Queue<ArticleJob>, opts: EnqueuerOptions = {}): Enqueuer {
  const queued: EnqueueResult = { added: 0, existing: 0, requeued: 0 };
  const summary: IngestSummary = {
    articles_new: 0,
    articles_duplicate: 0,
    articles_recoded: 0,
    articles_failed: 0,
    events: 0,
    clusters: 0,
    errors: 0,
  };
  let jobs: JobInput<ArticleJob>[] = [];
  let errors: ErrorInput[] = [];

  async function flush(): Promise<void> {
    if (jobs.length) {
      const r = await queue.enqueue(jobs, { requeue: opts.recode });
      queued.added += r.added;
      queued.existing += r.existing;
      queued.requeued += r.requeued;
    }
    if (errors.length) await store.write([], errors, opts.runId ?? null);
    summary.errors += errors.length;
    jobs = [];
    errors = [];
  }

  return {
    summary,
    queued,
    async add(item) {
      jobs.push(articleJob(item, opts.recode));
      if (jobs.length + errors.length >= BATCH) await flush();
    },
    async fail(error) {
      if (opts.strict) throw new DyadError('DYAD_E_INPUT', `${error.input}: ${error.message}`);
      summary.articles_failed++;
      errors.push(error);
      if (jobs.length + errors.length >= BATCH) await flush();
    },
    async finish() {
      await flush();
      return summary;
    },
  };
}
