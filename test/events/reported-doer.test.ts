// A reaction that names an act only by a back-pointing noun ("condemned the strikes") is aimed
// at the doer of that act, when the act was coded just before.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

test('condemning the strikes told just before is disapproval of their doer', () => {
  assert.deepEqual(
    bundledTriples(
      'Israel launched air strikes on Hezbollah targets in southern Lebanon on Wednesday. ' +
        "Lebanon's Prime Minister Nawaf Salam condemned the strikes.",
      '2025-03-12',
    ),
    ['ISRGOV LBNREB 195', 'LBNGOV ISRGOV 111'],
  );
});

test('denouncing the sanctions told just before is disapproval of who imposed them', () => {
  assert.deepEqual(
    bundledTriples('The European Union imposed new sanctions on Russia. Moscow denounced the sanctions.'),
    ['EEC RUSGOV 163', 'RUSGOV EEC 111'],
  );
});

test('denying accusations is no event, though they were told just before', () => {
  assert.deepEqual(
    bundledTriples('Turkey accused Greece of violating its airspace. Greece rejected the accusations.'),
    ['TURGOV GRCGOV 1123'],
  );
});

test('no earlier act of that kind, or no back-pointing noun, names no target', () => {
  // the earlier act is talks, not an attack
  assert.deepEqual(bundledTriples('Israel held talks with Egypt. Lebanon condemned the strikes.'), [
    'ISRGOV EGYGOV 046',
  ]);
  // "strikes" with no determiner is no reference back
  assert.deepEqual(
    bundledTriples('Israel launched air strikes on Hezbollah targets. Lebanon condemned strikes in general.'),
    ['ISRGOV LBNREB 195'],
  );
});
