import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

// Recall of CAMEO roots 06-08 (material cooperation, aid, yielding): general wordings of a
// delivered gift, a military or humanitarian contribution, or a returned object that no
// pattern coded, each beside a look-alike that must not code the same.
const coded = (text: string) => bundledTriples(text);

test('"contributed $N million to" an actor is economic aid; a share of an economy or a donation to candidates is not', () => {
  assert.deepEqual(coded('Norway contributed $12 million to Somalia last year.'), ['NORGOV SOMGOV 071']);
  assert.deepEqual(coded('Japan has contributed relief funds to the Philippines.'), ['JPNGOV PHLGOV 071']);
  assert.deepEqual(coded('Chinese firms contributed $3 billion to the Kenyan economy.'), []);
  // political donations are no aid between actors, also after a long amount
  assert.deepEqual(
    coded('The Kenyan tycoon has contributed at least $15 million to Kenyan opposition candidates.'),
    [],
  );
});

test('an amount "worth of" goods handed over or delivered is aid', () => {
  assert.deepEqual(coded('Canada delivered $2 million worth of medical equipment to Haiti.'), [
    'CANGOV HTIGOV 070',
  ]);
  assert.deepEqual(coded('Canada delivered $2 million worth of wheat futures to traders.'), []);
});

test('a money amount or measure inside a gap counts as one word: "$1-billion", "USD $4 million", "1.05 dlrs per bushel"', () => {
  assert.deepEqual(coded('Japan provided a second $1-billion loan guarantee to Egypt.'), [
    'JPNGOV EGYGOV 071',
  ]);
  assert.deepEqual(
    coded('Canada handed over more than USD $4 million worth of medical equipment to Haiti.'),
    ['CANGOV HTIGOV 070'],
  );
  assert.deepEqual(coded('Canada slapped a 1.05 dlrs per bushel duty on Kenyan wheat.'), [
    'CANGOV KENGOV 163',
  ]);
});

test('armoured vehicles delivered or handed over to a state are military aid', () => {
  assert.deepEqual(coded('Britain delivered 50 armoured patrol vehicles to Jordan.'), ['GBRGOV JORGOV 072']);
  assert.deepEqual(coded('Turkey handed over ten armored personnel carriers to Somalia.'), [
    'TURGOV SOMGOV 072',
  ]);
  // the vehicles are an agent phrase: without a recipient after "to" they are no target
  assert.deepEqual(coded('Turkey delivered ten armored personnel carriers last week.'), []);
});

test('flying medicine or tons of aid into a country is humanitarian aid', () => {
  assert.deepEqual(coded('Germany flew medicine to Nepal.'), ['DEUGOV NPLGOV 073']);
  assert.deepEqual(coded('Germany flew over 20 metric tons of medicine to Nepal.'), ['DEUGOV NPLGOV 073']);
  // a leader flying to a country is a visit, not a delivery
  assert.deepEqual(coded('The Cuban president flew to Peru on Monday.'), ['CUBGOV PERGOV 042']);
});

test('troops sent to a peacekeeping mission are peacekeeping (074), not a military build-up (154)', () => {
  assert.deepEqual(coded('Ghana deployed 400 troops to the UN peacekeeping mission in Lebanon.'), [
    'GHAGOV UNO 074',
  ]);
  const buildUp = coded('Russia deployed 400 troops to the border with Ukraine.');
  assert.ok(
    buildUp.some((t) => t.endsWith(' 154')) && !buildUp.some((t) => t.endsWith(' 074')),
    String(buildUp),
  );
});

test('returning artifacts or stolen property to a state is returning property (0842); returning a call is not', () => {
  assert.deepEqual(coded('France returned smuggled gold coins to Egypt.'), ['FRAGOV EGYGOV 0842']);
  assert.deepEqual(coded('Italy returned a bronze statue looted from a temple in 1990 to Nepal.'), [
    'ITAGOV NPLGOV 0842',
  ]);
  // a person coming back with stolen goods returns nothing to anyone
  assert.deepEqual(coded('The Nepali minister returned to Italy with stolen goods.'), []);
  assert.deepEqual(coded("The German chancellor returned the Polish president's call."), []);
});

test('coordinated states "participating in" a war game or exercise cooperate militarily with each other; one alone with no one', () => {
  assert.deepEqual(coded('Chile and Peru are participating in a naval exercise.'), ['CHLGOV PERGOV 062']);
  assert.deepEqual(coded('Japan took part in the exercise on Monday.'), []);
});

test('weapons or patrol boats donated or gifted are military aid', () => {
  assert.deepEqual(coded('India gifted four helicopters to Afghanistan.'), ['INDGOV AFGGOV 072']);
  assert.deepEqual(coded('Japan donated two patrol boats to Vietnam.'), ['JPNGOV VNMGOV 072']);
  // other gifts stay aid in general (070), not military aid
  assert.deepEqual(coded('Japan donated two school buses to Vietnam.'), ['JPNGOV VNMGOV 070']);
});

test('arms are weapons; an arm is not ("the stiff arm", "armed services")', () => {
  assert.deepEqual(coded('France gave the Syrian rebels arms last year.'), ['FRAGOV SYRREB 072']);
  assert.deepEqual(coded('Giving Germany the stiff arm would not change the French calculus.'), []);
  assert.deepEqual(coded('Italy sent the Albanian armed forces a report.'), []);
});

test("billions deposited in a central bank are economic aid; a bank's deposits are not", () => {
  assert.deepEqual(coded('Kuwait deposited $2 billion in the central bank of Jordan.'), [
    'KWTGOV JORGOV 071',
  ]);
  assert.deepEqual(coded('Kenyan savers deposited 40 million shillings with local lenders.'), []);
});

test('the bodies or remains "of" the dead handed over or returned are a release of persons (0841)', () => {
  assert.deepEqual(coded('Armenia handed over the bodies of four Azerbaijani soldiers to Azerbaijan.'), [
    'ARMGOV AZEMIL 0841',
  ]);
  // the body of a private person is no actor's
  assert.deepEqual(coded('The police returned the body of the victim to his family.'), []);
  // the noun "return of the remains" is no act: the welcome is the event
  assert.deepEqual(coded('North Korea welcomed the return of the remains of Chinese soldiers.'), [
    'PRKGOV CHNMIL 051',
  ]);
});

test('"unfroze" (which the tagger leaves unlemmatized) releases assets like "unfreeze"', () => {
  assert.deepEqual(coded('The United States unfroze Iranian assets.'), ['USAGOV IRNGOV 0842']);
  // an amount in the slot: the owner's country is the target (its role read from "Libyan")
  const [amount, ...more] = coded('Britain unfroze $2 billion in Libyan assets.');
  assert.match(amount ?? '', /^GBRGOV LBY\w* 0842$/);
  assert.deepEqual(more, []);
});

test('a court or government approving an extradition engages in judicial cooperation (063); "in order to avoid extradition" does not', () => {
  assert.deepEqual(coded('A British judge approved the extradition of the suspect to Nigeria.'), [
    'GBRJUD NGAGOV 063',
  ]);
  assert.deepEqual(coded('Ecuador kept him in its embassy in order to avoid extradition to Sweden.'), []);
});

test('a noun between "joint" and the drill or patrol still makes a joint exercise (062)', () => {
  assert.deepEqual(coded('Russia and China staged joint air patrols over the Sea of Japan.'), [
    'RUSGOV CHNGOV 062',
  ]);
  // a joint press conference after a drill is no joint drill
  assert.deepEqual(coded('Japan and India held a joint press conference after the drill.'), []);
});

test('coordinated forces that "trained together" cooperate militarily (062); one force training alone does not', () => {
  assert.deepEqual(coded('US and Philippine troops trained together in Luzon.'), ['USAMIL PHLMIL 062']);
  assert.deepEqual(coded('Philippine troops trained together in Luzon.'), []);
});
