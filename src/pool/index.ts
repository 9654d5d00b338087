// Public face of src/pool: coding on worker threads (piscina), and the store's ingestor fed
// by any asynchronous coder (the pool, or the calling thread in slices).

export { inProcessCodeMany } from './in-process.ts';
export { type CodingIngestor, type CodingIngestorOptions, createCodingIngestor } from './ingest.ts';
export { type CodingPool, createCodingPool, type PoolKind, type PoolOptions } from './pool.ts';
export { chooseThreads, defaultThreads, POOL_MIN_BYTES } from './threads.ts';
export type * from './types.ts';
