// A force posture moves the source's own forces: they are what it deploys, not whom it faces.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

test('own troops deployed are no target', () => {
  assert.deepEqual(
    bundledTriples('Gov. Rick Perry deployed 1,000 Texas National Guard troops to the border.', '2014-07-21'),
    [],
  );
});

test('the party they are deployed to or against is still the target', () => {
  assert.deepEqual(bundledTriples('The Pentagon sent 3,000 U.S. troops to Liberia.'), ['USAGOV LBRGOV 154']);
  assert.deepEqual(bundledTriples('China mobilized its army against India.'), ['CHNGOV INDGOV 154']);
});
