// A clause judged unlikely ("it is unlikely that …"), or forecast as likely with "will"/"would",
// is the writer's judgement of an act, not the act.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

test('an act in a clause after "it is unlikely that" is not coded', () => {
  assert.deepEqual(bundledTriples('It is unlikely that Russia would sign a treaty with Ukraine.'), []);
});

test('"unlikely" without "that", after an adverb and "seems", still judges the clause', () => {
  assert.deepEqual(bundledTriples('It seems highly unlikely Russia will sign a treaty with Ukraine.'), []);
});

test('"makes it unlikely that" judges the clause', () => {
  assert.deepEqual(
    bundledTriples('The stalemate makes it unlikely that Russia will sign a treaty with Ukraine.'),
    [],
  );
});

test('"doubtful that" judges the clause', () => {
  assert.deepEqual(bundledTriples('It is doubtful that Russia will sign a treaty with Ukraine.'), []);
});

test('"it is likely that" with "will" is a forecast, not an announcement', () => {
  assert.deepEqual(bundledTriples('It is likely that Russia will sign a treaty with Ukraine.'), []);
});

test('"it is likely that" with a past act stays a report of the act', () => {
  assert.deepEqual(bundledTriples('It is likely that Russia signed a treaty with Ukraine.'), [
    'RUSGOV UKRGOV 057',
  ]);
});

test('a judgement in another clause leaves the act coded', () => {
  assert.deepEqual(bundledTriples('It was unlikely, but Russia signed a treaty with Ukraine.'), [
    'RUSGOV UKRGOV 057',
  ]);
});
