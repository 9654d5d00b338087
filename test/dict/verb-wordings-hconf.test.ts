import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

// Wordings added to dictionaries/verbs 10–20 from the AllSides/Reuters corpus, with their look-alikes.
const coded = (text: string) => bundledTriples(text);

test('drew / faced criticism from, came under fire from: the critic is the source (111, reversed)', () => {
  assert.deepEqual(coded('The Russian government drew heavy criticism from Germany over the arrests.'), [
    'DEUGOV RUSGOV 111',
  ]);
  assert.deepEqual(coded('Iran faced criticism from Saudi Arabia over the attack.'), ['SAUGOV IRNGOV 111']);
  assert.deepEqual(coded('Iran came under fire from Saudi Arabia over the attack.'), ['SAUGOV IRNGOV 111']);
  assert.ok(
    !coded('The convoy came under fire from Taliban militants near Kandahar.').some((t) =>
      t.endsWith(' 111'),
    ),
  );
});

test('hammer an actor (over, for, away at): verbal attack 111; hammer out, hammer home, hammered by a regime are not', () => {
  assert.deepEqual(coded('President Trump hammered China over its trade surplus.'), ['USAGOV CHNGOV 111']);
  assert.deepEqual(coded('China hammered the United States for its tariffs.'), ['CHNGOV USAGOV 111']);
  assert.ok(!coded('The senators hammered out a deal with Iran.').some((t) => t.endsWith(' 111')));
  assert.ok(!coded('Syrian troops hammered rebel positions with artillery.').some((t) => t.endsWith(' 111')));
  assert.ok(!coded('Syrians are being hammered by the Assad regime.').some((t) => t.endsWith(' 111')));
});

test('challenge an actor on / over something: 111; challenge X to do is not a criticism', () => {
  assert.deepEqual(coded('France challenged Germany on its budget rules.'), ['FRAGOV DEUGOV 111']);
  assert.ok(!coded('France challenged Germany to hold talks.').some((t) => t.endsWith(' 111')));
});

test('market demand (demand from investors, demand for live animals) is not a political demand', () => {
  assert.deepEqual(coded('Demand from Japanese investors for Chinese bonds is heavy.'), []);
  assert.deepEqual(coded('Iran demanded that Britain release the sailors.'), ['IRNGOV GBRGOV 1053']);
});

test('refused (Tuesday) to confirm is no rejection', () => {
  assert.deepEqual(coded('Psaki refused Tuesday to confirm whether Russia had expelled the diplomats.'), []);
});

test('"protests in Cairo", "protest camps": a background noun, not a protest against an actor', () => {
  assert.deepEqual(
    coded('Carney said there were protests in Cairo, then protests elsewhere, including Benghazi.'),
    [],
  );
  assert.deepEqual(coded('Hundreds of Iraqis protested in Baghdad against the United States.'), [
    'IRQCVL USAGOV 141',
  ]);
  assert.deepEqual(coded('Egyptians protested against the Israeli embassy.'), ['EGYCVL ISRGOV 141']);
});

test('figurative fights (fighting to regain, picked a fight with) and "fighting at/in" a place name no sides', () => {
  assert.deepEqual(coded('Three workers were killed in fighting at a South African refinery.'), []);
  assert.deepEqual(coded('The Republican governor picked a fight with President Obama.'), []);
  assert.deepEqual(
    coded('Contra rebels have been fighting the Nicaraguan government for six years.'),
    ['NICREB NICGOV 190'],
    'the contras are Nicaraguan rebels (organizations.txt)',
  );
  assert.deepEqual(coded('Rebels fighting to topple President Bashar al-Assad made gains.'), [
    '---REB SYRGOV 190',
  ]);
  assert.deepEqual(
    coded('Heavy fighting in Aleppo between Syrian rebels and government forces killed dozens.'),
    ['SYRREB SYRMIL 190'],
  );
});

test('a new round of sanctions, put sanctions on, increase sanctions on: 163', () => {
  assert.deepEqual(coded('The European Union announced a fresh round of sanctions on Russia.'), [
    'EEC RUSGOV 163',
  ]);
  assert.deepEqual(coded('The United States put new sanctions on Iran on Monday.'), ['USAGOV IRNGOV 163']);
  assert.deepEqual(coded('Britain increased sanctions on Syria.'), ['GBRGOV SYRGOV 163']);
  assert.ok(!coded('The court put a stay on the ruling against Iran.').some((t) => t.endsWith(' 163')));
});

test('captured defence posts, seized one of the fortifications: 192', () => {
  assert.deepEqual(coded('Iranian forces captured several Iraqi defence posts east of Basra.'), [
    'IRNMIL IRQGOV 192',
  ]);
  assert.deepEqual(coded('The Iranian troops seized one of the strongest Iraqi fortifications.'), [
    'IRNMIL IRQGOV 192',
  ]);
  assert.deepEqual(coded('The party captured the post of mayor in Ankara.'), []);
});

test('barred / blocked workers from entering: restrict movement 191; blocking a bill is not', () => {
  assert.deepEqual(
    coded('North Korea on Wednesday barred South Korean workers from entering a jointly run factory park.'),
    ['PRKGOV KORLAB 191'],
  );
  assert.ok(!coded('Republicans blocked the bill from reaching the floor.').some((t) => t.endsWith(' 191')));
});

test('failed to reach / conclude an agreement, failed to agree: failed negotiations (164), both ways', () => {
  assert.deepEqual(coded('Iran and Iraq failed to reach an agreement on the border on Sunday.'), [
    'IRNGOV IRQGOV 164',
  ]);
  assert.deepEqual(coded('Canadian and Egyptian negotiators failed to conclude a wheat deal last week.'), [
    'CANGOV EGYGOV 164',
  ]);
  assert.deepEqual(coded('Japan failed to agree with China on fishing quotas.'), ['JPNGOV CHNGOV 164']);
  assert.deepEqual(coded('The Senate failed to reach a quorum on Monday.'), []);
  assert.deepEqual(coded('Turkey failed to secure enough votes from Greece.'), []);
  assert.deepEqual(coded('Should Iran and Iraq fail to reach a deal, oil prices will rise.'), []);
});

test('opposed to / opposes mediation or arbitration: rejects the mediator (126)', () => {
  assert.deepEqual(coded('Israel is opposed to French mediation in the talks.'), ['ISRGOV FRAGOV 126']);
  assert.deepEqual(coded('Morocco opposes UN arbitration of the dispute.'), ['MARGOV UNO 126']);
  // opposing a plan is an objection (110, 11-disapprove.txt), not a rejection of mediation
  assert.deepEqual(coded('Israel opposed the French plan.'), ['ISRGOV FRAGOV 110']);
});

test('forced residents or refugees out (of their homes) is expulsion (174); forcing out a chief executive is not', () => {
  assert.deepEqual(coded('The Israeli army forced out 1,000 Palestinian refugees from their homes.'), [
    'ISRMIL PSEREF 174',
  ]);
  assert.deepEqual(coded('Israeli troops forced Palestinian families from their homes.'), [
    'ISRMIL PSECVL 174',
  ]);
  assert.deepEqual(coded('The Chinese government forced out the chief executive.'), []);
  assert.deepEqual(
    coded('Israeli bulldozers demolished a Palestinian school.').map((t) => t.split(' ')[0]),
    ['ISRMIL'],
  );
});

test('military and army units, and a country’s plural "units", are its armed forces', () => {
  assert.deepEqual(coded('Syrian army units shelled rebel positions near Aleppo.'), ['SYRMIL SYRREB 194']);
  assert.deepEqual(
    coded('Russian military units attacked Ukrainian troops.').map((t) => t.split(' ')[0]),
    ['RUSMIL'],
  );
  assert.deepEqual(
    coded('Bosnian Serb units threatened to shell British forces.').map((t) => t.split(' ')[0]),
    ['BIHMIL'],
  );
  assert.deepEqual(coded('The Israeli Cabinet approved a plan to build 700 housing units.'), []);
});

test('the UN weapons inspectors in Iraq (UNSCOM, UNMOVIC) are the UN', () => {
  assert.deepEqual(coded('Iraq expelled all UNSCOM weapons inspectors.'), ['IRQGOV UNO 1662']);
  assert.deepEqual(
    coded('Iraq barred UNMOVIC inspectors from the site.').map((t) => t.split(' ')[1]),
    ['UNO'],
  );
});
