import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

// Recall of conflict wordings (CAMEO roots 09-20) that no pattern coded, or that a look-alike
// guard swallowed, each with a look-alike that must not code the event.
const coded = (text: string) => bundledTriples(text);
const withCode = (text: string, code: string) => coded(text).filter((t) => t.endsWith(` ${code}`));

test('an ultimatum to an actor is coded even when a "warning of" follows it (139)', () => {
  assert.deepEqual(
    withCode('Serbia issued an ultimatum to Kosovo warning of force if its police stay in the north.', '139'),
    ['SRBGOV XKXGOV 139'],
  );
  // a forecast issued to an actor stays guarded
  assert.deepEqual(coded('Serbia issued a warning of floods to Kosovo.'), []);
});

test('holding or using people as human shields, with a long description of the people (184)', () => {
  assert.deepEqual(coded('Al-Shabaab held hundreds of frightened Somali women as human shields.'), [
    'SOMREB SOMCVL 184',
  ]);
  assert.deepEqual(
    coded('Boko Haram is using more than 2,000 Nigerian villagers as human shields in the forest.'),
    ['NGAREB NGACVL 184'],
  );
  // people held, not as shields: no event
  assert.deepEqual(coded('Al-Shabaab held hundreds of frightened Somali women in the camp.'), []);
});

test("refusing or denying permission for an actor's observers or mission to come (1245)", () => {
  assert.deepEqual(coded('Belarus denied permission for OSCE election observers to monitor the vote.'), [
    'BLRGOV SCE 1245',
  ]);
  assert.deepEqual(
    withCode('Burundi refused permission for an African Union fact-finding mission to visit.', '1245'),
    ['BDIGOV OAU 1245'],
  );
  // a sports team is not international involvement
  assert.deepEqual(
    withCode('Israel denied permission for the Palestinian football team to travel.', '1245'),
    [],
  );
});
