// "X said [a phrase naming no actor] did …": the speaker is not the reported clause's subject,
// though the phrase is counted ("more than 40 countries") or has an aside of examples.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

test('a counted subject of a reported clause is not the speaker', () => {
  assert.deepEqual(bundledTriples('Obama said more than 40 countries have offered to help Iraq.'), []);
  assert.deepEqual(bundledTriples('Obama said at least 12 countries have offered to help Iraq.'), []);
});

test('an aside of examples naming no actor does not make the speaker the subject', () => {
  assert.deepEqual(
    bundledTriples('Obama said more than 40 countries, including Arab nations, have offered to help Iraq.'),
    [],
  );
});

test('an actor named in the aside is the subject; a named subject is still found', () => {
  assert.deepEqual(bundledTriples('Obama said countries, including Jordan, have offered to help Iraq.'), [
    'JORGOV IRQGOV 033',
  ]);
  assert.deepEqual(bundledTriples('Obama said Jordan has offered to help Iraq.'), ['JORGOV IRQGOV 033']);
});
