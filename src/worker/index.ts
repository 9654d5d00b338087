// Public face of src/worker: a process that takes article jobs from the queue, codes them,
// stores them and acknowledges them (`dyad worker`).
export { type BatchResult, runBatch } from './batch.ts';
export { runWorker, type WorkerOptions, type WorkerSummary } from './run.ts';
export { noLock, pgWriteLock, type WriteLock } from './write-lock.ts';
