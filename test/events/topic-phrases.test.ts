import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

test('an actor inside a topic phrase past the pattern is not the target', () => {
  assert.deepEqual(
    bundledTriples('Pakistan rejected accusations about the collapse of Iran’s currency.'),
    [],
    'what the accusations are about names no party to the rejection',
  );
  assert.deepEqual(
    bundledTriples('Kenya criticized Uganda over the closure of the border.'),
    ['KENGOV UGAGOV 111'],
    'a target before the topic stays',
  );
});
