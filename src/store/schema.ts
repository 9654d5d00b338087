// The database tables as kysely sees them. Both engines store the same columns with the
// same types: text, integer (booleans are 0/1) and double precision; lists and spans are
// JSON text; times are ISO 8601 UTC text. docs/store.md describes each table.

export interface ArticlesTable {
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

export interface MentionsTable {
  article_id: string;
  idx: number;
  sentence: number;
  span_start: number;
  span_end: number;
  kind: string;
  text: string;
  codes: string;
}

export interface EventsTable {
  id: string;
  article_id: string;
  article: string;
  sentence: number;
  source: string;
  target: string;
  source_country: string;
  target_country: string;
  source_name: string | null;
  target_name: string | null;
  cameo: string;
  root: string;
  plover: string | null;
  mode: string | null;
  symmetric: number;
  goldstein: number;
  quad: number | null;
  date: string | null;
  day: string;
  location: string | null;
  negated: number;
  evidence: string;
  rule: string;
  confidence: number;
  contexts: string;
  source_rule: string;
  target_rule: string;
  /** `Event.source_group` / `target_group` (`KUR`, `MOS`), null when none or stored before version 4. */
  source_group: string | null;
  target_group: string | null;
  sentence_text: string;
  cluster_key: string;
  cluster_id: string | null;
}

export interface ClustersTable {
  id: string;
  key: string;
  source: string;
  target: string;
  root: string;
  cameo: string;
  plover: string | null;
  quad: number | null;
  goldstein: number;
  first_date: string;
  last_date: string;
  first_seen: string;
  n_articles: number;
  n_sources: number;
  n_events: number;
  representative: string;
  first_article: string;
  article_id: string | null;
}

export interface ErrorsTable {
  id: string;
  run_id: string | null;
  input: string;
  stage: string;
  code: string;
  message: string;
  at: string;
}

export interface RunsTable {
  id: string;
  command: string;
  args: string;
  coder: string | null;
  status: string;
  started_at: string;
  finished_at: string | null;
  articles_new: number;
  articles_duplicate: number;
  articles_recoded: number;
  articles_failed: number;
  events: number;
  clusters: number;
}

export interface ArticleSourcesTable {
  article_id: string;
  /** The url, else the input: unique per article. */
  key: string;
  url: string | null;
  source: string | null;
  input: string;
  first_seen: string;
}

export interface FeedsTable {
  url: string;
  etag: string | null;
  last_modified: string | null;
  polled_at: string | null;
}

export interface FeedItemsTable {
  feed_url: string;
  item_key: string;
  /** 0/1. */
  ok: number;
  tries: number;
  seen_at: string;
}

export interface QuotesTable {
  /** `quoteId(article_id, ordinal, span_start, span_end)`. */
  id: string;
  article_id: string;
  /** Index in the article's quotes, in text order (what `refers_to` and attributions point at). */
  ordinal: number;
  kind: string;
  sentence: number;
  last_sentence: number;
  span_start: number;
  span_end: number;
  text: string;
  cue: string | null;
  cue_start: number | null;
  cue_end: number | null;
  speaker: string | null;
  speaker_start: number | null;
  speaker_end: number | null;
  /** The first resolved actor of the speaker. */
  speaker_code: string | null;
  speaker_country: string | null;
  speaker_sector: string | null;
  /** Every resolved actor code, space-separated ('' when none). */
  speaker_codes: string;
  speaker_kind: string | null;
  speaker_rule: string | null;
  refers_to: number | null;
  rule: string;
  /** The article's publication date, else ''. */
  day: string;
}

export interface QuoteEventsTable {
  quote_id: string;
  event_id: string;
  article_id: string;
}

export interface ArticleAttributesTable {
  article_id: string;
  /** JSON: Topic[]. */
  topics: string;
  /** JSON: attributions with event ids instead of indices. */
  attributions: string;
  /** JSON: casualty counts with the event id instead of an index. */
  casualties: string;
}

export interface Database {
  articles: ArticlesTable;
  mentions: MentionsTable;
  events: EventsTable;
  clusters: ClustersTable;
  errors: ErrorsTable;
  runs: RunsTable;
  article_sources: ArticleSourcesTable;
  feeds: FeedsTable;
  feed_items: FeedItemsTable;
  quotes: QuotesTable;
  quote_events: QuoteEventsTable;
  article_attributes: ArticleAttributesTable;
}
