// The Store interface: one contract, two engines (SQLite, PostgreSQL). Writes come in
// batches, each batch one transaction; reads are what the CLI, exports and HTTP API need.
import type { ClusterRow } from '../cluster/index.ts';
import type { FeedStates } from '../ingest/feed-state.ts';
import type {
  Attribution,
  Casualty,
  Doc,
  Event,
  QuoteKind,
  SourceKind,
  TextSpan,
  Topic,
} from '../model/index.ts';

export type Engine = 'sqlite' | 'postgres';

/** An article as the store keeps it, before it is written. */
export interface ArticleInput {
  /** `articleId(text)`: the hash of the normalized text. */
  id: string;
  /** The input's own id (JSONL `id`, file name). */
  external_id: string | null;
  url: string | null;
  source: string | null;
  title: string | null;
  published: string | null;
  lang: string;
  text: string;
  /** The raw HTML the text was extracted from, when there was one. */
  html?: string | null;
  /** Where it came from: `file`, `file:line`. */
  input?: string | null;
}

export type ArticleStatus = 'coded' | 'failed';

/** One article with what the coder made of it (no doc when coding failed). */
export interface CodedArticle {
  article: ArticleInput;
  doc: Doc | null;
  status: ArticleStatus;
  /** Fingerprint of the coder and dictionaries that produced the events. */
  coder: string | null;
}

/** A recoverable problem with one input: it becomes a row of `errors`, the run goes on. */
export interface ErrorInput {
  input: string;
  stage: string;
  code: string;
  message: string;
}

export interface WriteResult {
  articles: number;
  events: number;
  /** Ids of the clusters created or updated by the batch. */
  clusters: string[];
  /** Ids of clusters the batch replaced (an id can be in both lists). */
  removedClusters: string[];
}

export interface StoredArticle {
  id: string;
  external_id: string | null;
  url: string | null;
  source: string | null;
  domain: string | null;
  title: string | null;
  published: string | null;
  lang: string;
  text: string;
  html: string | null;
  status: string;
  coder: string | null;
  n_events: number;
  input: string | null;
  run_id: string | null;
  ingested_at: string;
  coded_at: string | null;
}

export type ArticleSummary = Omit<StoredArticle, 'text' | 'html'>;

/**
 * The event record (the stable contract) plus the store's ids. The groups are always present
 * here, null when the actor has none (or the row was stored before the store kept them).
 */
export interface StoredEvent extends Omit<Event, 'source_group' | 'target_group'> {
  id: string;
  /** The store's article id (`Event.article` keeps the input's id). */
  article_id: string;
  cluster_id: string | null;
  /** The ethnic group or religion the source is named by (`KUR`, `MOS`): CAMEO's third code part. */
  source_group: string | null;
  target_group: string | null;
}

export interface EventDetail {
  event: StoredEvent;
  /** The sentence the event was coded from. */
  sentence: string;
  article: ArticleSummary;
}

export type Cluster = ClusterRow;

export interface ClusterDetail {
  cluster: Cluster;
  events: StoredEvent[];
  articles: ArticleSummary[];
}

/**
 * Filters on events. Actor codes of three letters (`PAK`) match every sector of that country
 * or group; longer codes match exactly. `cameo` matches the code and its children (`04`
 * matches `040`…`046`). Dates are inclusive `YYYY-MM-DD`.
 */
export interface EventFilter {
  from?: string;
  to?: string;
  source?: string;
  target?: string;
  /** Source or target. */
  actor?: string;
  /** Source or target country (or group) code. */
  country?: string;
  plover?: string;
  cameo?: string;
  quad?: number;
  /** Words in the sentence or the actor names (case-insensitive substring). */
  q?: string;
  minConfidence?: number;
  cluster?: string;
  article?: string;
  location?: string;
}

export interface ClusterFilter {
  from?: string;
  to?: string;
  source?: string;
  target?: string;
  actor?: string;
  country?: string;
  plover?: string;
  /** CAMEO root or longer code; clusters match on their root. */
  cameo?: string;
  minArticles?: number;
}

export interface ArticleFilter {
  from?: string;
  to?: string;
  domain?: string;
  status?: string;
}

export interface PageRequest {
  /** Default 100, at most 10,000. */
  limit?: number;
  /** `next` of the previous page. */
  cursor?: string | null;
  /** By day then id; newest first unless 'asc'. */
  order?: 'asc' | 'desc';
}

export interface Page<T> {
  items: T[];
  /** Cursor of the next page; null on the last one. */
  next: string | null;
}

export interface ActorCount {
  code: string;
  /** A name the actor was written as. */
  name: string | null;
  events: number;
  as_source: number;
  as_target: number;
}

export interface QuadCounts {
  1: number;
  2: number;
  3: number;
  4: number;
}

export interface TimelinePoint {
  /** The day, or the Monday starting the ISO week. */
  period: string;
  events: number;
  quads: QuadCounts;
  /** Mean Goldstein score. */
  goldstein: number;
}

export interface TimelineRequest {
  source: string;
  target: string;
  /** Count both directions (default true). */
  both?: boolean;
  bucket?: 'day' | 'week';
  filter?: EventFilter;
}

export interface Edge {
  source: string;
  target: string;
  events: number;
  goldstein: number;
  quads: QuadCounts;
}

export interface LocationCount {
  location: string;
  events: number;
  first_day: string;
  last_day: string;
}

export interface Stats {
  articles: number;
  events: number;
  clusters: number;
  errors: number;
  runs: number;
  articles_by_status: Record<string, number>;
  first_day: string | null;
  last_day: string | null;
}

export interface RunInfo {
  command: string;
  args: readonly string[];
  coder: string | null;
}

export interface RunSummary {
  articles_new: number;
  articles_duplicate: number;
  articles_recoded: number;
  articles_failed: number;
  events: number;
  clusters: number;
}

export interface Run extends RunSummary {
  id: string;
  command: string;
  args: string[];
  coder: string | null;
  status: string;
  started_at: string;
  finished_at: string | null;
}

export interface StoredError extends ErrorInput {
  id: string;
  run_id: string | null;
  at: string;
}

/** One place an article was seen. */
export interface SourceInput {
  url?: string | null;
  source?: string | null;
  /** Where it was read from (`file`, `file:line`, the item's URL). */
  input: string;
}

export interface StoredSource {
  article_id: string;
  url: string | null;
  source: string | null;
  input: string;
  first_seen: string;
}

/** Who said a stored quote: the words naming them and the actors they resolved to. */
export interface QuoteSpeaker {
  text: string;
  start: number;
  end: number;
  /** The first resolved actor (`PAKGOV`), its country and sector; null when unresolved. */
  code: string | null;
  country: string | null;
  sector: string | null;
  /** Every resolved actor code. */
  actors: string[];
  kind: SourceKind;
  /** How the speaker was found (`speaker:mention`, `speaker:refers-back`, …). */
  rule: string;
  /** Ordinal of the earlier quote whose speaker this one refers back to. */
  refers_to: number | null;
}

/** A quotation or attributed statement as the store keeps it. */
export interface StoredQuote {
  id: string;
  article_id: string;
  /** Its index among the article's quotes, in text order. */
  ordinal: number;
  kind: QuoteKind;
  sentence: number;
  last_sentence: number;
  /** UTF-16 offsets of the quoted words in the article text. */
  start: number;
  end: number;
  text: string;
  cue: TextSpan | null;
  speaker: QuoteSpeaker | null;
  rule: string;
  /** The article's publication date, else ''. */
  day: string;
  /** Ids of the events whose verb evidence lies inside the quote. */
  events: string[];
}

/**
 * Filters on quotes. `speaker` is an actor code: three letters match every sector of that
 * country or group, longer codes match exactly (the speaker's first actor). Dates are the
 * article's publication day, inclusive.
 */
export interface QuoteFilter {
  from?: string;
  to?: string;
  article?: string;
  speaker?: string;
  /** The speaker's country (or group) code. */
  country?: string;
  kind?: QuoteKind;
  /** What kind of source the speaker is (`statement`, `official`, …). */
  speakerKind?: SourceKind;
  /** Quotes with (true) or without (false) a speaker. */
  attributed?: boolean;
  /** Quotes holding this event's evidence. */
  event?: string;
  /** Words in the quote or the speaker's words (case-insensitive substring). */
  q?: string;
}

/** An attribution as stored: `events` are event ids, `quotes` quote ordinals. */
export interface StoredAttribution extends Omit<Attribution, 'events'> {
  events: string[];
}

/** A casualty count as stored: `event` is the event's id. */
export interface StoredCasualty extends Omit<Casualty, 'event'> {
  event: string | null;
}

/** The article-level attributes of a coded article. */
export interface StoredAttributes {
  article_id: string;
  topics: Topic[];
  attributions: StoredAttribution[];
  casualties: StoredCasualty[];
}

export interface Store {
  readonly engine: Engine;
  /** The file path, or the URL without its password. */
  readonly location: string;

  // --- writes --------------------------------------------------------------------------
  startRun(info: RunInfo): Promise<string>;
  finishRun(id: string, summary: RunSummary, status: 'done' | 'failed'): Promise<void>;
  /** For each id already stored: the coder fingerprint its events came from. */
  knownArticles(ids: readonly string[]): Promise<Map<string, string | null>>;
  /**
   * Stores articles (upsert by id; the first `external_id`, `ingested_at` and `run_id` stay),
   * replaces their events, mentions, quotes and attributes, records errors and updates the clusters the batch
   * touched: all in one transaction.
   */
  write(
    items: readonly CodedArticle[],
    errors?: readonly ErrorInput[],
    runId?: string | null,
  ): Promise<WriteResult>;

  /**
   * Records where an article was seen; a source is its url, else its input, and one already
   * recorded for the article is left as it is (so the call is idempotent).
   */
  addSources(articleId: string, sources: readonly SourceInput[]): Promise<void>;
  /**
   * The feed state `dyad watch` keeps between polls, read from the store for the given feeds
   * (all feeds when absent); its `save()` writes the changes back in one transaction.
   */
  feedStates(feedUrls?: readonly string[]): Promise<FeedStates>;

  // --- reads ---------------------------------------------------------------------------
  article(id: string): Promise<StoredArticle | null>;
  articles(filter?: ArticleFilter, page?: PageRequest): Promise<Page<ArticleSummary>>;
  event(id: string): Promise<EventDetail | null>;
  events(filter?: EventFilter, page?: PageRequest): Promise<Page<StoredEvent>>;
  countEvents(filter?: EventFilter): Promise<number>;
  cluster(id: string): Promise<ClusterDetail | null>;
  clusters(filter?: ClusterFilter, page?: PageRequest): Promise<Page<Cluster>>;
  /** Actors by number of events; `q` matches the start of the code or any part of a name. */
  actors(opts?: { q?: string; filter?: EventFilter; limit?: number }): Promise<ActorCount[]>;
  /** A dyad's events per day or week: counts by quad class and mean Goldstein. */
  timeline(req: TimelineRequest): Promise<TimelinePoint[]>;
  /** Source → target edges with counts, for a period or any filter. */
  network(filter?: EventFilter, opts?: { limit?: number; minEvents?: number }): Promise<Edge[]>;
  locations(filter?: EventFilter, limit?: number): Promise<LocationCount[]>;
  stats(): Promise<Stats>;
  errors(opts?: { run?: string; limit?: number }): Promise<StoredError[]>;
  runs(limit?: number): Promise<Run[]>;
  /** The places an article was seen, first seen first. */
  sources(articleId: string): Promise<StoredSource[]>;
  /** Quotes matching the filter, by (day, id), newest first unless `order: 'asc'`. */
  quotes(filter?: QuoteFilter, page?: PageRequest): Promise<Page<StoredQuote>>;
  /** An article's quotes in text order (empty for an unknown article). */
  articleQuotes(articleId: string): Promise<StoredQuote[]>;
  /** An article's topics, attributions and casualty counts; null when none were stored. */
  attributes(articleId: string): Promise<StoredAttributes | null>;

  close(): Promise<void>;
}
