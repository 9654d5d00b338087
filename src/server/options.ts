import type { Coder } from '../coder/index.ts';
import type { Store } from '../store/index.ts';

export interface ServerOptions {
  store: Store;
  /**
   * The bearer token that enables `POST /articles` (`DYAD_TOKEN`). Without one the server is
   * read-only.
   */
  token?: string | null;
  /** The coder for `POST /articles`, made on first use (loading dictionaries takes a second). */
  coder?: () => Pick<Coder, 'code' | 'lexicon'>;
  /** The built dashboard (web/dist); without one `/` explains how to build it. */
  webDir?: string | null;
  /** Origins allowed by CORS; none (the default) sends no CORS headers at all. */
  corsOrigins?: readonly string[];
  /** Largest request body in bytes (default 1 MiB). */
  maxBodyBytes?: number;
}

export const DEFAULT_MAX_BODY = 1024 * 1024;
