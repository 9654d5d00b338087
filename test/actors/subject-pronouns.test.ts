import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

const coded = (text: string) => bundledTriples(text);

test('"It" opening a sentence as the subject of an act is the previous sentence\'s state or organization', () => {
  assert.deepEqual(
    coded("Kenya's foreign ministry criticized Uganda. It also accused Tanzania of arming rebels."),
    ['KENGOV UGAGOV 111', 'KENGOV TZAGOV 1123'],
  );
  assert.deepEqual(coded('Kenya criticized Uganda. It has demanded that Tanzania withdraw its troops.'), [
    'KENGOV UGAGOV 111',
    'KENGOV TZAGOV 1056',
  ]);
});

test('"They" opening a sentence is the previous sentence\'s group or pair', () => {
  assert.deepEqual(
    coded('Ugandan rebels attacked Kenyan troops on Monday. They also kidnapped Tanzanian aid workers.'),
    ['UGAREB KENMIL 190', 'UGAREB TZANGO 181'],
  );
});

test('no antecedent for a dummy "it", a possessive subject, a person, or a sentence further back', () => {
  assert.deepEqual(coded('Kenya criticized Uganda. It is unclear whether Tanzania will respond.'), [
    'KENGOV UGAGOV 111',
  ]);
  assert.deepEqual(coded("Kenya's economy grew. It also accused Uganda of cheating."), []);
  assert.deepEqual(coded('Kenya criticized Uganda. It means refusing to meet Tanzania.'), [
    'KENGOV UGAGOV 111',
  ]);
  assert.deepEqual(
    coded('Kenyan President William Ruto spoke on Monday. It also accused Uganda of cheating.'),
    [],
  );
  assert.deepEqual(
    coded('Kenya criticized Uganda. The weather was fine. It also accused Tanzania of cheating.'),
    ['KENGOV UGAGOV 111'],
  );
});
