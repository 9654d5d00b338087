import { Command, Option } from 'commander';
import { runCode } from './code.ts';
import { EXTRA_COMMANDS } from './commands.ts';
import { runEval } from './eval.ts';
import { runExplain } from './explain.ts';
import { runLint } from './lint.ts';
import { coderFor, dateOption, dictOption, write } from './options.ts';
import { EXAMPLES_DB, runStart, type ServeOptions, serveOptions } from './serve.ts';

export function buildProgram(): Command {
  const program = new Command('dyad')
    .description(
      'Political event data from news text: who did what to whom, in CAMEO and PLOVER, with evidence.',
    )
    .showHelpAfterError();

  program
    .command('code')
    .description(
      'code articles (.txt = one article, .jsonl = {id,title,date,url,text} a line, or stdin) into events',
    )
    .argument('[files...]', 'input files; stdin when none')
    .addOption(dateOption())
    .addOption(
      new Option('--format <format>', 'output format (table on a terminal, jsonl otherwise)').choices([
        'table',
        'jsonl',
      ]),
    )
    .option('--min-confidence <n>', 'drop events below this confidence (0..1)', Number.parseFloat)
    .option('--db <url>', 'also store articles, events and clusters (SQLite file or postgres:// URL)')
    .option('--quotes', 'one record per article: its events, quotes, casualties, topics and sources')
    .addOption(dictOption())
    .option('--no-bundled-dict', 'use only the --dict folders, not the bundled dictionaries')
    .action(async (files: string[], o) => {
      process.exitCode = await runCode(
        () => coderFor(o),
        files,
        { date: o.date, format: o.format, minConfidence: o.minConfidence, db: o.db, quotes: o.quotes },
        write,
      );
    });

  program
    .command('explain')
    .description('show per sentence the tokens, mentions, actor resolution, events and the rules that fired')
    .argument('<file>', 'an article (.txt) or JSONL file')
    .addOption(dateOption())
    .option('--sentence <n>', 'only this sentence (0-based)', (v) => Number.parseInt(v, 10))
    .addOption(dictOption())
    .option('--no-bundled-dict', 'use only the --dict folders, not the bundled dictionaries')
    .action((file: string, o) => {
      process.exitCode = runExplain(coderFor(o), file, { date: o.date, sentence: o.sentence }, write);
    });

  program
    .command('eval')
    .description(
      'score the coder on a gold JSONL file (shared/ANNOTATION.md): precision, recall, F1 per view',
    )
    .argument('<gold>', 'gold.jsonl ({id,text,date,events:[{source,target,code}]})')
    .option(
      '--views <list>',
      'comma-separated: plover,dyad-quad,cameo-root,cameo',
      'plover,dyad-quad,cameo-root,cameo',
    )
    .option('--misses', 'list each missed or spurious triple with its sentence and rule')
    .option('--split <name>', 'only records whose notes.split is this (e.g. test)')
    .option('--min-confidence <n>', 'drop events below this confidence', Number.parseFloat)
    .option(
      '--group-codes',
      "write actors' ethnic or religious group into their codes as CAMEO does (IRQCVLKUR), not country + sector only",
    )
    .option('--json', 'machine-readable output')
    .addOption(dictOption())
    .option('--no-bundled-dict', 'use only the --dict folders, not the bundled dictionaries')
    .action((file: string, o) => {
      process.exitCode = runEval(coderFor(o), file, o, write);
    });

  const dict = program.command('dict').description('dictionary tools');
  dict
    .command('lint')
    .description(
      'check dictionaries: syntax, unknown codes, duplicates, bad dates, overlapping aliases (file:line)',
    )
    .addOption(dictOption())
    .option('--no-bundled-dict', 'use only the --dict folders, not the bundled dictionaries')
    .action((o) => {
      process.exitCode = runLint(o.dict, write, o.bundledDict !== false);
    });

  serveOptions(
    program
      .command('start')
      .description(
        'build the dashboard if needed, code the bundled examples into a local SQLite file and serve them (what `npm start` runs)',
      ),
    new Option('--db <file>', 'the SQLite file the examples are coded into').default(EXAMPLES_DB),
  ).action(async (o: ServeOptions) => {
    await runStart(o, write);
  });

  for (const register of EXTRA_COMMANDS) register(program);
  return program;
}
