// Coordinated named parties of a symmetric act act with each other; a countryless group after
// the pattern is what they act about.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

test('a symmetric act of two named parties is between them, not with the group it is about', () => {
  assert.deepEqual(bundledTriples('Turkey and Greece agreed to share information on missing people.'), [
    'TURGOV GRCGOV 0314',
  ]);
});

test('a partner after "with", or one with a country, is still the partner', () => {
  // (and the two that agreed agreed with each other: agreed-together.test.ts)
  assert.deepEqual(bundledTriples('Turkey and Greece agreed to share intelligence with Iraq.'), [
    'TURGOV IRQGOV 0314',
    'GRCGOV IRQGOV 0314',
    'TURGOV GRCGOV 030',
  ]);
});
