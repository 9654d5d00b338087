import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { resolvePhrase } from '../../src/actors/index.ts';
import { aliasOverlaps, lintDictionaries, loadDictionaries } from '../../src/dict/index.ts';
import { type ActorCase, isScoredCase, scoreActorCases } from '../../src/eval/index.ts';
import { bundledCoder } from '../helpers/coder.ts';
import { sharedPath, skipUnlessShared } from '../helpers/shared.ts';

test('the bundled dictionaries lint clean, and no two people share an alias over overlapping dates', () => {
  const { dictionaries, problems } = loadDictionaries();
  assert.deepEqual(problems, []);
  assert.deepEqual(aliasOverlaps(dictionaries), []);
  assert.deepEqual(lintDictionaries(dictionaries), []);
});

test('resolve: dated offices, titles, metonyms, cities, possessives', () => {
  const r = (p: string, date = '2025-06-01', context?: string) =>
    resolvePhrase(bundledCoder(), p, { date, context })?.code ?? null;
  assert.equal(r('Marco Rubio', '2019-01-01'), 'USALEG');
  assert.equal(r('Marco Rubio', '2025-06-01'), 'USAGOV');
  assert.equal(r('the Kremlin'), 'RUSGOV');
  assert.equal(r('Downing Street'), 'GBRGOV');
  assert.equal(r("Pakistan's foreign office"), 'PAKGOV');
  assert.equal(r('Pakistani troops'), 'PAKMIL');
  assert.equal(r('Kenyan President William Ruto'), 'KENGOV');
  assert.equal(r("Estonia's foreign minister Margus Tsahkna"), 'ESTGOV');
  assert.equal(r('Shanghai police'), 'CHNCOP');
  assert.equal(r('a former CIA official'), 'USAELI');
  assert.equal(r('the Taliban', '2019-01-01'), 'AFGREB');
  assert.equal(r('the Taliban', '2023-01-01'), 'AFGGOV');
});

test('NGEC actor resolution: country+sector accuracy floor', {
  skip: skipUnlessShared('peers', 'ngec-actor-resolution', 'actors.jsonl'),
}, () => {
  const cases = readFileSync(sharedPath('peers', 'ngec-actor-resolution', 'actors.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ActorCase)
    .filter(isScoredCase);
  const s = scoreActorCases(bundledCoder(), cases);
  assert.ok(
    s.accuracy >= 0.9,
    `accuracy ${s.accuracy} (${s.correct}/${s.cases}); see scripts/ngec-report.ts`,
  );
});
