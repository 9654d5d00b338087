// `dyad export --format gdelt|polecat|csv|jsonl|parquet [--from --to --actor --type]
// [--db] [--out FILE]`: the stored events (clusters, for GDELT) in other formats.
import { createWriteStream, existsSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { type Command, Option } from 'commander';
import { isIsoDate } from '../dict/index.ts';
import { DyadError } from '../errors.ts';
import { EXPORT_FORMATS, type ExportFormat, exportTo } from '../export/index.ts';
import { isPostgresUrl, openStore } from '../store/index.ts';
import { dbOption } from './ingest.ts';

export interface ExportCliOptions {
  format: ExportFormat;
  db: string;
  out?: string;
  from?: string;
  to?: string;
  actor?: string;
  type?: string;
}

function checkDate(name: string, v: string | undefined): void {
  if (v !== undefined && !isIsoDate(v))
    throw new DyadError('DYAD_E_INPUT', `--${name} ${v}: expected YYYY-MM-DD`);
}

export async function runExport(opts: ExportCliOptions): Promise<number> {
  checkDate('from', opts.from);
  checkDate('to', opts.to);
  if (opts.format === 'parquet' && !opts.out && process.stdout.isTTY)
    throw new DyadError('DYAD_E_INPUT', 'parquet is binary: give --out FILE or redirect stdout');
  if (
    !isPostgresUrl(opts.db) &&
    opts.db !== ':memory:' &&
    !existsSync(opts.db.replace(/^sqlite:(\/\/)?/i, ''))
  )
    throw new DyadError(
      'DYAD_E_INPUT',
      `no database at ${opts.db} (store articles first: dyad ingest FILES --db ${opts.db})`,
    );
  const store = await openStore(opts.db);
  const file: Writable | null = opts.out && opts.format !== 'parquet' ? createWriteStream(opts.out) : null;
  try {
    const filter = { from: opts.from, to: opts.to, actor: opts.actor, type: opts.type };
    const stream = file ?? process.stdout;
    const n = await exportTo(store, opts.format, filter, {
      path: opts.format === 'parquet' ? opts.out : undefined,
      stream,
    });
    const what = opts.format === 'gdelt' ? 'events (clusters)' : 'events';
    process.stderr.write(
      `exported ${n.toLocaleString('en-US')} ${what} as ${opts.format}${opts.out ? ` to ${opts.out}` : ''}\n`,
    );
    return 0;
  } finally {
    if (file) {
      file.end();
      await finished(file);
    }
    await store.close();
  }
}

export function register(program: Command): void {
  program
    .command('export')
    .description(
      'write stored events as GDELT 2.0 rows (one per cluster), POLECAT-style PLOVER JSON, CSV, JSONL or Parquet',
    )
    .addOption(
      new Option('--format <format>', 'output format').choices([...EXPORT_FORMATS]).makeOptionMandatory(),
    )
    .addOption(dbOption())
    .option('--out <file>', 'write to this file (default: stdout)')
    .option('--from <YYYY-MM-DD>', 'events on or after this day')
    .option('--to <YYYY-MM-DD>', 'events on or before this day')
    .option('--actor <code>', 'source or target actor (three letters: any sector of that country)')
    .option('--type <type>', 'CAMEO code or root (04, 042) or PLOVER type (CONSULT)')
    .action(async (o: ExportCliOptions) => {
      process.exitCode = await runExport(o);
    });
}
