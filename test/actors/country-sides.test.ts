// "The Chinese side": a country's delegation or government in talks, named by the side it takes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

test("a country's side is its government acting", () => {
  assert.deepEqual(bundledTriples('The Chinese side agreed to resume talks with Japan.'), [
    'CHNGOV JPNGOV 036',
  ]);
  assert.deepEqual(bundledTriples('The Pakistani side criticized India.'), ['PAKGOV INDGOV 111']);
});

test('"side" with no country before it is no actor', () => {
  assert.deepEqual(bundledTriples('The other side criticized India.'), []);
  assert.deepEqual(bundledTriples('Both sides agreed to resume talks.'), []);
});
