// Public face of src/store: open a store, write coded articles, read them back.
export { coderFingerprint } from './fingerprint.ts';
export { articleId, eventId, normalizeText, quoteId } from './ids.ts';
export {
  createIngestor,
  DEFAULT_BATCH,
  type IngestItem,
  type IngestOptions,
  type Ingestor,
  type IngestSummary,
  storedArticleId,
} from './ingest.ts';
export { MIGRATIONS } from './migrations/index.ts';
export { DEFAULT_DB, isPostgresUrl, openStore } from './open.ts';
export { weekOf } from './queries/aggregates.ts';
export type * from './types.ts';
