import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

// Recall of cooperation (CAMEO roots 03-08): wordings that report aid, peacekeeping or a
// concession and that no pattern coded, each with a look-alike that must not code it.
const coded = (text: string) => bundledTriples(text);

test('giving or providing an actor technical assistance is aid (070)', () => {
  assert.deepEqual(coded('Chile gave Bolivia technical assistance.'), ['CHLGOV BOLGOV 070']);
  assert.deepEqual(coded('Sweden provided Liberia technological support.'), ['SWEGOV LBRGOV 070']);
  // a technical briefing is no aid
  assert.deepEqual(coded('Chile gave Bolivia a technical briefing.'), []);
});

test('a loan or credit guarantee is economic aid (071); a bare guarantee stays an assurance', () => {
  assert.deepEqual(coded('Norway provided a loan guarantee to Tunisia.'), ['NORGOV TUNGOV 071']);
  assert.deepEqual(coded('Japan extended credit guarantees to Vietnam.'), ['JPNGOV VNMGOV 071']);
  assert.deepEqual(coded('Norway provided a guarantee to Tunisia that it would not interfere.'), []);
});

test('training (not only "trained") an actor\'s soldiers or police is military aid (072)', () => {
  assert.deepEqual(coded('Argentina is training Paraguayan police officers.'), ['ARGGOV PRYCOP 072']);
  assert.deepEqual(coded('Turkey is training Somali soldiers.'), ['TURGOV SOMMIL 072']);
  // civilians trained, and the noun "the training of", code nothing
  assert.deepEqual(coded('The ministry is training Kenyan teachers.'), []);
  assert.deepEqual(coded('Egypt said the training of Libyan officers had ended.'), []);
});

test('taking part, serving in or joining a peacekeeping operation is peacekeeping (074)', () => {
  assert.deepEqual(coded('Fijian troops take part in peacekeeping operations in Lebanon.'), [
    'FJIMIL LBNCVL 074',
  ]);
  assert.deepEqual(coded('Uruguayan soldiers served in the peacekeeping force in Congo.'), [
    'URYMIL CODMIL 074',
  ]);
  assert.deepEqual(coded('Mongolian troops joined the peacekeeping mission in Sudan.'), [
    'MNGMIL SDNCVL 074',
  ]);
  // a joint exercise is military cooperation, not peacekeeping: between its participants,
  // and the place's people are none of them
  assert.deepEqual(coded('Fijian troops take part in military exercises in Lebanon.'), []);
  assert.deepEqual(coded('Fijian and Indian troops take part in military exercises in Lebanon.'), [
    'FJIMIL INDMIL 062',
  ]);
});

test('contributing to peacekeeping or contributing air support is 074; being ready to is the intent (0334)', () => {
  assert.deepEqual(coded('Ghana contributes to UN peacekeeping operations.'), ['GHAGOV UNO 074']);
  assert.deepEqual(coded('Ghana is ready to contribute to UN peacekeeping operations.'), ['GHAGOV UNO 0334']);
  assert.deepEqual(coded('Kenya contributed air support to the mission in Somalia.'), ['KENGOV SOMCVL 074']);
  assert.deepEqual(coded('Kenya is ready to contribute air support to the mission in Somalia.'), [
    'KENGOV SOMCVL 0334',
  ]);
  // contributing to a failure is a cause, not a contribution
  assert.deepEqual(coded('France contributed to the failure of the peacekeeping mission in Mali.'), []);
});

test('releasing some "of the hostages" is a release (0841), though the noun "release of" is guarded', () => {
  assert.deepEqual(coded('Philippine rebels released two of the hostages on Sunday.'), [
    'PHLREB ---CVL 0841',
  ]);
  assert.deepEqual(coded('Philippine rebels said they would release some of the hostages.'), [
    'PHLREB ---CVL 0353',
  ]);
  // calling for the release is a demand, not a release
  assert.deepEqual(coded('Manila called for the release of the hostages.'), ['PHLGOV ---CVL 1053']);
});

test('arriving somewhere to join or for a peacekeeping mission, and the deployment of troops to one, are 074', () => {
  assert.deepEqual(coded('Zambian troops arrived in Mali to join the UN peacekeeping mission there.'), [
    'ZMBMIL UNO 074',
  ]);
  assert.deepEqual(coded('Zambian peacekeepers arrived in Sudan on Monday for a peacekeeping mission.'), [
    'ZMBMIL SDNCVL 074',
  ]);
  assert.deepEqual(
    coded('Zambia announced the deployment of 300 troops to Mali on a peacekeeping mission.'),
    ['ZMBGOV MLIGOV 074'],
  );
  // a plain arrival is a visit, a plain deployment a show of force
  assert.deepEqual(coded('Zambian troops arrived in Mali for talks on the peacekeeping mission.'), [
    'ZMBMIL MLIGOV 042',
  ]);
  assert.deepEqual(coded('Zambia announced the deployment of 300 troops to Mali.'), ['ZMBGOV MLIGOV 154']);
});

test('joining an actor for talks is a negotiation (046), a future one an intent (036)', () => {
  assert.deepEqual(coded('The Peruvian president joined Chilean President Boric for talks in Lima.'), [
    'PERGOV CHLGOV 046',
  ]);
  assert.deepEqual(coded('The Peruvian president will join Chilean President Boric for talks in Lima.'), [
    'PERGOV CHLGOV 036',
  ]);
  // joining a call for talks is no talk with anyone
  assert.deepEqual(coded('Peru joined the call for talks between the rivals.'), []);
});

test('surrendering, with a time or place before "to", to an actor is a surrender (0874)', () => {
  assert.deepEqual(coded('Guatemalan rebels surrendered on Friday to the army.'), ['GTMREB GTMMIL 0874']);
  // a passport surrendered, and a party that will not surrender in talks, code nothing
  assert.deepEqual(coded('The Guatemalan minister surrendered his passport to the police.'), []);
  assert.deepEqual(coded('Republicans will not surrender during negotiations to avert the crisis.'), []);
});

test('allowing or granting UN agencies access is international involvement (086), promised: 0355', () => {
  assert.deepEqual(coded('Laos allowed UN agencies access to the flooded provinces.'), ['LAOGOV UNO 086']);
  assert.deepEqual(coded('Laos said it would allow UN agencies access to the flooded provinces.'), [
    'LAOGOV UNO 0355',
  ]);
  // agencies that are not the actor in the slot: no event
  assert.deepEqual(coded('Laos gave the agencies of Thailand access to its data.'), []);
});

test('returning weapons to an actor is disarming (0873), promised: 0356', () => {
  assert.deepEqual(coded('Colombian militias returned their weapons to the army.'), ['COLREB COLMIL 0873']);
  assert.deepEqual(coded('Colombian militias said they would return their weapons to the army.'), [
    'COLREB COLMIL 0356',
  ]);
  // returning fire is no disarmament
  assert.deepEqual(coded('The Colombian army returned fire.'), []);
});

test("attending a body's meeting or summit consults it (040), a future one is an intent (036)", () => {
  assert.deepEqual(
    coded('The Chilean foreign minister attended a meeting of the Organization of American States.'),
    ['CHLGOV OAS 040'],
  );
  assert.deepEqual(coded("The Chilean foreign minister will attend Monday's summit of the African Union."), [
    'CHLGOV OAU 036',
  ]);
  // telling a meeting something, or a meeting of nobody named, is a setting
  assert.deepEqual(
    coded('The Chilean foreign minister told a meeting of the African Union that aid was coming.'),
    [],
  );
  assert.deepEqual(coded('The Chilean foreign minister attended the meeting.'), []);
});

test('joining an actor for a meeting or a meal is a consultation with them (040)', () => {
  assert.deepEqual(
    coded('The Indian foreign minister joined the Japanese foreign minister for a working dinner.'),
    ['INDGOV JPNGOV 040'],
  );
  // joining a body's meeting is no partner
  assert.deepEqual(coded('The Indian foreign minister joined reporters for a dinner.'), []);
});

test('evacuating or dismantling settlements is a withdrawal from occupied land (0874)', () => {
  assert.deepEqual(
    coded('Israel evacuated four settlements in the northern West Bank.').filter((t) => t.endsWith(' 0874')),
    ['ISRGOV PSEGOV 0874'],
  );
  // announced, it is an intent to withdraw (0356)
  assert.deepEqual(coded('Israel will evacuate all 21 settlements in the Gaza Strip.'), [
    'ISRGOV PSECVL 0356',
  ]);
  // a network dismantled is no settlement given up
  assert.deepEqual(
    coded('Israel dismantled a Hamas network in the West Bank.').filter((t) => t.endsWith(' 0874')),
    [],
  );
});
