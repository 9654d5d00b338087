// `dyad ingest FILES… --db …`: store articles with their events and clusters. A bad input
// (binary, invalid UTF-8, a broken JSON line) becomes an error row naming it and the run
// goes on; `--strict` makes it fatal. Also the store sink behind `dyad code --db`.
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { type Command, Option } from 'commander';
import type { Coder } from '../coder/index.ts';
import { DyadError } from '../errors.ts';
import type { ReadInputsOptions, ReadResult } from '../ingest/index.ts';
import { type Doc, tooLongForArticle } from '../model/index.ts';
import { chooseThreads, createCodingIngestor, createCodingPool, type PoolKind } from '../pool/index.ts';
import {
  coderFingerprint,
  createIngestor,
  DEFAULT_BATCH,
  DEFAULT_DB,
  type ErrorInput,
  type IngestItem,
  type Ingestor,
  type IngestSummary,
  openStore,
  type Store,
} from '../store/index.ts';
import { ingestResults } from './ingest-results.ts';
import { articleFromJson, decodeText, type ReadOptions } from './input.ts';
import { coderFor, dateOption, dictOption, poolOption, write } from './options.ts';
import { runEnqueue } from './queue.ts';

export type InputItem = { item: IngestItem; bytes: number } | { error: ErrorInput; bytes: number };

const lineDecoder = new TextDecoder('utf-8', { fatal: true });
/** The error's message without its code and the input's name (the row names the input). */
function message(e: unknown, input: string): string {
  const text = e instanceof Error ? e.message.replace(/^DYAD_E_\w+: /, '') : String(e);
  return text.startsWith(`${input}: `) ? text.slice(input.length + 2) : text;
}

const inputError = (input: string, stage: string, e: unknown, bytes: number): InputItem => ({
  error: { input, stage, code: e instanceof DyadError ? e.code : 'DYAD_E_INPUT', message: message(e, input) },
  bytes,
});

function* jsonLines(file: string, bytes: Buffer, opts: ReadOptions): Generator<InputItem> {
  let start = 0;
  for (let n = 1; start < bytes.length; n++) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const raw = bytes.subarray(start, end);
    const size = end - start + 1;
    start = end + 1;
    const where = `${file}:${n}`;
    let line: string;
    try {
      line = lineDecoder
        .decode(raw)
        .replace(/^\uFEFF/, '')
        .trim();
    } catch {
      yield {
        error: { input: where, stage: 'read', code: 'DYAD_E_INPUT', message: 'not valid UTF-8 text' },
        bytes: size,
      };
      continue;
    }
    if (line === '') continue;
    try {
      yield { item: { article: articleFromJson(JSON.parse(line), where, opts), input: where }, bytes: size };
    } catch (e) {
      yield e instanceof SyntaxError
        ? {
            error: { input: where, stage: 'read', code: 'DYAD_E_INPUT', message: 'not valid JSON' },
            bytes: size,
          }
        : inputError(where, 'read', e, size);
    }
  }
}

/** Articles of the input files, and an error item for each input that cannot be read. */
export function* readInputs(files: readonly string[], opts: ReadOptions = {}): Generator<InputItem> {
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'error';
      yield {
        error: { input: file, stage: 'read', code: 'DYAD_E_INPUT', message: `cannot be read (${code})` },
        bytes: 0,
      };
      continue;
    }
    if (bytes.subarray(0, 8192).includes(0)) {
      yield {
        error: {
          input: file,
          stage: 'read',
          code: 'DYAD_E_INPUT',
          message: 'looks binary (NUL bytes), not text',
        },
        bytes: bytes.length,
      };
      continue;
    }
    const ext = extname(file);
    if (ext === '.jsonl' || (ext === '' && bytes.toString('utf8', 0, 64).trimStart().startsWith('{'))) {
      yield* jsonLines(file, bytes, opts);
      continue;
    }
    let text: string;
    try {
      text = decodeText(bytes, file);
    } catch (e) {
      yield inputError(file, 'read', e, bytes.length);
      continue;
    }
    const tooLong = tooLongForArticle(text.length);
    if (tooLong) {
      yield {
        error: { input: file, stage: 'read', code: 'DYAD_E_TOO_LARGE', message: tooLong },
        bytes: bytes.length,
      };
      continue;
    }
    const article = {
      id: basename(file, ext),
      text,
      lang: 'en',
      ...(opts.date ? { published: opts.date } : {}),
    };
    yield { item: { article, input: file }, bytes: bytes.length };
  }
}

const fmt = (n: number) => n.toLocaleString('en-US');

export function formatSummary(s: IngestSummary, store: Store, run: string): string {
  return (
    `stored in ${store.location}: ${fmt(s.articles_new)} articles new, ${fmt(s.articles_duplicate)} duplicate, ` +
    `${fmt(s.articles_recoded)} re-coded, ${fmt(s.articles_failed)} failed; ${fmt(s.events)} events; ` +
    `${fmt(s.clusters)} clusters (${fmt(s.errors)} errors recorded, run ${run})\n`
  );
}

interface Bar {
  advance(bytes: number, s: IngestSummary): void;
  stop(): void;
}

/**
 * The ingest readers (src/ingest: HTML, feeds, WARC, language detection), loaded only when
 * an input needs them: with their libraries they hold ~35 MB that `dyad worker`, `dyad code`
 * and the plain-file path of `dyad ingest` never use.
 */
async function readAnyInputs(
  files: readonly string[],
  opts: ReadInputsOptions,
): Promise<AsyncIterable<ReadResult>> {
  const { readInputs: read } = await import('../ingest/index.ts');
  return read(files, opts);
}

/** A progress bar on stderr over the bytes of the inputs, only on a terminal. */
async function progressBar(files: readonly string[]): Promise<Bar | null> {
  if (!process.stderr.isTTY) return null;
  const { progress } = await import('@clack/prompts');
  let total = 0;
  for (const f of files) {
    try {
      total += statSync(f).size;
    } catch {}
  }
  const bar = progress({ max: Math.max(1, total), output: process.stderr });
  bar.start('ingesting');
  return {
    advance: (bytes, s) =>
      bar.advance(bytes, `${fmt(s.articles_new + s.articles_recoded)} stored, ${fmt(s.events)} events`),
    stop: () => bar.stop('done'),
  };
}

export interface IngestCliOptions extends ReadOptions {
  db: string;
  strict?: boolean;
  recode?: boolean;
  batch?: number;
  json?: boolean;
  /** Coding threads: `auto` is one per core unless the inputs are small; none given, 1. */
  threads?: number | 'auto';
  /** Where the coders run when `threads` > 1 (default worker threads). */
  pool?: PoolKind;
  /** Let the fetcher reach private, loopback and link-local addresses (tests, intranets). */
  allowPrivate?: boolean;
  dict?: string[];
  bundledDict?: boolean;
}

/** An existing file named .txt or .jsonl: read by the fast line reader. */
function isPlainFile(f: string): boolean {
  if (!/\.(txt|jsonl)$/i.test(f)) return false;
  try {
    return statSync(f).isFile();
  } catch {
    return true; // a missing file is reported as an error row by the line reader
  }
}

/** Every input fed to `ingestor`: plain files by the line reader, the rest by the ingest readers. */
export async function feedInputs(
  files: readonly string[],
  opts: ReadOptions & { allowPrivate?: boolean },
  ingestor: Ingestor,
): Promise<void> {
  if (files.length > 0 && files.every(isPlainFile)) {
    for (const next of readInputs(files, opts)) {
      if ('error' in next) await ingestor.fail(next.error);
      else await ingestor.add(next.item);
    }
  } else {
    const fetch = { allowPrivate: !!opts.allowPrivate };
    await ingestResults(await readAnyInputs(files, { date: opts.date, fetch }), ingestor);
  }
}

export async function runIngest(
  coder: Coder,
  files: readonly string[],
  opts: IngestCliOptions,
  out: (s: string) => void,
): Promise<number> {
  const store = await openStore(opts.db);
  const fingerprint = coderFingerprint(coder);
  const run = await store.startRun({ command: 'ingest', args: process.argv.slice(3), coder: fingerprint });
  const threads = chooseThreads(opts.threads, files);
  const pool =
    threads > 1
      ? createCodingPool({
          threads,
          kind: opts.pool,
          dictionaries: opts.dict,
          bundled: opts.bundledDict !== false,
          fingerprint,
        })
      : null;
  const ingestOptions = {
    fingerprint,
    runId: run,
    batchSize: opts.batch,
    recode: opts.recode,
    strict: opts.strict,
  };
  const ingestor = pool
    ? createCodingIngestor(store, { ...ingestOptions, codeMany: pool.code, inFlight: 4 * threads })
    : createIngestor(store, { ...ingestOptions, coder });
  // plain .txt/.jsonl files stream with a byte progress bar; pages, feeds, WARC, directories,
  // URLs and stdin go through the ingest readers (src/ingest), which sniff content
  const plain = files.length > 0 && files.every(isPlainFile);
  const bar = plain ? await progressBar(files) : null;
  try {
    if (plain) {
      for (const next of readInputs(files, opts)) {
        if ('error' in next) await ingestor.fail(next.error);
        else await ingestor.add(next.item);
        bar?.advance(next.bytes, ingestor.summary);
      }
    } else {
      const fetch = { allowPrivate: !!opts.allowPrivate };
      await ingestResults(await readAnyInputs(files, { date: opts.date, fetch }), ingestor, undefined, store);
    }
    const summary = await ingestor.finish();
    await store.finishRun(run, summary, 'done');
    bar?.stop();
    out(
      opts.json
        ? `${JSON.stringify({ run, db: store.location, ...summary })}\n`
        : formatSummary(summary, store, run),
    );
    return 0;
  } catch (e) {
    bar?.stop();
    await store.finishRun(run, ingestor.summary, 'failed').catch(() => {});
    throw e;
  } finally {
    await pool?.close();
    await store.close();
  }
}

/** What `dyad code --db` stores through: every coded article, batched. */
export interface StoreSink {
  add(doc: Doc): Promise<void>;
  /** Writes what is pending and returns the summary line. */
  finish(): Promise<string>;
}

export async function openStoreSink(db: string, coder: Coder): Promise<StoreSink> {
  const store = await openStore(db);
  const fingerprint = coderFingerprint(coder);
  const run = await store.startRun({ command: 'code', args: process.argv.slice(3), coder: fingerprint });
  const ingestor = createIngestor(store, { coder, fingerprint, runId: run });
  return {
    add: (doc) => ingestor.add({ article: doc.article, input: doc.article.id, doc }),
    async finish() {
      try {
        const summary = await ingestor.finish();
        await store.finishRun(run, summary, 'done');
        return formatSummary(summary, store, run);
      } finally {
        await store.close();
      }
    },
  };
}

const positive = (v: string) => {
  const n = Number.parseInt(v, 10);
  if (!(n > 0)) throw new DyadError('DYAD_E_INPUT', `--batch ${v}: expected a positive number`);
  return n;
};

export const dbOption = () =>
  new Option('--db <url>', 'database: a SQLite file or a postgres:// URL').default(DEFAULT_DB);

export function register(program: Command): void {
  program
    .command('ingest')
    .description(
      'read, code and store articles with their events and clusters: .txt and .jsonl files, HTML pages, RSS/Atom/JSON feeds, WARC(.gz), directories, URLs, - for stdin',
    )
    .argument('<inputs...>', 'files, directories, URLs, or - for stdin')
    .addOption(dbOption())
    .addOption(dateOption())
    .option('--strict', 'stop at the first bad input instead of recording it and going on')
    .option('--recode', 're-code articles already stored by the same coder and dictionaries')
    .addOption(
      new Option('--batch <n>', 'articles per transaction').argParser(positive).default(DEFAULT_BATCH),
    )
    .option('--json', 'print the summary as JSON')
    .addOption(
      new Option('--threads <n>', 'coding threads (inputs under 4 MB: 1 unless given)')
        .argParser((v) => {
          const n = Number.parseInt(v, 10);
          if (!(n > 0)) throw new DyadError('DYAD_E_INPUT', `--threads ${v}: expected a positive number`);
          return n;
        })
        .default('auto', 'one per core'),
    )
    .addOption(poolOption())
    .option('--allow-private', 'allow fetching from private, loopback and link-local addresses')
    .option('--queue', 'enqueue the articles for `dyad worker`s instead of coding them (postgres:// --db)')
    .addOption(dictOption())
    .option('--no-bundled-dict', 'use only the --dict folders, not the bundled dictionaries')
    .action(async (files: string[], o) => {
      process.exitCode = o.queue
        ? await runEnqueue((ingestor) => feedInputs(files, o, ingestor), o, write)
        : await runIngest(coderFor(o), files, o, write);
    });
}
