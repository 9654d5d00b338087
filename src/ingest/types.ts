// The reader contract: every reader turns one input into a stream of results, each an
// article or an error naming the input. Readers never throw for bad input.
import type { ErrorCode } from '../errors.ts';
import type { Article } from '../model/index.ts';
import type { ReadContext } from './context.ts';

/** Where an article was seen: a story syndicated by two outlets has two sources. */
export interface ArticleSource {
  url?: string;
  /** Outlet or domain. */
  source?: string;
  /** The input that produced it (`file`, `file:line`, a URL, `warc#offset`). */
  input: string;
}

/** An article as ingest produces it: the model's Article plus what the page told us. */
export interface IngestArticle extends Article {
  /** The HTML the text was extracted from. */
  rawHtml?: string;
  author?: string;
  /** The page's canonical URL, cleaned of tracking parameters. */
  canonicalUrl?: string;
  /** Every place this story was seen, first one first. */
  sources: ArticleSource[];
}

export type IngestStage = 'read' | 'sniff' | 'fetch' | 'decode' | 'extract' | 'feed' | 'warc' | 'parse';

/** A recoverable problem with one input; the same shape as a row of the store's errors table. */
export interface IngestError {
  input: string;
  stage: IngestStage;
  code: ErrorCode;
  message: string;
}

export type ReadResult =
  | {
      ok: true;
      article: IngestArticle;
      /** Where it came from, as named in errors. */
      input: string;
      /** Set when the same story was already read in this run: only its source is new. */
      duplicateOf?: string;
    }
  | { ok: false; error: IngestError };

/** Metadata an input already carries about an article (a feed item, a WARC record). */
export interface Hints {
  url?: string;
  title?: string;
  published?: string;
  author?: string;
  lang?: string;
  source?: string;
}

/**
 * Bytes to read: a file, a fetched page, a WARC record, stdin. `head` is the start of the
 * content (for sniffing); `chunks()` streams all of it, `bytes()` buffers it (capped).
 */
export interface Source {
  name: string;
  /** The input's own id when it holds one article (a file's name); else the content hash. */
  id?: string;
  head: Uint8Array;
  chunks(): AsyncIterable<Uint8Array>;
  /** The whole content; fails with DYAD_E_TOO_LARGE past `maxBytes`. */
  bytes(maxBytes: number): Promise<Uint8Array>;
  /** The media type the server or archive declared (`text/html; charset=…`). */
  contentType?: string;
  /** The URL the content was served from (after redirects). */
  url?: string;
  hints?: Hints;
}

export interface Reader<I = Source> {
  readonly name: string;
  read(input: I, ctx: ReadContext): AsyncIterable<ReadResult>;
}
