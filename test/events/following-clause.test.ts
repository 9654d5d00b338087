// "following …" sets an act after another; the people named there are not its target.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

test('the victims of what an act follows are not its target', () => {
  assert.deepEqual(
    bundledTriples(
      'Israel reimposed blockades in the West Bank following the shooting deaths of two Israelis.',
    ),
    ['ISRGOV PSECVL 191'],
  );
});

test('the target before "following" is still found', () => {
  assert.deepEqual(bundledTriples('Israel imposed a blockade on Hamas following the attack.'), [
    'ISRGOV PSEREB 191',
  ]);
});
