import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCapitalized, isLetterInitial, isLowerInitial } from '../../src/nlp/capitals.ts';

test('a word’s first letter: capital, lower-case or any, in ASCII and beyond', () => {
  // word, isCapitalized, isLowerInitial, isLetterInitial
  const cases: [string, boolean, boolean, boolean][] = [
    ['Obama', true, false, true],
    ['Élysée', true, false, true],
    ['Ürümqi', true, false, true],
    ['talks', false, true, true],
    ['état', false, true, true],
    ['ñandú', false, true, true],
    ["'s", false, false, false],
    ['1987', false, false, false],
    ['“', false, false, false],
    ['', false, false, false],
  ];
  for (const [word, capital, lower, letter] of cases) {
    assert.equal(isCapitalized(word), capital, `isCapitalized(${word})`);
    assert.equal(isLowerInitial(word), lower, `isLowerInitial(${word})`);
    assert.equal(isLetterInitial(word), letter, `isLetterInitial(${word})`);
  }
});
