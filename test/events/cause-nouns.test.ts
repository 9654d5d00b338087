import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText, triples } from '../helpers/coder.ts';

const coded = (text: string) => triples(codeText(text, '2014-09-20', bundledCoder()).events);
const fights = (text: string) => coded(text).filter((t) => t.endsWith(' 190'));

test('an unowned "the fight against X" after a preposition names a cause, not the subject\'s combat', () => {
  assert.deepEqual(
    fights('More than 40 countries have offered assistance in the battle against the Islamic State.'),
    [],
  );
  assert.deepEqual(
    fights('Kerry said the United States expects Turkey to step up in the fight against the Islamic State.'),
    [],
  );
  assert.deepEqual(
    fights('Lawmakers say voters are focused on issues like the battle against the Islamic State.'),
    [],
  );
});

test('an unowned struggle noun after a verb other than one of taking it up is no act', () => {
  assert.deepEqual(
    fights('The United States is steeling itself for a yearslong fight against the Islamic State.'),
    [],
  );
});

test('a struggle the subject takes up, is in, or owns is still its combat', () => {
  assert.deepEqual(fights('France joined the fight against the Islamic State.'), ['FRAGOV IMGREB 190']);
  assert.deepEqual(fights('Britain stepped up the fight against the Islamic State.'), ['GBRGOV IMGREB 190']);
  assert.deepEqual(fights('Syrian rebels are locked in a fierce battle with government forces.'), [
    'SYRREB SYRMIL 190',
  ]);
  assert.deepEqual(
    fights('The Iraqi army is using American arms in its daily fight against the Islamic State.'),
    ['IRQMIL IMGREB 190'],
  );
});
