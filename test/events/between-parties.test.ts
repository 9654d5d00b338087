// "between A and B" names two parties even when A's mention ends before its noun phrase does
// ("between an Israeli peace group and Hamas": "an Israeli" is the mention, "peace group" is left
// over, so the two were not read as one coordinated mention). target.ts, secondParty.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText } from '../helpers/coder.ts';

const events = (text: string) =>
  codeText(text, '2013-06-01', bundledCoder())
    .events.map((e) => `${e.source} ${e.cameo} ${e.target}`)
    .sort();

test('both parties of "between" are the targets of hosting their meeting', () => {
  assert.deepEqual(events('Egypt hosted a meeting between an Israeli peace group and the Arab League.'), [
    'EGYGOV 045 ARL',
    'EGYGOV 045 ISRGOV',
  ]);
  assert.deepEqual(events('Norway offered to mediate between a Colombian rebel faction and Venezuela.'), [
    'NORGOV 039 COLREB',
    'NORGOV 039 VENGOV',
  ]);
});

test('an actor after "and" that opens a clause of its own is no second party', () => {
  assert.deepEqual(
    events('Egypt hosted a meeting between an Israeli peace group, and Jordan criticized it.').filter((e) =>
      e.startsWith('EGYGOV'),
    ),
    ['EGYGOV 045 ISRGOV'],
  );
});
