// Storing a stream of articles: normalize, hash, skip what is already stored by the same
// coder, code the rest, write in batches (one transaction each). Bad inputs become error
// rows and the run goes on, unless `strict`.
import type { Coder } from '../coder/index.ts';
import { DyadError } from '../errors.ts';
import type { Article, Doc } from '../model/index.ts';
import { articleId } from './ids.ts';
import type { ArticleInput, CodedArticle, ErrorInput, RunSummary, SourceInput, Store } from './types.ts';

export const DEFAULT_BATCH = 200;

export interface IngestItem {
  article: Article;
  /** Where it came from (`file`, `file:line`), kept on the row and named in errors. */
  input: string;
  html?: string | null;
  /** Already coded (as by `dyad code`): stored as is instead of coded again. */
  doc?: Doc;
}

export interface IngestOptions {
  coder: Pick<Coder, 'code'>;
  /** `coderFingerprint(coder)`. */
  fingerprint: string;
  runId?: string | null;
  /** Articles per transaction (default 200). */
  batchSize?: number;
  /** Re-code stored articles even when the coder has not changed. */
  recode?: boolean;
  /** Stop at the first bad input instead of recording it. */
  strict?: boolean;
  /** Called after each committed batch. */
  onBatch?: (summary: IngestSummary) => void;
}

/** What a run stored; `clusters` counts the clusters its events are in at the end. */
export interface IngestSummary extends RunSummary {
  errors: number;
}

export interface Ingestor {
  add(item: IngestItem): Promise<void>;
  /** Records a bad input (throws instead when strict). */
  fail(error: ErrorInput): Promise<void>;
  /** Writes what is pending; the summary of everything stored so far. */
  finish(): Promise<IngestSummary>;
  readonly summary: IngestSummary;
}

/** NUL cannot be stored in PostgreSQL text; U+FFFD keeps every offset where it was. */
function cleanText(text: string): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', '\uFFFD') : text;
}

function sourceOf(item: IngestItem): SourceInput {
  return { url: item.article.url ?? null, source: item.article.source ?? null, input: item.input };
}

/** The store's id of an article's text (as `add` computes it). */
export function storedArticleId(text: string): string {
  return articleId(cleanText(text));
}

function toInput(item: IngestItem, id: string): ArticleInput {
  const a = item.article;
  return {
    id,
    external_id: a.id,
    url: a.url ?? null,
    source: a.source ?? null,
    title: a.title ?? null,
    published: a.published ?? null,
    lang: a.lang,
    text: a.text,
    html: item.html ?? null,
    input: item.input,
  };
}

export function createIngestor(store: Store, opts: IngestOptions): Ingestor {
  const batchSize = Math.max(1, opts.batchSize ?? DEFAULT_BATCH);
  const summary: IngestSummary = {
    articles_new: 0,
    articles_duplicate: 0,
    articles_recoded: 0,
    articles_failed: 0,
    events: 0,
    clusters: 0,
    errors: 0,
  };
  const seen = new Set<string>();
  const clusters = new Set<string>();
  let pending: { item: IngestItem; id: string }[] = [];
  let errors: ErrorInput[] = [];
  /** Sources of articles read twice in the run, recorded once the first is written. */
  let dupSources: { id: string; source: SourceInput }[] = [];

  async function flush(): Promise<void> {
    if (pending.length === 0 && errors.length === 0 && dupSources.length === 0) return;
    const known = await store.knownArticles(pending.map((p) => p.id));
    const items: CodedArticle[] = [];
    for (const { item, id } of pending) {
      const stored = known.has(id);
      if (stored && !opts.recode && known.get(id) === opts.fingerprint) {
        summary.articles_duplicate++;
        // Already stored: only where it was seen this time is new.
        await store.addSources(id, [sourceOf(item)]);
        continue;
      }
      let doc = item.doc ?? null;
      if (!doc) {
        try {
          doc = opts.coder.code(item.article);
        } catch (e) {
          errors.push({
            input: item.input,
            stage: 'code',
            code: 'DYAD_E_CODE',
            message: (e as Error).message,
          });
        }
      }
      if (!doc) summary.articles_failed++;
      else if (stored) summary.articles_recoded++;
      else summary.articles_new++;
      items.push({
        article: toInput(item, id),
        doc,
        status: doc ? 'coded' : 'failed',
        coder: doc ? opts.fingerprint : null,
      });
    }
    const written = await store.write(items, errors, opts.runId ?? null);
    for (const { id, source } of dupSources) await store.addSources(id, [source]);
    dupSources = [];
    summary.events += written.events;
    summary.errors += errors.length;
    for (const c of written.removedClusters) clusters.delete(c);
    for (const c of written.clusters) clusters.add(c);
    summary.clusters = clusters.size;
    pending = [];
    errors = [];
    opts.onBatch?.(summary);
  }

  return {
    summary,
    async add(item) {
      const text = cleanText(item.article.text);
      const article = text === item.article.text ? item.article : { ...item.article, text };
      const id = articleId(text);
      if (seen.has(id)) {
        summary.articles_duplicate++;
        dupSources.push({ id, source: sourceOf(item) });
        return;
      }
      seen.add(id);
      const doc = item.doc && article !== item.article ? { ...item.doc, article } : item.doc;
      pending.push({ item: { ...item, article, doc }, id });
      if (pending.length >= batchSize) await flush();
    },
    async fail(error) {
      if (opts.strict) throw new DyadError('DYAD_E_INPUT', `${error.input}: ${error.message}`);
      summary.articles_failed++;
      errors.push(error);
      if (errors.length >= batchSize) await flush();
    },
    async finish() {
      await flush();
      return summary;
    },
  };
}
