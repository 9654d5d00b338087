import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

const coded = (text: string) => bundledTriples(text);

test('a swipe, jab, dig or potshot taken at an actor is criticism; a shot at doing something is an attempt', () => {
  assert.deepEqual(coded('Norway took a swipe at Denmark during the summit.'), ['NORGOV DNKGOV 111']);
  assert.deepEqual(coded('Chile took a thinly veiled jab at Peru over fishing.'), ['CHLGOV PERGOV 111']);
  assert.deepEqual(coded('Hungary took potshots at Austria in a radio interview.'), ['HUNGOV AUTGOV 111']);
  assert.deepEqual(coded('Kenya took his shot at convincing the voters.'), []);
});

test('insults, barbs and accusations traded between two actors are mutual criticism and accusation', () => {
  assert.deepEqual(coded('Ghana and Togo traded sharp barbs over the border fence.'), ['GHAGOV TGOGOV 111']);
  assert.deepEqual(coded('Bolivia exchanged insults with Paraguay on Monday.'), ['BOLGOV PRYGOV 111']);
  assert.deepEqual(coded('Armenia and Azerbaijan traded accusations over the shelling.'), [
    'ARMGOV AZEGOV 112',
  ]);
  // one side alone, with nobody after "with": no event
  assert.deepEqual(coded('Peru traded barbs on television.'), []);
  // insider trading charges are no accusation traded
  assert.deepEqual(coded('The Securities and Exchange Commission filed insider trading charges.'), []);
});

test('threats traded between two actors are mutual threats', () => {
  assert.deepEqual(coded('Sudan and Chad traded threats of military action.'), ['SDNGOV TCDGOV 138']);
  assert.deepEqual(coded('Greece exchanged threats with Turkey over the islands.'), ['GRCGOV TURGOV 130']);
});

test('calling out an actor is criticism; calling out the guard or calling out to someone is not', () => {
  assert.deepEqual(coded('Finland called out Russia for its airspace violations.'), ['FINGOV RUSGOV 111']);
  assert.deepEqual(coded('Lithuania called out Belarus on Monday.'), ['LTUGOV BLRGOV 111']);
  assert.deepEqual(coded('A reporter called out to the Kenyan president.'), []);
  assert.deepEqual(coded('Kenya called out the army to restore order in Nairobi.'), []);
});

test('criticism, insults or accusations leveled, lobbed or hurled at an actor', () => {
  assert.deepEqual(coded('Serbia leveled harsh criticism at Croatia on Friday.'), ['SRBGOV HRVGOV 111']);
  assert.deepEqual(coded('Venezuela hurled insults at Colombia during the session.'), ['VENGOV COLGOV 111']);
  assert.deepEqual(coded('Ethiopia lobbed new accusations at Eritrea.'), ['ETHGOV ERIGOV 112']);
});

test('stones hurled at police are a riot; rockets lobbed at a country are artillery fire', () => {
  assert.deepEqual(coded('Bolivian protesters hurled stones at the police in La Paz.'), [
    'BOLCVL BOLCOP 145',
  ]);
  assert.deepEqual(coded('Hezbollah lobbed rockets at Israel overnight.'), ['LBNREB ISRGOV 194']);
  assert.deepEqual(coded('Hezbollah lobbed questions at the moderator.'), []);
});

test('hitting, knocking, dinging or skewering an actor for something is criticism', () => {
  assert.deepEqual(coded('Poland hit Germany for its pipeline policy.'), ['POLGOV DEUGOV 111']);
  assert.deepEqual(coded('Ecuador skewered Peru over its border patrols.'), ['ECUGOV PERGOV 111']);
  assert.deepEqual(coded('Ireland dinged Britain for the delay.'), ['IRLGOV GBRGOV 111']);
  // a campaign trail is no actor; hitting an armed group for the second day is force, not a rebuke
  assert.deepEqual(coded('The Kenyan president hit the campaign trail for his party.'), []);
  assert.deepEqual(coded('Turkey hit the PKK for the third straight day.'), []);
});

test("a court rejecting or dismissing a party's appeal rejects that party", () => {
  assert.deepEqual(coded("Myanmar's Supreme Court rejected the final appeal of two Reuters journalists."), [
    'MMRJUD ---JRN 120',
  ]);
  assert.deepEqual(coded('The Kenyan High Court dismissed an appeal by the Ugandan government.'), [
    'KENJUD UGAGOV 120',
  ]);
});
