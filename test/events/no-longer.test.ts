// "no longer" negates the act after it, though "no" before a verb alone does not ("no one attacked").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

test('an act no longer done is negated: a refusal, or no event', () => {
  assert.deepEqual(bundledTriples('Iran will no longer cooperate with the IAEA.'), ['IRNGOV UNO 121']);
  assert.deepEqual(bundledTriples('Turkey no longer supports the rebels.'), []);
});

test('the act without "no longer" is still coded', () => {
  assert.deepEqual(bundledTriples('Turkey supports the rebels.'), ['TURGOV ---REB 051']);
});
