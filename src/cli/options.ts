/** Options and helpers shared by the CLI commands. */
import { fileURLToPath } from 'node:url';
import { Option } from 'commander';
import { createCoder } from '../coder/index.ts';

export const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));
export const write = (s: string) => process.stdout.write(s);
export const collect = (v: string, prev: string[]) => [...prev, v];

export function coderFor(opts: { dict?: string[]; bundledDict?: boolean }) {
  const coder = createCoder({ dictionaries: opts.dict ?? [], bundled: opts.bundledDict !== false });
  for (const p of coder.problems) process.stderr.write(`warning: ${p.id}: ${p.message}\n`);
  return coder;
}

export const dictOption = () =>
  new Option('--dict <dir>', 'extra dictionary folder, read after the bundled ones (repeatable)')
    .argParser(collect)
    .default([]);
export const dateOption = () => new Option('--date <YYYY-MM-DD>', 'article date for inputs that carry none');

/** Where `--threads` coders run (src/pool/processes.ts says why processes exist). */
export const poolOption = () =>
  new Option('--pool <kind>', 'where the --threads coders run: worker threads or child processes')
    .choices(['threads', 'processes'])
    .default('threads');
