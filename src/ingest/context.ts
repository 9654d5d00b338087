// What every reader shares during one run: the fetcher, defaults, feed state, logging.

import type { FeedStates } from './feed-state.ts';
import { createFetcher, type Fetcher, type FetchOptions } from './fetch.ts';

/** What one feed gave in a poll (`dyad watch` sums these into its log line). */
export interface FeedReport {
  feed: string;
  /** 304: unchanged since the last poll, nothing read. */
  notModified: boolean;
  items: number;
  /** Items not read before (all of them without feed state). */
  fresh: number;
}

export interface IngestOptions {
  /** Publication date for inputs that carry none (`--date`, YYYY-MM-DD). */
  date?: string;
  /** Cap for a file read whole (HTML, text); WARC and JSONL files are streamed. Default 100 MB. */
  maxFileBytes?: number;
  /** A web page with less text than this is not an article. Default 100. */
  minChars?: number;
  /** Fetch feed items' pages (default true); when false the feed's own content is read. */
  fetchItems?: boolean;
  fetch?: FetchOptions;
  /** Shared by several runs (`dyad watch`) so politeness holds across polls. */
  fetcher?: Fetcher;
  /** Conditional GET and seen items for feeds (`dyad watch`). */
  feedStates?: FeedStates;
  stdin?: AsyncIterable<Uint8Array>;
  /** Progress lines (one per feed and per directory). */
  log?: (line: string) => void;
  onFeed?: (report: FeedReport) => void;
}

export interface ReadContext {
  fetcher: Fetcher;
  date?: string;
  maxFileBytes: number;
  minChars: number;
  fetchItems: boolean;
  feedStates?: FeedStates;
  /** Standard input, unless a test passes another stream (process.stdin is opened lazily). */
  stdin?: AsyncIterable<Uint8Array>;
  log: (line: string) => void;
  onFeed: (report: FeedReport) => void;
  /** Canonical URLs fetched in this run: a page linked from two feeds is fetched once. */
  fetched: Set<string>;
}

export function createContext(opts: IngestOptions = {}): ReadContext {
  return {
    fetcher: opts.fetcher ?? createFetcher(opts.fetch),
    date: opts.date,
    maxFileBytes: opts.maxFileBytes ?? 100 * 1024 * 1024,
    minChars: opts.minChars ?? 100,
    fetchItems: opts.fetchItems ?? true,
    feedStates: opts.feedStates,
    stdin: opts.stdin,
    log: opts.log ?? (() => {}),
    onFeed: opts.onFeed ?? (() => {}),
    fetched: new Set(),
  };
}
