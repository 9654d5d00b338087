// Public face of src/queue: a job queue with leases, retries and a dead-letter state, on
// PostgreSQL for many machines (or in memory for one process).
export { type ArticleJob, articleJob, isArticleJob } from './article-job.ts';
export { DEFAULT_MAX_ATTEMPTS, exponentialBackoff } from './backoff.ts';
export { createEnqueuer, type Enqueuer, type EnqueuerOptions } from './enqueuer.ts';
export { memoryQueue } from './memory.ts';
export { isQueueUrl, openQueue } from './open.ts';
export type * from './types.ts';
export { JOB_STATES } from './types.ts';
