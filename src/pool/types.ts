// What crosses between the main thread and a coding worker: plain JSON-like data only.
import type { Article, Doc } from '../model/index.ts';

/** How each worker builds its coder: the same options as `createCoder`. */
export interface CoderSetup {
  dictionaries?: readonly string[];
  bundled?: boolean;
  /** Keep tokens and dropped candidates in the docs (the store needs neither). */
  full?: boolean;
}

export type WorkerTask = { kind: 'code'; articles: Article[] } | { kind: 'info' };

/**
 * A doc as a worker sends it back: without its article (the main thread has it) and, unless
 * `full`, without tokens and dropped candidates, so the copy between threads stays small.
 */
export type DocParts = Omit<Doc, 'article'> & { article?: Article };

export type CodeOutcome = { doc: Doc } | { error: string };

export type WorkerOutcome = { parts: DocParts } | { error: string };

export interface WorkerInfo {
  /** `coderFingerprint` of the worker's coder: must equal the main thread's. */
  fingerprint: string;
  /** Time to build the coder in the worker (dictionaries read and compiled). */
  loadMs: number;
  /** The worker's V8 heap in use and its peak so far, in bytes. */
  heapUsed: number;
  heapPeak: number;
}

/** Codes articles, in order, one outcome each. */
export type CodeMany = (articles: readonly Article[]) => Promise<CodeOutcome[]>;

/** The environment variable carrying a coding child process's `CoderSetup` (JSON). */
export const CHILD_SETUP_ENV = 'DYAD_POOL_SETUP';

/** Parent → coding child process, and back. */
export interface ChildRequest {
  id: number;
  task: WorkerTask;
}
export type ChildReply =
  | { ready: true }
  | { failed: string }
  | { id: number; result: WorkerOutcome[] | WorkerInfo };
