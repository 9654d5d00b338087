// JSONL: one article a line, `{id, title, date, url, source, lang, text}` (or `html` in
// place of `text`), streamed line by line; a bad line is an error naming `file:line` and
// the lines after it are still read. A file holding one JSON array is read the same way.
import { buildArticle } from '../article.ts';
import type { ReadContext } from '../context.ts';
import { extractPage } from '../extract.ts';
import { failure, guarded } from '../result.ts';
import type { Reader, ReadResult, Source } from '../types.ts';

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

function fromValue(value: unknown, where: string, ctx: ReadContext): ReadResult {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return failure(where, 'parse', 'DYAD_E_INPUT', 'not a JSON object');
  const o = value as Record<string, unknown>;
  const date = str(o.date) ?? str(o.published);
  const common = {
    input: where,
    id: o.id == null ? undefined : String(o.id),
    url: str(o.url),
    title: str(o.title),
    published: date,
    author: str(o.author),
    lang: str(o.lang),
    siteName: str(o.source),
  };
  if (date && !/^\d{4}-\d{2}-\d{2}/.test(date))
    return failure(where, 'parse', 'DYAD_E_INPUT', `date "${date.slice(0, 40)}" is not YYYY-MM-DD`);
  if (typeof o.text === 'string') {
    // Research data: the text is kept as given (only whitespace is normalized).
    return buildArticle({ ...common, text: o.text }, ctx);
  }
  if (typeof o.html === 'string') {
    const page = extractPage(o.html);
    return buildArticle(
      {
        ...common,
        text: page.text,
        title: common.title ?? page.meta.title ?? page.meta.docTitle,
        published: date ?? page.meta.published,
        author: common.author ?? page.meta.author,
        canonical: page.meta.canonical,
        langHint: page.meta.lang,
        rawHtml: o.html,
        web: true,
      },
      ctx,
    );
  }
  return failure(where, 'parse', 'DYAD_E_INPUT', 'no "text" (or "html") string');
}

/** Lines of a byte stream, decoded as UTF-8 (bad bytes become U+FFFD), numbered from 1. */
async function* lines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<[number, string]> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
  let rest = '';
  let n = 0;
  for await (const chunk of chunks) {
    rest += decoder.decode(chunk, { stream: true });
    let i = rest.indexOf('\n');
    while (i >= 0) {
      yield [++n, rest.slice(0, i)];
      rest = rest.slice(i + 1);
      i = rest.indexOf('\n');
    }
  }
  rest += decoder.decode();
  if (rest !== '') yield [++n, rest];
}

async function* readJsonl(source: Source, ctx: ReadContext): AsyncGenerator<ReadResult> {
  const start = new TextDecoder()
    .decode(source.head.subarray(0, 64))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (start.startsWith('[')) {
    const text = new TextDecoder().decode(await source.bytes(ctx.maxFileBytes));
    let array: unknown;
    try {
      array = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      yield failure(source.name, 'parse', 'DYAD_E_INPUT', 'not valid JSON');
      return;
    }
    if (!Array.isArray(array)) return;
    for (let i = 0; i < array.length; i++) yield fromValue(array[i], `${source.name}[${i}]`, ctx);
    return;
  }
  for await (const [n, raw] of lines(source.chunks())) {
    const line = raw.trim();
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      yield failure(`${source.name}:${n}`, 'parse', 'DYAD_E_INPUT', 'not valid JSON');
      continue;
    }
    yield fromValue(value, `${source.name}:${n}`, ctx);
  }
}

export const jsonlReader: Reader = {
  name: 'jsonl',
  read: (source, ctx) => guarded(source.name, 'parse', readJsonl(source, ctx)),
};
