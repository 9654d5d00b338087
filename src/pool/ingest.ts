// The store's ingestor with the coding done elsewhere (worker threads, or in slices that let
// timers run): inputs are grouped into tasks, several tasks are coded at once, and their
// results reach the store's own ingestor in input order, so what is stored, counted and
// recorded is exactly what `createIngestor` alone would store, count and record.
import type { Article } from '../model/index.ts';
import {
  articleId,
  createIngestor,
  type ErrorInput,
  type IngestItem,
  type IngestOptions,
  type Ingestor,
  type Store,
} from '../store/index.ts';
import type { CodeMany } from './types.ts';

export interface CodingIngestorOptions extends Omit<IngestOptions, 'coder'> {
  codeMany: CodeMany;
  /** Tasks being coded at once (default 8): enough to keep workers busy while the store writes. */
  inFlight?: number;
  /** A task closes at this many inputs (default 64) or characters of text (default 64,000). */
  taskItems?: number;
  taskChars?: number;
}

export interface CodingIngestor extends Ingestor {
  /** Waits for every task and hands its results to the store's ingestor, without writing. */
  drain(): Promise<void>;
}

type Entry = { item: IngestItem; id: string; code: boolean } | { error: ErrorInput };

interface Task {
  entries: Entry[];
  chars: number;
  done?: Promise<void>;
}

/** NUL cannot be stored in PostgreSQL text (as in the store's ingestor, done first here so
 * the article object the store's ingestor sees is the one that was coded). */
function cleanText(text: string): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', '\uFFFD') : text;
}

export function createCodingIngestor(store: Store, opts: CodingIngestorOptions): CodingIngestor {
  const inFlight = Math.max(1, opts.inFlight ?? 8);
  const taskItems = Math.max(1, opts.taskItems ?? 64);
  const taskChars = Math.max(1, opts.taskChars ?? 64_000);
  // What a worker threw, by article: the store's ingestor "codes" with this and records it.
  const failures = new WeakMap<Article, string>();
  const inner = createIngestor(store, {
    ...opts,
    coder: {
      code(article) {
        throw new Error(failures.get(article) ?? 'the article was not coded');
      },
    },
  });
  const seen = new Set<string>();
  const running: Task[] = [];
  let current: Task = { entries: [], chars: 0 };

  async function code(task: Task): Promise<void> {
    const candidates = task.entries.filter(
      (e): e is Extract<Entry, { item: IngestItem }> => 'item' in e && e.code,
    );
    if (candidates.length === 0) return;
    // Stored by this coder already: the store's ingestor will count it, no need to code it.
    const known = opts.recode ? new Map() : await store.knownArticles(candidates.map((c) => c.id));
    const todo = candidates.filter((c) => !(known.has(c.id) && known.get(c.id) === opts.fingerprint));
    const articles = todo.map((c) => c.item.article);
    let outcomes: Awaited<ReturnType<CodeMany>>;
    try {
      outcomes = await opts.codeMany(articles);
    } catch (e) {
      // A worker that died fails its task's articles; a pool that cannot code at all stops the run.
      if ((e as { fatal?: boolean }).fatal) throw e;
      const message = `coding worker failed: ${e instanceof Error ? e.message : String(e)}`;
      outcomes = articles.map(() => ({ error: message }));
    }
    todo.forEach((c, i) => {
      const o = outcomes[i];
      if ('doc' in o) c.item = { ...c.item, doc: o.doc };
      else failures.set(c.item.article, o.error);
    });
  }

  function dispatch(): void {
    if (current.entries.length === 0) return;
    current.done = code(current);
    // A rejected task is awaited (and rethrown) by `settle`; never an unhandled rejection.
    current.done.catch(() => {});
    running.push(current);
    current = { entries: [], chars: 0 };
  }

  async function settle(): Promise<void> {
    const task = running.shift();
    if (!task) return;
    await task.done;
    for (const e of task.entries) {
      if ('error' in e) await inner.fail(e.error);
      else await inner.add(e.item);
    }
  }

  async function push(entry: Entry, chars: number): Promise<void> {
    current.entries.push(entry);
    current.chars += chars;
    if (current.entries.length >= taskItems || current.chars >= taskChars) dispatch();
    while (running.length > inFlight) await settle();
  }

  async function drain(): Promise<void> {
    dispatch();
    while (running.length > 0) await settle();
  }

  return {
    get summary() {
      return inner.summary;
    },
    async add(item) {
      const text = cleanText(item.article.text);
      const article = text === item.article.text ? item.article : { ...item.article, text };
      const id = articleId(text);
      const first = !seen.has(id);
      seen.add(id);
      const doc = item.doc && article !== item.article ? { ...item.doc, article } : item.doc;
      await push({ item: { ...item, article, doc }, id, code: first && !doc }, text.length);
    },
    async fail(error) {
      await push({ error }, 0);
    },
    drain,
    async finish() {
      await drain();
      return inner.finish();
    },
  };
}
