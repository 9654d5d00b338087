// RSS, Atom, RDF and JSON Feed, parsed by feedsmith, as one list of items.
import { parseFeed } from 'feedsmith';
import { canonicalUrl } from './canonical.ts';

export interface FeedItem {
  /** What identifies the item across polls: its canonical link, else its guid or id. */
  key: string;
  link?: string;
  title?: string;
  published?: string;
  author?: string;
  /** The item's own content (HTML or text), when the feed carries it. */
  content?: string;
}

export interface ParsedFeed {
  format: string;
  title?: string;
  lang?: string;
  items: FeedItem[];
}

type Loose = Record<string, unknown> | undefined;

function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (v && typeof v === 'object' && 'value' in v) return text((v as { value: unknown }).value);
  return undefined;
}

function person(v: unknown): string | undefined {
  if (!Array.isArray(v)) return undefined;
  const names = v.map((p) => (typeof p === 'string' ? p : text((p as Loose)?.name))).filter(Boolean);
  return names.length ? names.join(', ') : undefined;
}

function itemOf(
  link: string | undefined,
  id: string | undefined,
  base: string | undefined,
  rest: Omit<FeedItem, 'key' | 'link'>,
): FeedItem | undefined {
  const url = canonicalUrl(link, base);
  const key = url ?? id ?? rest.title;
  if (!key) return undefined;
  return { key, link: url, ...rest };
}

function atomLink(links: unknown): string | undefined {
  if (!Array.isArray(links)) return undefined;
  const l = links.find((x) => !x?.rel || x.rel === 'alternate') ?? links[0];
  return text(l?.href);
}

/** Parses a feed; throws feedsmith's errors on anything that is not a well-formed feed. */
export function parseFeedItems(content: string, base?: string): ParsedFeed {
  const parsed = parseFeed(content);
  const items: (FeedItem | undefined)[] = [];
  const feed = parsed.feed as unknown as Record<string, unknown>;
  if (parsed.format === 'atom') {
    for (const e of (feed.entries ?? []) as Record<string, unknown>[]) {
      items.push(
        itemOf(atomLink(e.links), text(e.id), base, {
          title: text(e.title),
          published: text(e.published) ?? text(e.updated),
          author: person(e.authors),
          content: text(e.content) ?? text(e.summary),
        }),
      );
    }
  } else if (parsed.format === 'json') {
    for (const i of (feed.items ?? []) as Record<string, unknown>[]) {
      items.push(
        itemOf(text(i.url) ?? text(i.external_url), text(i.id), base, {
          title: text(i.title),
          published: text(i.date_published),
          author: person(i.authors) ?? text((i.author as Loose)?.name),
          content: text(i.content_html) ?? text(i.content_text) ?? text(i.summary),
        }),
      );
    }
  } else {
    for (const i of (feed.items ?? []) as Record<string, unknown>[]) {
      const dc = i.dc as Loose;
      items.push(
        itemOf(text(i.link), text((i.guid as Loose)?.value), base, {
          title: text(i.title),
          published: text(i.pubDate) ?? text((dc?.dates as unknown[] | undefined)?.[0]) ?? text(dc?.date),
          author: person(dc?.creators) ?? person(i.authors),
          content: text((i.content as Loose)?.encoded) ?? text(i.description),
        }),
      );
    }
  }
  return {
    format: parsed.format,
    title: text(feed.title),
    lang: text(feed.language),
    items: items.filter((x): x is FeedItem => x !== undefined),
  };
}
