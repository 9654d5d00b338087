import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText, triples } from '../helpers/coder.ts';

const coded = (text: string) => triples(codeText(text, '2015-03-01', bundledCoder()).events);

test('working with an actor towards an end is cooperation (060), and promised it is AGREE (031)', () => {
  assert.deepEqual(coded('Kenya worked with Somalia to secure the border crossing.'), ['KENGOV SOMGOV 060']);
  assert.deepEqual(coded('Kenya will work closely with Somalia to secure the border crossing.'), [
    'KENGOV SOMGOV 031',
  ]);
});

test('a job or a standing tie, and the -ing form, are no joint act', () => {
  assert.deepEqual(coded('A Kenyan diplomat who worked with Somalia for a decade retired.'), []);
  assert.deepEqual(coded('Kenya was optimistic about working with Somalia to secure the border.'), []);
});
