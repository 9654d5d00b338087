import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

// "speak" with a manner adverb and "of/about" is praise (051) or criticism (111); "speak out
// against" is criticism. Bare "speak of/about" is neither ("Hammond spoke of significant progress").
const coded = (text: string) => bundledTriples(text);

test('"speak glowingly/admiringly/warmly of" an actor is praise (051)', () => {
  assert.deepEqual(coded("Japan's prime minister spoke glowingly about China."), ['JPNGOV CHNGOV 051']);
  assert.deepEqual(coded("The German foreign minister spoke admiringly of North Korea's leader."), [
    'DEUGOV PRKGOV 051',
  ]);
  // "speaks well of" is the idiom "reflects well on", not praise
  assert.deepEqual(coded('The deal does not speak well of the Japanese government.'), []);
  assert.deepEqual(coded("Japan's prime minister spoke about China."), []);
});

test('"speak out against" and "speak critically/ill of" an actor is criticism (111)', () => {
  assert.deepEqual(coded("Germany's foreign minister spoke out against Russia's annexation of Crimea."), [
    'DEUGOV RUSGOV 111',
  ]);
  assert.deepEqual(coded("Japan's prime minister spoke critically of China."), ['JPNGOV CHNGOV 111']);
});
