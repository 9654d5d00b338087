import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText, triples } from '../helpers/coder.ts';

const coded = (text: string) => triples(codeText(text, '2015-03-01', bundledCoder()).events);

test('an official sent to a country makes its government visit there (042)', () => {
  assert.deepEqual(coded('Kenya sent its foreign minister to Mogadishu on Tuesday.'), ['KENGOV SOMGOV 042']);
  assert.deepEqual(coded('Kenya dispatched two senior diplomats to Somalia.'), ['KENGOV SOMGOV 042']);
});

test('an official sent "to" do something visits no one', () => {
  assert.deepEqual(coded('Kenya sent an official to hear what Somalia had to say.'), []);
});
