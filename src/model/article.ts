/** One news story as ingested. `text` is what every span points into. */
export interface Article {
  /** The input's id (JSONL `id`, or the file name without extension); the store may rehash. */
  id: string;
  url?: string;
  /** Outlet or domain the story came from. */
  source?: string;
  title?: string;
  /** Publication date, `YYYY-MM-DD`; the reference for relative dates ("on Sunday"). */
  published?: string;
  text: string;
  /** ISO 639-1 language code; only `en` is coded. */
  lang: string;
}
