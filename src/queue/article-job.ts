// The job `dyad ingest --queue` enqueues and `dyad worker` runs: one article to code and
// store. Its key is the article id (the hash of its text), so the same story enqueued twice
// is one job, and a job run twice writes the same rows.
import type { Article, Doc } from '../model/index.ts';
import { articleId, type IngestItem } from '../store/index.ts';
import type { JobInput } from './types.ts';

export interface ArticleJob {
  article: Article;
  /** Where it came from (`file:line`). */
  input: string;
  html?: string | null;
  /** Re-code even if stored by the same coder (`dyad ingest --queue --recode`). */
  recode?: boolean;
  /** Stored as is instead of coded (an article in a language that is not coded). */
  doc?: Doc;
}

/** NUL cannot be stored in PostgreSQL text; U+FFFD keeps every offset where it was. */
function cleanText(text: string): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', '\uFFFD') : text;
}

export function articleJob(item: IngestItem, recode = false): JobInput<ArticleJob> {
  const text = cleanText(item.article.text);
  const article = text === item.article.text ? item.article : { ...item.article, text };
  const payload: ArticleJob = { article, input: item.input };
  if (item.html) payload.html = item.html;
  if (item.doc) payload.doc = { ...item.doc, article };
  if (recode) payload.recode = true;
  return { key: articleId(text), payload };
}

/** A payload as a worker can trust it: anything else is a dead job, never a crash. */
export function isArticleJob(x: unknown): x is ArticleJob {
  if (typeof x !== 'object' || x === null) return false;
  const j = x as Partial<ArticleJob>;
  const a = j.article as Partial<Article> | undefined;
  return (
    typeof j.input === 'string' &&
    typeof a === 'object' &&
    a !== null &&
    typeof a.id === 'string' &&
    typeof a.text === 'string' &&
    typeof a.lang === 'string'
  );
}
