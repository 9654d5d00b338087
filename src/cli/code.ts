import type { Coder } from '../coder/index.ts';
import { DyadError } from '../errors.ts';
import type { Article, Event } from '../model/index.ts';
import { openStoreSink } from './ingest.ts';
import { articlesFrom, type ReadOptions, readInput, readStdin } from './input.ts';
import { formatTable } from './table.ts';

export interface CodeOptions extends ReadOptions {
  format?: 'table' | 'jsonl';
  minConfidence?: number;
  /** Also store every coded article in this database (all events, whatever the filter). */
  db?: string;
  /** One record per article with its events, quotes, casualties, topics and sources. */
  quotes?: boolean;
}

/** Articles from files (or stdin when none), lazily, naming the input in every error. */
export async function* readArticles(files: readonly string[], opts: ReadOptions): AsyncGenerator<Article> {
  if (files.length === 0) {
    yield* articlesFrom('stdin', await readStdin(), opts);
    return;
  }
  for (const f of files) yield* articlesFrom(f, readInput(f), opts);
}

export function eventRows(events: readonly Event[]): string[][] {
  return events.map((e) => [
    e.article,
    String(e.sentence),
    e.source,
    e.target,
    e.cameo,
    e.plover ?? '',
    e.symmetric ? 'yes' : '',
    e.date ?? '',
    e.evidence[0]?.text ?? '',
  ]);
}

export const EVENT_HEADERS = [
  'article',
  'sent',
  'source',
  'target',
  'cameo',
  'plover',
  'sym',
  'date',
  'evidence',
];

export async function runCode(
  coderOrFactory: Coder | (() => Coder),
  files: readonly string[],
  opts: CodeOptions,
  write: (s: string) => void,
): Promise<number> {
  const format = opts.format ?? (process.stdout.isTTY ? 'table' : 'jsonl');
  if (format !== 'table' && format !== 'jsonl')
    throw new DyadError('DYAD_E_INPUT', `unknown --format ${format} (table or jsonl)`);
  const all: Event[] = [];
  const quoteRows: string[][] = [];
  // dictionaries load on the first article, so an unreadable input fails at once
  let coder = typeof coderOrFactory === 'function' ? undefined : coderOrFactory;
  const getCoder = () => {
    coder ??= (coderOrFactory as () => Coder)();
    return coder;
  };
  const sink = opts.db ? await openStoreSink(opts.db, getCoder()) : null;
  for await (const article of readArticles(files, opts)) {
    const doc = getCoder().code(article);
    await sink?.add(doc);
    const events = doc.events.filter((e) => e.confidence >= (opts.minConfidence ?? 0));
    if (opts.quotes && format === 'jsonl') {
      const { quotes, casualties, topics, attributions } = doc;
      write(
        `${JSON.stringify({ article: doc.article.id, events, quotes, casualties, topics, attributions })}\n`,
      );
    } else if (format === 'jsonl') for (const e of events) write(`${JSON.stringify(e)}\n`);
    else {
      all.push(...events);
      if (opts.quotes)
        quoteRows.push(
          ...(doc.quotes ?? []).map((q) => [
            doc.article.id,
            q.speaker?.span.text ?? '',
            q.speaker?.actors.map((a) => a.code).join('+') ?? '',
            q.span.text,
          ]),
        );
    }
  }
  if (format === 'table') write(`${formatTable(EVENT_HEADERS, eventRows(all))}\n${all.length} events\n`);
  if (format === 'table' && opts.quotes)
    write(
      `\n${formatTable(['article', 'speaker', 'actor', 'quote'], quoteRows)}\n${quoteRows.length} quotes\n`,
    );
  if (sink) process.stderr.write(await sink.finish());
  return 0;
}
