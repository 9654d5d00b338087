// The article described by a page's JSON-LD (schema.org NewsArticle and kin), if any.
const ARTICLE_TYPE = /(Article|BlogPosting|Report|LiveBlogPosting|WebPage)$/;

export interface LdArticle {
  headline?: string;
  author?: string;
  datePublished?: string;
  url?: string;
  publisher?: string;
  inLanguage?: string;
}

type Json = Record<string, unknown>;

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str((v as Json).name ?? (v as Json)['@id'] ?? (v as Json).url);
  return undefined;
}

function names(v: unknown): string | undefined {
  const list = (Array.isArray(v) ? v : [v]).map(str).filter((s): s is string => !!s && !/^https?:/.test(s));
  return list.length ? list.join(', ') : undefined;
}

function types(o: Json): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Objects in a JSON-LD value, flattening arrays and @graph. */
function* nodes(v: unknown, depth = 0): Generator<Json> {
  if (depth > 5 || !v || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) yield* nodes(x, depth + 1);
    return;
  }
  yield v as Json;
  const graph = (v as Json)['@graph'];
  if (graph) yield* nodes(graph, depth + 1);
}

function parseLoose(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      // Raw newlines and tabs inside strings are common and invalid JSON.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

export function ldArticle(doc: Document): LdArticle | undefined {
  let best: { rank: number; ld: LdArticle } | undefined;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    for (const o of nodes(parseLoose(script.textContent ?? ''))) {
      const t = types(o);
      const rank = t.some((x) => /NewsArticle|ReportageNewsArticle/.test(x))
        ? 3
        : t.some((x) => ARTICLE_TYPE.test(x))
          ? t.includes('WebPage')
            ? 1
            : 2
          : 0;
      if (rank === 0 || (best && best.rank >= rank)) continue;
      best = {
        rank,
        ld: {
          headline: str(o.headline) ?? str(o.name),
          author: names(o.author),
          datePublished: str(o.datePublished) ?? str(o.dateCreated),
          url: str(o.url) ?? str(o.mainEntityOfPage),
          publisher: str(o.publisher),
          inLanguage: str(o.inLanguage),
        },
      };
    }
  }
  return best?.ld;
}
