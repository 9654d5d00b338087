import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

// Recall of conflict wordings (CAMEO roots 09-20) that no pattern coded, each with a look-alike
// that must not code the event.
const coded = (text: string) => bundledTriples(text);
const withCode = (text: string, code: string) => coded(text).filter((t) => t.endsWith(` ${code}`));

test('hitting an actor with sanctions or tariffs is a sanction (163)', () => {
  assert.deepEqual(withCode('Canada hit Venezuela with fresh sanctions.', '163'), ['CANGOV VENGOV 163']);
  assert.deepEqual(withCode('Mexico is hitting Brazil with tariffs on steel.', '163'), ['MEXGOV BRAGOV 163']);
  // hit with rockets stays a fight, not a sanction
  assert.deepEqual(withCode('Hezbollah hit Israel with rockets.', '163'), []);
});

test('calling an actor corrupt, incompetent or unfit is criticism (111)', () => {
  assert.deepEqual(coded('The Kenyan opposition called the Ugandan government corrupt.'), [
    'KENOPP UGAGOV 111',
  ]);
  // a call for action against corrupt officials is not an insult
  assert.deepEqual(withCode('Kenya called for action against corrupt Ugandan officials.', '111'), []);
});

test('preventing a demonstration is repression aimed at its organizers (170)', () => {
  assert.deepEqual(
    withCode('Turkish police prevented the demonstration staged by students at the university.', '170'),
    ['TURCOP TUREDU 170'],
  );
  assert.deepEqual(withCode('Egyptian security forces prevented a rally in Cairo on Friday.', '170'), [
    'EGYMIL EGYCVL 170',
  ]);
  // roads blocked in protest are the protest, and an escalation prevented no protest
  assert.deepEqual(withCode('French farmers blocked roads in protest at the cuts.', '170'), []);
  assert.deepEqual(
    withCode('Egyptian police must prevent the escalation of these demonstrations in Cairo.', '170'),
    [],
  );
});

test('blocking transport into a city is an obstruction protest against its government (144)', () => {
  assert.deepEqual(withCode('Rebels in the Ivory Coast on Tuesday blocked transport into Abidjan.', '144'), [
    'CIVREB CIVGOV 144',
  ]);
  // a policy that blocks a transport deal names no obstruction
  assert.deepEqual(withCode('Ivorian rebels blocked a deal on transport subsidies in Abidjan.', '144'), []);
});

test('warning that one will "no longer" tolerate an act is a threat, as "not" is (130)', () => {
  assert.deepEqual(withCode('Egypt warned that it will no longer tolerate attacks by Hamas.', '130'), [
    'EGYGOV PSEREB 130',
  ]);
  // tolerating something longer is no threat
  assert.deepEqual(
    withCode('Egypt warned that it will tolerate attacks by Hamas no longer than a week.', '130'),
    [],
  );
});
