// Read results (src/ingest) into the store's ingestor (src/store): articles are added,
// failures become error rows, stories already read in the run are counted, and articles
// not in English are stored without being coded.
import type { IngestArticle, ReadResult } from '../ingest/index.ts';
import type { Article, Doc } from '../model/index.ts';
import { type IngestItem, type Ingestor, type Store, storedArticleId } from '../store/index.ts';

export interface ReadCounts {
  articles: number;
  /** The same story again in this run (another outlet, another link): not stored twice. */
  duplicates: number;
  /** Stored, flagged with their language, not coded. */
  notCoded: number;
  errors: number;
}

/** Only English is coded. */
export const CODED_LANGUAGES: ReadonlySet<string> = new Set(['en']);

function plainArticle(a: IngestArticle): Article {
  const out: Article = { id: a.id, text: a.text, lang: a.lang };
  if (a.url) out.url = a.url;
  if (a.source) out.source = a.source;
  if (a.title) out.title = a.title;
  if (a.published) out.published = a.published;
  return out;
}

/** A doc with nothing coded, for an article stored but not coded (its language). */
export function uncodedDoc(article: Article): Doc {
  return {
    article,
    sentences: [],
    tokens: [],
    mentions: [],
    events: [],
    dropped: [],
    messages: [
      {
        code: 'DYAD_W_LANGUAGE',
        reason: `language "${article.lang}" is not coded (only ${[...CODED_LANGUAGES].join(', ')})`,
        stage: 'ingest',
        severity: 'info',
      },
    ],
  };
}

export function ingestItem(r: Extract<ReadResult, { ok: true }>): IngestItem {
  const article = plainArticle(r.article);
  const item: IngestItem = { article, input: r.input, html: r.article.rawHtml ?? null };
  if (!CODED_LANGUAGES.has(article.lang)) item.doc = uncodedDoc(article);
  return item;
}

/** Feeds every result to the ingestor; throws only what a `strict` ingestor throws. */
export async function ingestResults(
  results: AsyncIterable<ReadResult>,
  ingestor: Ingestor,
  onResult?: (r: ReadResult) => void,
  /** With a store, a duplicate's sources are recorded on the article it repeats. */
  store?: Pick<Store, 'addSources'>,
): Promise<ReadCounts> {
  const counts: ReadCounts = { articles: 0, duplicates: 0, notCoded: 0, errors: 0 };
  /** Ingest id → store id of the articles read so far (only kept with a store). */
  const storeIds = new Map<string, string>();
  for await (const r of results) {
    onResult?.(r);
    if (!r.ok) {
      counts.errors++;
      await ingestor.fail(r.error);
      continue;
    }
    if (r.duplicateOf) {
      counts.duplicates++;
      const id = storeIds.get(r.duplicateOf);
      if (store && id) {
        const { sources } = r.article;
        await store.addSources(id, sources.length ? sources : [{ url: r.article.url, input: r.input }]);
      }
      continue;
    }
    counts.articles++;
    if (store) storeIds.set(r.article.id, storedArticleId(r.article.text));
    const item = ingestItem(r);
    if (item.doc) counts.notCoded++;
    await ingestor.add(item);
  }
  return counts;
}
