// `dyad serve`: the HTTP API and the dashboard over a database. `dyad start` (npm start):
// build the dashboard if needed, code the bundled examples into a local SQLite file, serve.
import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Command, Option } from 'commander';
import type { Coder } from '../coder/index.ts';
import { DyadError } from '../errors.ts';
import type { Listening } from '../server/index.ts';
import { ensureWeb, WEB_DIST } from '../server/web-build.ts';
import { openStore } from '../store/index.ts';
import { dbOption, runIngest } from './ingest.ts';
import { coderFor, dictOption, EXAMPLES, write } from './options.ts';

export const EXAMPLES_DB = '.cache/examples.sqlite';

export interface ServeOptions {
  db: string;
  port: number;
  host: string;
  cors?: string;
  web?: string;
  maxBody?: number;
  dict?: string[];
  bundledDict?: boolean;
}

const integer = (name: string, min: number, max: number) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new DyadError('DYAD_E_INPUT', `${name} ${v}: expected a whole number from ${min} to ${max}`);
  return n;
};

const parsePort = integer('--port', 0, 65535);

export async function runServe(
  o: ServeOptions,
  out: (s: string) => void,
  coder?: () => Coder,
): Promise<Listening> {
  // the HTTP server (Hono, zod) is loaded by the commands that serve, not by every command
  const { createApp, listen } = await import('../server/index.ts');
  const store = await openStore(o.db);
  const token = process.env.DYAD_TOKEN || null;
  const app = createApp({
    store,
    token,
    coder: coder ?? (() => coderFor(o)),
    webDir: o.web ?? WEB_DIST,
    corsOrigins: (o.cors ?? process.env.DYAD_CORS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    maxBodyBytes: o.maxBody,
  });
  let listening: Listening;
  try {
    listening = await listen(app, { port: o.port, host: o.host });
  } catch (e) {
    await store.close();
    throw e;
  }
  const mode = token
    ? 'POST /articles with the DYAD_TOKEN bearer token'
    : 'read-only (set DYAD_TOKEN for writes)';
  out(
    `Dyad serving ${store.location}: ${mode}\n  dashboard ${listening.url}\n  API docs  ${listening.url}docs\n`,
  );
  const stop = async () => {
    await listening.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return listening;
}

export async function runStart(o: ServeOptions, out: (s: string) => void): Promise<Listening> {
  const web = await ensureWeb();
  if (web === 'built') out(`dashboard built in ${WEB_DIST}\n`);
  if (web === 'unavailable') out('dashboard not built: Vite is not installed (run npm install)\n');
  const files = readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.txt') || f.endsWith('.jsonl'))
    .map((f) => join(EXAMPLES, f));
  mkdirSync(dirname(o.db), { recursive: true });
  let coder: Coder | undefined;
  const shared = () => {
    coder ??= coderFor(o);
    return coder;
  };
  await runIngest(shared(), files, { db: o.db }, out);
  return runServe(o, out, shared);
}

export const serveOptions = (command: Command, db: Option): Command =>
  command
    .addOption(db)
    .addOption(new Option('--port <n>', 'TCP port (0: any free one)').argParser(parsePort).default(8080))
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--cors <origins>', 'comma-separated origins allowed by CORS (default: none; or DYAD_CORS)')
    .option('--web <dir>', 'the built dashboard to serve', WEB_DIST)
    .addOption(
      new Option('--max-body <bytes>', 'largest request body').argParser(integer('--max-body', 1, 2 ** 30)),
    )
    .addOption(dictOption())
    .option('--no-bundled-dict', 'use only the --dict folders, not the bundled dictionaries');

export function register(program: Command): void {
  serveOptions(
    program
      .command('serve')
      .description('serve the HTTP API (OpenAPI at /openapi.json, docs at /docs) and the dashboard'),
    dbOption(),
  ).action(async (o: ServeOptions) => {
    await runServe(o, write);
  });
}
