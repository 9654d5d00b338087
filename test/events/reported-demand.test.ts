// "X said Y must …": a demand reported as what another must do (dictionaries/verbs/10-demand.txt,
// `slot-only` patterns): the speaker demands it of the actor right before "must", or nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText } from '../helpers/coder.ts';

const demands = (text: string) =>
  codeText(text, '2024-03-05', bundledCoder())
    .events.filter((e) => e.cameo === '100')
    .map((e) => `${e.source} ${e.target}`);

test('a reported "must" is a demand of the actor before it', () => {
  assert.deepEqual(demands('Norway said on Monday that Chile must release the detained fishermen.'), [
    'NORGOV CHLGOV',
  ]);
  assert.deepEqual(demands('The Kenyan government insisted Uganda must withdraw its troops.'), [
    'KENGOV UGAGOV',
  ]);
});

test('no actor exactly before "must", or a guess about the past: no demand', () => {
  assert.deepEqual(demands('Norway stressed that its relationship with a new Chile must endure.'), []);
  assert.deepEqual(demands('Norway said the world must act now.'), []);
  assert.deepEqual(demands('Norway said Chile must have known about the plot.'), []);
});
