// Force an observer reports is not the observer's act.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

test('activists and monitors reporting airstrikes did not strike', () => {
  assert.deepEqual(bundledTriples('Syrian activists reported several airstrikes on Raqqa.'), []);
  assert.deepEqual(
    bundledTriples('The Syrian Observatory for Human Rights reported airstrikes on rebel positions.'),
    [],
  );
});

test("a state's own announcement or report of strikes is still its act", () => {
  assert.deepEqual(bundledTriples("Israel's army announced airstrikes on Hamas targets."), [
    'ISRMIL PSEREB 195',
  ]);
  assert.deepEqual(
    bundledTriples('The Russian defense ministry reported airstrikes on Islamic State targets.'),
    ['RUSGOV IMGREB 195'],
  );
});
