import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText, triples } from '../helpers/coder.ts';

const coded = (text: string) => triples(codeText(text, '2015-03-01', bundledCoder()).events);

test('exhorting or entreating an actor to act is an appeal, as urging it (020)', () => {
  assert.deepEqual(coded('Kenya exhorted Somalia to hold the elections on time.'), ['KENGOV SOMGOV 020']);
  assert.deepEqual(coded('Kenya entreated Uganda to reopen the border.'), ['KENGOV UGAGOV 020']);
});
