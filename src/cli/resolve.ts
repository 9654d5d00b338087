import type { Command } from 'commander';
import { resolvePhrase } from '../actors/index.ts';
import { isIsoDate } from '../dict/index.ts';
import { DyadError } from '../errors.ts';
import { coderFor, dictOption, write } from './options.ts';

/** `dyad resolve "PHRASE"`: the actor the coder would resolve a phrase to, as JSON. */
export function register(program: Command): void {
  program
    .command('resolve')
    .description('print the actor a phrase resolves to (code, country, sector, name, office, rules) as JSON')
    .argument('<phrase>', 'an actor phrase, e.g. "Kenyan President William Ruto"')
    .option('--date <YYYY-MM-DD>', 'resolve offices held on this date (default: today)')
    .option('--context <text>', 'a sentence or country name that tells the phrase its country')
    .addOption(dictOption())
    .action((phrase: string, o: { date?: string; context?: string; dict?: string[] }) => {
      if (o.date && !isIsoDate(o.date))
        throw new DyadError('DYAD_E_DATE', `--date ${o.date} is not YYYY-MM-DD`);
      const date = o.date ?? new Date().toISOString().slice(0, 10);
      const actor = resolvePhrase(coderFor(o), phrase, { date, context: o.context });
      write(
        `${JSON.stringify(actor ? { phrase, date, ...actor } : { phrase, date, code: null }, null, 2)}\n`,
      );
      process.exitCode = actor ? 0 : 1;
    });
}
