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

test('kicking or throwing out an ambassador breaks diplomatic relations (161)', () => {
  assert.deepEqual(coded('Ecuador kicked out the Colombian ambassador.'), ['ECUGOV COLGOV 161']);
  assert.deepEqual(coded("Bolivia threw Israel's ambassador out of the country."), ['BOLGOV ISRGOV 161']);
  // someone of the ambassador's, or a court case thrown out: no expulsion
  assert.deepEqual(coded("Peru kicked out the Chilean ambassador's son from the club."), []);
  assert.deepEqual(coded('The Peruvian court threw out the case against the Chilean ambassador.'), []);
});

test('branding an actor a traitor or an aggressor is criticism (111)', () => {
  assert.deepEqual(coded('Venezuela branded the Colombian president a traitor.'), ['VENGOV COLGOV 111']);
  assert.deepEqual(coded('Armenia branded Azerbaijan an aggressor.'), ['ARMGOV AZEGOV 111']);
  // a verdict on a thing, not an insult to an actor
  assert.deepEqual(withCode("Venezuela branded the Colombian president's visit a success.", '111'), []);
});

test('dismissing a resolution or slamming the door on a bid is a rejection (120)', () => {
  assert.deepEqual(coded('Iran dismissed the IAEA resolution as politically motivated.'), ['IRNGOV UNO 120']);
  assert.deepEqual(coded("Turkey slammed the door on Sweden's NATO bid."), ['TURGOV SWEGOV 120']);
  // dismissing a report denies findings (no event); a real door slammed is no rejection
  assert.deepEqual(coded('Iran dismissed the IAEA report as politically motivated.'), []);
  assert.deepEqual(coded('The Turkish envoy slammed the door on his way out of the Swedish embassy.'), []);
});

test("cancelling an actor's state visit reduces relations with it (161)", () => {
  assert.deepEqual(coded("Britain cancelled the Chinese president's state visit."), ['GBRGOV CHNGOV 161']);
  assert.deepEqual(withCode("Britain hosted the Chinese president's state visit.", '161'), []);
});

test('ordering UN staff out of the country is an expulsion of a group (166), below the specific lines', () => {
  assert.deepEqual(coded('Burundi ordered UN human rights officials out of the country.'), [
    'BDIGOV UNO 166',
  ]);
  // the specific expulsions keep their codes
  assert.deepEqual(coded('Eritrea ordered UN inspectors out of the country.'), ['ERIGOV UNO 1662']);
  assert.deepEqual(coded('Mali ordered the French ambassador out of the country.'), ['MLIGOV FRAGOV 161']);
  // out of a room, not of the country
  assert.deepEqual(coded('The Kenyan judge ordered the British reporters out of the courtroom.'), []);
});

test('a High Commission is an embassy: marching on it or rallying outside it is a protest against its country (141, 145)', () => {
  assert.deepEqual(coded('Pakistani students marched on the Indian High Commission.'), ['PAKEDU INDGOV 141']);
  assert.deepEqual(coded('Sri Lankan Tamils rallied outside the British High Commission in Colombo.'), [
    'LKACVL GBRGOV 141',
  ]);
  // protesters storming it riot (145), not a military assault (190)
  assert.deepEqual(coded('Bangladeshi protesters stormed the Indian High Commission.'), [
    'BGDCVL INDGOV 145',
  ]);
  // a visit to a High Commission is no protest
  assert.deepEqual(withCode('The Nigerian minister travelled to the British High Commission.', '141'), []);
});

test('medical, surgical or peacekeeping operations carried out by soldiers are no attack (190)', () => {
  assert.deepEqual(
    withCode('The Ghanaian army carried out free medical operations for Togolese refugees.', '190'),
    [],
  );
  assert.deepEqual(
    withCode('Indian army doctors carried out dozens of surgical operations on Nepali villagers.', '190'),
    [],
  );
  assert.deepEqual(withCode('Bangladeshi troops conducted peacekeeping operations in Mali.', '190'), []);
  // operations against an armed group still are
  assert.deepEqual(coded('The Nigerian army carried out operations against Boko Haram.'), [
    'NGAMIL NGAREB 190',
  ]);
});

test('declining to extradite or to hand over suspects or captives rejects (1213, 1243)', () => {
  assert.deepEqual(coded('Britain declined to extradite the Rwandan suspects.'), ['GBRGOV RWAGOV 1213']);
  assert.deepEqual(coded('Iran declined to release the British sailors.'), ['IRNGOV GBRMIL 1243']);
  // declining to release documents, or to discuss someone, is no rejection
  assert.deepEqual(coded('The Kenyan minister declined to release his tax returns.'), []);
  assert.deepEqual(coded('Britain declined to discuss the Rwandan suspects.'), []);
});

test('ramming a ship at sea is force (190); a ferry ramming a pier is no event', () => {
  assert.deepEqual(coded('The Chinese navy rammed a Vietnamese fishing boat.'), ['CHNMIL VNMGOV 190']);
  assert.deepEqual(coded('A Greek ferry rammed the pier in Piraeus.'), []);
});

test('executing or hanging a person is an assault (180, PLOVER mode execute); executing a plan is no event', () => {
  assert.deepEqual(coded('Iran executed a British journalist.'), ['IRNGOV GBRJRN 180']);
  assert.deepEqual(coded('Saudi Arabia put three Shiite clerics to death.'), ['SAUGOV ---REL 180']);
  assert.deepEqual(coded('A British journalist was executed by Iran.'), ['IRNGOV GBRJRN 180']);
  assert.deepEqual(coded('Iran executed a deal with Russia.'), []);
  assert.deepEqual(coded('The plan was executed by Iran.'), []);
});
