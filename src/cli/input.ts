import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { isIsoDate } from '../dict/index.ts';
import { DyadError } from '../errors.ts';
import { type Article, tooLongForArticle } from '../model/index.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes bytes as UTF-8, failing with an error that names the input. */
export function decodeText(bytes: Uint8Array, name: string): string {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new DyadError('DYAD_E_INPUT', `${name}: looks binary (NUL bytes), not text`);
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, '');
  } catch (e) {
    throw new DyadError('DYAD_E_INPUT', `${name}: not valid UTF-8 text`, { cause: e });
  }
}

export interface ReadOptions {
  /** Article date for inputs that carry none (`--date`). */
  date?: string;
}

/** One JSONL line `{id,title,date,url,text}` as an Article; `where` names it in errors. */
export function articleFromJson(value: unknown, where: string, opts: ReadOptions = {}): Article {
  if (!value || typeof value !== 'object') throw new DyadError('DYAD_E_INPUT', `${where}: not a JSON object`);
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string') throw new DyadError('DYAD_E_INPUT', `${where}: no "text" string`);
  const tooLong = tooLongForArticle(o.text.length);
  if (tooLong) throw new DyadError('DYAD_E_TOO_LARGE', `${where}: ${tooLong}`);
  const date = typeof o.date === 'string' && o.date ? o.date.slice(0, 10) : opts.date;
  if (date && !isIsoDate(date))
    throw new DyadError('DYAD_E_INPUT', `${where}: date "${date}" is not YYYY-MM-DD`);
  const a: Article = {
    id: o.id == null ? where : String(o.id),
    text: o.text,
    lang: typeof o.lang === 'string' ? o.lang : 'en',
  };
  if (date) a.published = date;
  if (typeof o.title === 'string') a.title = o.title;
  if (typeof o.url === 'string') a.url = o.url;
  if (typeof o.source === 'string') a.source = o.source;
  return a;
}

/** Articles of one input: JSONL (one a line) or plain text (one article, id = file name). */
export function* articlesFrom(name: string, content: string, opts: ReadOptions = {}): Generator<Article> {
  const isJsonl = extname(name) === '.jsonl' || (extname(name) === '' && content.trimStart().startsWith('{'));
  if (isJsonl) {
    const lines = content.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i].trim();
      if (line === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new DyadError('DYAD_E_INPUT', `${name}:${i + 1}: not valid JSON`);
      }
      yield articleFromJson(value, `${name}:${i + 1}`, opts);
    }
    return;
  }
  const tooLong = tooLongForArticle(content.length);
  if (tooLong) throw new DyadError('DYAD_E_TOO_LARGE', `${name}: ${tooLong}`);
  const a: Article = { id: basename(name, extname(name)), text: content, lang: 'en' };
  if (opts.date) a.published = opts.date;
  yield a;
}

export function readInput(path: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new DyadError(
      'DYAD_E_INPUT',
      `${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
      { cause: e },
    );
  }
  return decodeText(bytes, path);
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return decodeText(Buffer.concat(chunks), 'stdin');
}
