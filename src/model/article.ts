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

/**
 * The longest article text Dyad codes, in characters: 13 times the longest story in the
 * AllSides and Reuters corpora (76,553). Coding holds about 90 bytes of heap per character
 * (a 2 MB text took 179 MB), so a 50 MB "article" would exhaust a coding thread's heap and
 * abort the whole process. Longer inputs are refused where they are read, naming them.
 */
export const MAX_ARTICLE_CHARS = 1_000_000;

/** Why a text of `length` characters cannot be one article, or undefined when it can. */
export function tooLongForArticle(length: number, max = MAX_ARTICLE_CHARS): string | undefined {
  if (length <= max) return undefined;
  const fmt = (n: number) => n.toLocaleString('en-US');
  return `${fmt(length)} characters of text, more than the ${fmt(max)} an article may have (split it into articles)`;
}
