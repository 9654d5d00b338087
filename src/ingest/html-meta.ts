// What a page says about itself: title, author, publication date, canonical URL, language
// and outlet, from meta tags (Open Graph, Dublin Core, parse.ly, …), JSON-LD and <time>.
import { ldArticle } from './json-ld.ts';

export interface PageMeta {
  /** From metadata (Open Graph, JSON-LD, …): the headline as the outlet gives it. */
  title?: string;
  /** Readability's guess from <title> and <h1>: a fallback, after a feed item's title. */
  docTitle?: string;
  author?: string;
  published?: string;
  canonical?: string;
  lang?: string;
  siteName?: string;
}

const TITLE_KEYS = ['og:title', 'twitter:title', 'dc.title', 'parsely-title', 'sailthru.title', 'headline'];
const AUTHOR_KEYS = [
  'author',
  'article:author',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'byl',
  'byline',
];
const DATE_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'published_time',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'date',
  'article.published',
];
const LANG_KEYS = ['content-language', 'og:locale', 'dc.language', 'language'];

function clip(s: string | null | undefined): string | undefined {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, 1000) : undefined;
}

/** `name`, `property`, `itemprop` or `http-equiv` of each <meta>, lower-cased, to its first content. */
function metaMap(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of doc.querySelectorAll('meta')) {
    const content = clip(m.getAttribute('content'));
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}

function first(map: Map<string, string>, keys: readonly string[]): string | undefined {
  for (const k of keys) {
    const v = map.get(k);
    if (v) return v;
  }
  return undefined;
}

function timeElement(doc: Document): string | undefined {
  const el =
    doc.querySelector('time[itemprop="datePublished"]') ??
    doc.querySelector('time[pubdate]') ??
    doc.querySelector('article time[datetime]') ??
    doc.querySelector('time[datetime]');
  return clip(el?.getAttribute('datetime') ?? el?.textContent);
}

function authorFromMeta(map: Map<string, string>): string | undefined {
  const a = first(map, AUTHOR_KEYS);
  if (!a || /^https?:\/\//.test(a)) return undefined;
  return a.replace(/^by\s+/i, '');
}

export function pageMeta(doc: Document, langAttr?: string): PageMeta {
  const map = metaMap(doc);
  const ld = ldArticle(doc);
  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? map.get('og:url') ?? ld?.url;
  return {
    title: first(map, TITLE_KEYS) ?? clip(ld?.headline),
    docTitle: clip(doc.querySelector('title')?.textContent) ?? clip(doc.querySelector('h1')?.textContent),
    author: clip(ld?.author) ?? authorFromMeta(map) ?? clip(doc.querySelector('[rel="author"]')?.textContent),
    published: clip(ld?.datePublished) ?? first(map, DATE_KEYS) ?? timeElement(doc),
    canonical: clip(canonical),
    lang: langAttr ?? first(map, LANG_KEYS) ?? ld?.inLanguage,
    siteName: map.get('og:site_name') ?? clip(ld?.publisher) ?? map.get('application-name'),
  };
}
