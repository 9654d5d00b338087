import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readGold } from '../../src/cli/eval.ts';
import { evaluate, type GoldRecord, type ScoredEvent, score } from '../../src/eval/index.ts';
import { bundledCoder } from '../helpers/coder.ts';
import { sharedPath, skipUnlessShared } from '../helpers/shared.ts';

const gold: GoldRecord[] = [
  {
    id: 'a',
    events: [
      { source: 'PAKGOV', target: 'USAGOV', code: 'CONSULT' },
      { source: 'USA', target: 'PAKGOV', code: 'DEMAND' },
    ],
  },
  { id: 'b', events: [{ source: 'IRNGOV', target: 'ISRMIL', code: '190' }] },
  { id: 'c', events: [] },
];

test('symmetric events match both ways; a 3-letter gold code matches any sector; legacy names map', () => {
  const sys = new Map<string, ScoredEvent[]>([
    [
      'a',
      [
        { source: 'USAGOV', target: 'PAKGOV', plover: 'CONSULT', cameo: '040' },
        { source: 'USAMIL', target: 'PAKGOV', plover: 'REQUEST', cameo: '100' },
      ],
    ],
    ['b', [{ source: 'IRNGOV', target: 'ISRMIL', plover: 'ASSAULT', cameo: '190' }]],
    ['c', [{ source: 'IRNGOV', target: 'ISRGOV', plover: 'ACCUSE', cameo: '111' }]],
  ]);
  const p = score(gold, sys, 'plover');
  // gold a: CONSULT both ways (2) + REQUEST (1); b has no plover key in gold (CAMEO digits only)
  assert.deepEqual([p.tp, p.fp, p.fn], [3, 2, 0]);
  const c = score(gold, sys, 'cameo');
  assert.deepEqual([c.tp, c.fp, c.fn, c.exact_records], [1, 3, 0, 1]);
});

test('dyad eval gives the same figures as shared/tools/score.py', {
  skip: skipUnlessShared('tools', 'score.py'),
}, () => {
  const file = sharedPath('peers', 'petrarch2-gsr', 'gold.jsonl');
  const rows = readGold(file);
  const report = evaluate(bundledCoder(), rows, ['plover', 'dyad-quad', 'cameo-root']);
  const dir = mkdtempSync(join(tmpdir(), 'dyad-eval-'));
  const sysFile = join(dir, 'events.jsonl');
  writeFileSync(sysFile, report.events.map((e) => JSON.stringify(e)).join('\n'));
  let out: string;
  try {
    out = execFileSync(
      'python3',
      [sharedPath('tools', 'score.py'), '--gold', file, '--system', sysFile, '--json'],
      { encoding: 'utf8' },
    );
  } catch {
    return; // no python3 on this machine: nothing to compare against
  }
  const ref = JSON.parse(out) as {
    view: string;
    tp: number;
    fp: number;
    fn: number;
    exact_records: number;
  }[];
  for (const r of ref) {
    const mine = report.scores.find((s) => s.view === r.view)!;
    assert.deepEqual(
      [mine.tp, mine.fp, mine.fn, mine.exact_records],
      [r.tp, r.fp, r.fn, r.exact_records],
      r.view,
    );
  }
});

test('five-way classes follow CAMEO roots; no event is neutral', async () => {
  const { pentaclassOf, predictClass } = await import('../../src/eval/index.ts');
  assert.deepEqual(
    ['010', '020', '036', '057', '061', '087', '090', '130', '141', '150', '163', '172', '190', '2041'].map(
      pentaclassOf,
    ),
    [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 3, 4, 4, 4],
  );
  assert.equal(predictClass([]), 0);
});
