// "X told Y that he …": whom X tells is no subject of what X tells; "he" there is X.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

test('the teller is the subject of "he" in what he tells, whoever he tells it to', () => {
  assert.deepEqual(bundledTriples('Erdogan told reporters that he would meet Netanyahu.', '2010-01-01'), [
    'TURGOV ISRGOV 036',
  ]);
  assert.deepEqual(bundledTriples('Erdogan told Al Jazeera he would meet Netanyahu.', '2010-01-01'), [
    'TURGOV ISRGOV 036',
  ]);
});

test('a named subject of what is told is still its subject', () => {
  assert.deepEqual(bundledTriples('Erdogan told reporters that Israel had attacked Gaza.', '2010-01-01'), [
    'ISRGOV PSECVL 190',
  ]);
});
