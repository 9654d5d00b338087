import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCapitalized, isLetterInitial, isLowerInitial } from '../../src/nlp/capitals.ts';

test('a word’s first letter: capital, lower-case or any, in ASCII and beyond', () => {
  assert.deepEqual(['Obama', 'Élysée', 'obama', 'état', '1987', '-', ''].map(isCapitalized), [
    true,
    true,
    false,
    false,
    false,
    false,
    false,
  ]);
  assert.deepEqual(['talks', 'état', 'Talks', 'Élysée', "'s", '1987', ''].map(isLowerInitial), [
    true,
    true,
    false,
    false,
    false,
    false,
    false,
  ]);
  assert.deepEqual(['Obama', 'talks', 'Ürümqi', 'ñandú', '1987', '“', ''].map(isLetterInitial), [
    true,
    true,
    true,
    true,
    false,
    false,
    false,
  ]);
});
