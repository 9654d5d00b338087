import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

const coded = (text: string) => bundledTriples(text);

test('"them" after a group a verb or preposition governs is that group', () => {
  assert.deepEqual(
    coded(
      'The Kenyan government criticized Ugandan rebels for the raid, accusing them of killing civilians.',
    ),
    ['KENGOV UGAREB 111', 'KENGOV UGAREB 1122'],
  );
  assert.deepEqual(
    coded('Kenya sent a letter to Uganda and Tanzania, urging them to withdraw their troops.'),
    ['KENGOV UGAGOV 0256', 'KENGOV TZAGOV 0256'],
  );
});

test('"them" is not a group behind a nearer plural noun of no actor', () => {
  assert.deepEqual(coded('Ugandan rebels seized the towns, and Kenya attacked them.'), []);
});

test('"them" is read only after a verb joined by a comma or "and", not in a clause of its own', () => {
  assert.deepEqual(coded('Kenya criticized Ugandan rebels who say that Tanzania would attack them.'), [
    'KENGOV UGAREB 111',
  ]);
});
