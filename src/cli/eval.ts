import type { Coder } from '../coder/index.ts';
import { DyadError } from '../errors.ts';
import {
  evaluate,
  type GoldRecord,
  isPentaclassGold,
  scorePentaclass,
  VIEWS,
  type View,
} from '../eval/index.ts';
import type { Event } from '../model/index.ts';
import { readInput } from './input.ts';
import { formatTable } from './table.ts';

export function readGold(path: string): GoldRecord[] {
  const out: GoldRecord[] = [];
  readInput(path)
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        out.push(JSON.parse(line) as GoldRecord);
      } catch {
        throw new DyadError('DYAD_E_GOLD', `${path}:${i + 1}: not valid JSON`);
      }
    });
  return out;
}

export interface EvalOptions {
  views?: string;
  misses?: boolean;
  json?: boolean;
  split?: string;
  minConfidence?: number;
  groupCodes?: boolean;
}

export function runEval(coder: Coder, file: string, opts: EvalOptions, write: (s: string) => void): number {
  let gold = readGold(file);
  if (opts.split)
    gold = gold.filter((g) => (g as { notes?: { split?: string } }).notes?.split === opts.split);
  if (isPentaclassGold(gold)) return runPentaclass(coder, gold, opts, write);
  const views = (opts.views ?? 'plover,dyad-quad,cameo-root,cameo').split(',').map((v) => v.trim()) as View[];
  for (const v of views)
    if (!VIEWS.includes(v)) throw new DyadError('DYAD_E_INPUT', `unknown view ${v} (${VIEWS.join(', ')})`);
  const report = evaluate(coder, gold, views, {
    minConfidence: opts.minConfidence,
    groupCodes: opts.groupCodes,
  });
  if (opts.json) {
    write(
      `${JSON.stringify({ scores: report.scores, confusion: report.confusion, ...(opts.misses ? { misses: report.misses } : {}) })}\n`,
    );
    return 0;
  }
  for (const r of report.scores) {
    write(
      `${r.view.padStart(10)}: P ${r.precision.toFixed(3)}  R ${r.recall.toFixed(3)}  F1 ${r.f1.toFixed(3)}  (tp ${r.tp} fp ${r.fp} fn ${r.fn}; exact ${r.exact_records}/${r.records})\n`,
    );
  }
  const types = Object.keys(report.confusion).sort();
  const cols = [...new Set(Object.values(report.confusion).flatMap((r) => Object.keys(r)))].sort();
  if (types.length > 0) {
    write('\nconfusion (gold type → coded type on the same dyad):\n');
    write(
      `${formatTable(
        ['gold', ...cols],
        types.map((t) => [t, ...cols.map((c) => String(report.confusion[t][c] ?? ''))]),
      )}\n`,
    );
  }
  if (opts.misses) {
    write('\n');
    for (const m of report.misses) {
      write(
        `${m.kind.toUpperCase()} ${m.record}: ${m.triple.join(' ')}${m.rule ? `  rule ${m.rule} "${m.evidence}"` : ''}\n    ${m.text}\n`,
      );
    }
  }
  return 0;
}

/** ConfliBERT-style gold (`PENTACLASS:n`): five-way sentence accuracy and its confusion matrix. */
function runPentaclass(
  coder: Coder,
  gold: GoldRecord[],
  opts: EvalOptions,
  write: (s: string) => void,
): number {
  const byArticle = new Map<string, Event[]>();
  for (const g of gold) {
    const events = coder.code({ id: String(g.id), text: g.text ?? '', lang: 'en' }).events;
    byArticle.set(
      String(g.id),
      events.filter((e) => e.confidence >= (opts.minConfidence ?? 0)),
    );
  }
  const s = scorePentaclass(gold, byArticle);
  if (opts.json) {
    write(`${JSON.stringify(s)}\n`);
    return 0;
  }
  write(`pentaclass: accuracy ${s.accuracy.toFixed(3)} (${s.correct}/${s.records})\n`);
  const names = ['neutral', 'verbal-coop', 'material-coop', 'verbal-conflict', 'material-conflict'];
  write(
    `${formatTable(
      ['gold \\ coded', ...names],
      s.confusion.map((row, i) => [names[i], ...row.map(String)]),
    )}\n`,
  );
  return 0;
}
