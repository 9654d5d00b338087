// The last step of every reader: clean the text, detect the language, settle URL, outlet,
// date and id. Whatever the reader, an article leaves ingest in the same shape.

import { tooLongForArticle } from '../model/index.ts';
import { canonicalUrl, domainOf } from './canonical.ts';
import { cleanText } from './clean.ts';
import type { ReadContext } from './context.ts';
import { toIsoDay } from './dates.ts';
import { contentId } from './hash.ts';
import { detectLanguage, normalizeLangTag } from './language.ts';
import { failure } from './result.ts';
import type { Hints, IngestArticle, ReadResult } from './types.ts';

export interface Draft {
  input: string;
  text: string;
  /** The input's own id (file name, JSONL id); the content hash when absent. */
  id?: string;
  url?: string;
  canonical?: string;
  title?: string;
  /** A guessed title (<title>, <h1>), used after the container's. */
  fallbackTitle?: string;
  author?: string;
  published?: string;
  /** A declared language, trusted as is (JSONL `lang`). */
  lang?: string;
  /** A language hint (a page's lang attribute) used when detection cannot decide. */
  langHint?: string;
  /** The outlet's name (og:site_name); the domain when absent. */
  siteName?: string;
  rawHtml?: string;
  /** What the container (feed item, WARC record) knew; the page's own metadata wins. */
  hints?: Hints;
  /** Web content: drop furniture lines and require `ctx.minChars` of text. */
  web?: boolean;
}

function oneLine(s: string | undefined): string | undefined {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, 1000) : undefined;
}

/**
 * The canonical URL of a page, unless it is suspicious: many sites point every page's
 * canonical at their home page, which would merge all their stories into one.
 */
function pageCanonical(declared: string | undefined, url: string | undefined): string | undefined {
  const own = canonicalUrl(url);
  const c = canonicalUrl(declared, url);
  if (!c) return own;
  if (own && new URL(c).pathname === '/' && new URL(own).pathname !== '/') return own;
  return c;
}

export function buildArticle(d: Draft, ctx: Pick<ReadContext, 'date' | 'minChars'>): ReadResult {
  const text = cleanText(d.text, { furniture: d.web });
  if (text.length === 0) return failure(d.input, 'extract', 'DYAD_E_EXTRACT', 'no text found');
  const tooLong = tooLongForArticle(text.length);
  if (tooLong) return failure(d.input, 'extract', 'DYAD_E_TOO_LARGE', tooLong);
  if (d.web && text.length < ctx.minChars)
    return failure(
      d.input,
      'extract',
      'DYAD_E_EXTRACT',
      `only ${text.length} characters of text (fewer than ${ctx.minChars}): not an article`,
    );
  const hints = d.hints ?? {};
  const url = d.url ?? hints.url;
  const canonical = pageCanonical(d.canonical, url);
  const source = oneLine(d.siteName) ?? oneLine(hints.source) ?? domainOf(url ?? canonical);
  const published = toIsoDay(d.published) ?? toIsoDay(hints.published) ?? toIsoDay(ctx.date);
  const article: IngestArticle = {
    id: d.id ?? contentId(text),
    text,
    lang: normalizeLangTag(d.lang) ?? detectLanguage(text, d.langHint ?? hints.lang),
    sources: [{ input: d.input }],
  };
  // The page's own URL, cleaned of tracking parameters; the canonical one may be another outlet's.
  const seenAt = canonicalUrl(url) ?? url ?? canonical;
  if (seenAt) article.url = article.sources[0].url = seenAt;
  if (canonical) article.canonicalUrl = canonical;
  if (source) article.source = article.sources[0].source = source;
  const title = oneLine(d.title) ?? oneLine(hints.title) ?? oneLine(d.fallbackTitle);
  if (title) article.title = title;
  if (published) article.published = published;
  const author = oneLine(d.author) ?? oneLine(hints.author);
  if (author) article.author = author;
  if (d.rawHtml !== undefined) article.rawHtml = d.rawHtml;
  return { ok: true, article, input: d.input };
}
