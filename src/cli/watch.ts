// `dyad watch FEEDS.txt [--every 15m]`: poll feeds, store and code only what is new, one
// log line per poll. Feed state (ETags, items already read) is kept in the store and saved
// after each poll's articles are committed, so a restart neither loses nor repeats anything.
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Command, Option } from 'commander';
import type { Coder } from '../coder/index.ts';
import { DyadError } from '../errors.ts';
import type { FeedStates, Fetcher, readInputs } from '../ingest/index.ts';
import { coderFingerprint, createIngestor, openStore, type Store } from '../store/index.ts';
import { dbOption } from './ingest.ts';
import { ingestResults } from './ingest-results.ts';
import { coderFor, dictOption, write } from './options.ts';

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `90s`, `15m`, `1h`, `2d` (a bare number is minutes) → milliseconds. */
export function parseDuration(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$/i.exec(text);
  if (!m) throw new DyadError('DYAD_E_INPUT', `--every ${text}: expected a duration such as 90s, 15m, 1h`);
  return Math.round(Number(m[1]) * UNITS[(m[2] || 'm').toLowerCase()]);
}

/** One feed URL a line; blank lines and `#` comments are skipped. */
export function readFeedList(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new DyadError(
      'DYAD_E_INPUT',
      `${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  const feeds: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return;
    if (!/^https?:\/\/\S+$/i.test(line))
      throw new DyadError('DYAD_E_INPUT', `${path}:${i + 1}: "${line.slice(0, 60)}" is not an http(s) URL`);
    feeds.push(line);
  });
  return feeds;
}

export interface WatchOptions {
  db: string;
  /** Milliseconds between poll starts. */
  every: number;
  /** Stop after this many polls (`--once` is 1); forever when absent. */
  polls?: number;
  /** A JSON file for the feed state instead of the store (where it is kept by default). */
  state?: string | null;
  strict?: boolean;
  allowPrivate?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  delayMs?: number;
  /** Stops the loop after the current poll. */
  signal?: AbortSignal;
  /** Replaces the fetcher (tests). */
  fetcher?: Fetcher;
}

interface PollContext {
  store: Store;
  coder: Coder;
  fingerprint: string;
  fetcher: Fetcher;
  /** Set with `--state FILE`; otherwise the state is read from the store at each poll. */
  states: FeedStates | null;
  opts: WatchOptions;
  /** src/ingest's readers, loaded when the watch starts (other commands never load them). */
  read: typeof readInputs;
}

async function poll(n: number, feedsFile: string, c: PollContext): Promise<string> {
  const feeds = readFeedList(feedsFile);
  const run = await c.store.startRun({ command: 'watch', args: [feedsFile], coder: c.fingerprint });
  const ingestor = createIngestor(c.store, {
    coder: c.coder,
    fingerprint: c.fingerprint,
    runId: run,
    strict: c.opts.strict,
  });
  let unchanged = 0;
  let fresh = 0;
  try {
    const states = c.states ?? (await c.store.feedStates(feeds));
    const results = c.read(feeds, {
      fetcher: c.fetcher,
      feedStates: states,
      onFeed: (r) => {
        if (r.notModified) unchanged++;
        fresh += r.fresh;
      },
    });
    const counts = await ingestResults(results, ingestor, undefined, c.store);
    const s = await ingestor.finish();
    await c.store.finishRun(run, s, 'done');
    await states.save();
    return (
      `${new Date().toISOString()} poll ${n}: ${feeds.length} feeds (${unchanged} unchanged), ${fresh} new items, ` +
      `${s.articles_new} articles stored (${counts.duplicates + s.articles_duplicate} duplicate, ` +
      `${counts.notCoded} not coded), ${s.events} events, ${s.errors} errors [run ${run}]`
    );
  } catch (e) {
    await c.store.finishRun(run, ingestor.summary, 'failed').catch(() => {});
    throw e;
  }
}

export async function runWatch(
  coder: Coder,
  feedsFile: string,
  opts: WatchOptions,
  out: (s: string) => void,
): Promise<number> {
  readFeedList(feedsFile);
  const { createFetcher, FETCH_DEFAULTS, fileFeedStates, readInputs } = await import('../ingest/index.ts');
  const states = opts.state ? fileFeedStates(opts.state) : null;
  const fetcher =
    opts.fetcher ??
    createFetcher({
      allowPrivate: opts.allowPrivate,
      timeoutMs: opts.timeoutMs ?? FETCH_DEFAULTS.timeoutMs,
      maxBytes: opts.maxBytes ?? FETCH_DEFAULTS.maxBytes,
      delayMs: opts.delayMs ?? FETCH_DEFAULTS.delayMs,
    });
  const store = await openStore(opts.db);
  const c: PollContext = {
    store,
    coder,
    fingerprint: coderFingerprint(coder),
    fetcher,
    states,
    opts,
    read: readInputs,
  };
  try {
    for (let n = 1; ; n++) {
      const started = Date.now();
      out(`${await poll(n, feedsFile, c)}\n`);
      if ((opts.polls !== undefined && n >= opts.polls) || opts.signal?.aborted) break;
      const wait = Math.max(0, opts.every - (Date.now() - started));
      try {
        await sleep(wait, undefined, { signal: opts.signal });
      } catch {
        break;
      }
    }
  } finally {
    await store.close();
  }
  return 0;
}

const integer = (name: string, min: number) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min)
    throw new DyadError('DYAD_E_INPUT', `${name} ${v}: expected a whole number of at least ${min}`);
  return n;
};

export function register(program: Command): void {
  program
    .command('watch')
    .description(
      'poll the feeds listed in a file (one URL a line), store and code what is new; one log line per poll',
    )
    .argument('<feeds>', 'a text file of feed URLs (# comments allowed); re-read at every poll')
    .addOption(dbOption())
    .option('--every <duration>', 'time between polls: 90s, 15m, 1h', '15m')
    .option('--once', 'poll once and exit (for cron)')
    .option('--state <file>', 'keep feed state (ETags, items read) in this JSON file instead of the store')
    .option('--strict', 'stop at the first failure instead of recording it and going on')
    .option('--allow-private', 'allow fetching private, loopback and link-local addresses')
    .addOption(new Option('--timeout <ms>', 'per-request timeout').argParser(integer('--timeout', 1)))
    .addOption(new Option('--max-bytes <n>', 'size cap per page').argParser(integer('--max-bytes', 1)))
    .addOption(
      new Option('--delay <ms>', 'politeness delay between requests to one host').argParser(
        integer('--delay', 0),
      ),
    )
    .addOption(dictOption())
    .option('--no-bundled-dict', 'use only the --dict folders, not the bundled dictionaries')
    .action(async (feeds: string, o) => {
      const stop = new AbortController();
      const onSignal = () => {
        process.stderr.write('dyad watch: stopping after this poll\n');
        stop.abort();
      };
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        process.exitCode = await runWatch(
          coderFor(o),
          feeds,
          {
            db: o.db,
            every: parseDuration(o.every),
            polls: o.once ? 1 : undefined,
            state: o.state,
            strict: o.strict,
            allowPrivate: o.allowPrivate,
            timeoutMs: o.timeout,
            maxBytes: o.maxBytes,
            delayMs: o.delay,
            signal: stop.signal,
          },
          write,
        );
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
}
