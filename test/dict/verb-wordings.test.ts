import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

// Wordings added to dictionaries/verbs for recall (issue #4), with their look-alikes.
const coded = (text: string) => bundledTriples(text);

test('press / push / pressure an actor to act: appeal (020) or demand (100), complement absorbed', () => {
  assert.deepEqual(coded('The United States pressed China to release the prisoners.'), [
    'USAGOV CHNGOV 0253',
  ]);
  assert.deepEqual(coded('The United States pushed China to release the prisoners.'), ['USAGOV CHNGOV 0253']);
  assert.deepEqual(coded('The EU stepped up pressure on Iran to release the sailors.'), ['EEC IRNGOV 1053']);
  assert.deepEqual(
    coded('Iran faces pressure from Russia to help Syria.'),
    ['RUSGOV IRNGOV 100'],
    'roles reversed',
  );
  assert.deepEqual(coded('The US presented evidence against Russia.'), ['USAGOV RUSGOV 112']);
  assert.deepEqual(coded('Republicans pushed back against Iran to the end.'), []);
});

test('hyphenated cyber-attacks, cyber warfare', () => {
  assert.deepEqual(coded('Russia carried out cyber-attacks against Ukrainian banks.'), ['RUSGOV UKRGOV 176']);
  assert.deepEqual(coded('Pakistan has launched cyber warfare against India.'), ['PAKGOV INDGOV 176']);
});

test('suspension of air links; state of siege', () => {
  assert.deepEqual(coded('Italy announced a suspension of air links with Serbia on Wednesday.'), [
    'ITAGOV SRBGOV 163',
  ]);
  assert.deepEqual(coded('Morocco suspended air links with Spain.'), ['MARGOV ESPGOV 163']);
});

test('aid: gave firearms to, distributed food to, accepted refugees; "ammunition" as a figure of speech is not aid', () => {
  assert.deepEqual(coded('The United States gave 625 new firearms to the Philippine Marines.'), [
    'USAGOV PHLMIL 072',
  ]);
  assert.deepEqual(coded('U.S. military gives medical equipment to Nicaragua.'), ['USAMIL NICGOV 070']);
  assert.deepEqual(coded('The United States accepted 1,141 Iraqi refugees in May.'), ['USAGOV IRQREF 073']);
  assert.deepEqual(coded('The ruling gave Iran ammunition to attack Pakistan.'), []);
});

test('political mobilization is not a force posture', () => {
  assert.deepEqual(coded('Russia mobilized troops along the Ukrainian border.'), ['RUSGOV UKRGOV 154']);
  assert.ok(
    !coded('Saudi Arabia has mobilized pressure groups in the United States.').some((t) =>
      t.endsWith(' 154'),
    ),
  );
});

test('hit back at: a retort (111), or fighting when positions are hit back at', () => {
  assert.ok(
    coded('China hit back at Japan over the islands.').some(
      (t) => t.startsWith('CHNGOV ') && t.endsWith(' 111'),
    ),
  );
  assert.ok(
    coded('Russian troops hit back at Ukrainian positions with artillery.').every((t) => t.endsWith(' 194')),
  );
});

test('summoned the charge d\'affaires; a hyphenated "eight-day" ceasefire', () => {
  assert.deepEqual(coded("The Polish foreign ministry summoned Germany's charge d'affaires in Warsaw."), [
    'POLGOV DEUGOV 114',
  ]);
  assert.ok(
    coded('Colombia declared a provisional three-month ceasefire with the FARC rebels.').some((t) =>
      t.endsWith(' 0871'),
    ),
  );
});

test('strengthened its forces (154), not "strengthened the centrifugal forces"', () => {
  assert.deepEqual(coded('Israel has strengthened its forces in Lebanon.'), ['ISRGOV LBNMIL 154']);
  assert.deepEqual(coded('Both parties have strengthened the centrifugal forces in Iran.'), []);
});

test('look-alikes: "pushed to remove", "faces pressure to", "providing opponents with ammunition"', () => {
  assert.deepEqual(coded('Victoria Nuland pushed to remove references to Al Qaeda.'), []);
  assert.deepEqual(coded('Iran faces pressure to release the sailors.'), []);
  assert.deepEqual(
    coded('The scandal is providing opponents of Iran with plenty of ammunition to attack Pakistan.'),
    [],
  );
});

test('granted aid agencies access is humanitarian access (0863), not economic aid', () => {
  assert.deepEqual(coded('Sudan granted aid agencies access to Darfur.'), ['SDNGOV ---NGO 0863']);
});

test('"shot down" read as a noun still codes the downing of an aircraft; "shot down the idea" does not', () => {
  assert.deepEqual(coded('Turkey shot down a Russian warplane near the Syrian border.'), [
    'TURGOV RUSMIL 190',
  ]);
  assert.deepEqual(
    coded('Obama shot down the idea of sending troops to Syria.').filter((t) => t.endsWith(' 190')),
    [],
  );
});

test('take an actor to task (111); caution an actor against (130), not "cautioned that the campaign against"', () => {
  assert.deepEqual(coded('Russia took the United States to task over its missile plans.'), [
    'RUSGOV USAGOV 111',
  ]);
  assert.deepEqual(coded('Russia has cautioned the United States against such a plan.'), [
    'RUSGOV USAGOV 130',
  ]);
  assert.deepEqual(
    coded('Obama cautioned again that the campaign against the Islamic State would take time.'),
    [],
  );
});

test('attacking an actor over an issue is criticism (111); attacking positions is force (190) unless they are his or her views', () => {
  assert.deepEqual(coded('Turkey attacked Germany over its arms embargo.'), ['TURGOV DEUGOV 111']);
  assert.deepEqual(coded('Iran launched attacks on Iraq over the border dispute.'), ['IRNGOV IRQGOV 190']);
  assert.deepEqual(coded('Syrian troops attacked Turkish positions near the border.'), ['SYRMIL TURGOV 190']);
});

test('renege on / go back on a promise is a rejection (120); "go back on the market" is not', () => {
  assert.deepEqual(coded('North Korea reneged on its promise to the United States.'), ['PRKGOV USAGOV 120']);
  assert.deepEqual(coded('Iran has gone back on its word to the European Union.'), ['IRNGOV EEC 120']);
  assert.deepEqual(coded('The company will go back on the market next year.'), []);
});

test('an appeal to lay down arms is an appeal to de-escalate (0256), not a request for arms (0232)', () => {
  assert.deepEqual(coded('The UN Security Council called on the rebels to lay down their arms.'), [
    'UNO ---REB 0256',
  ]);
  assert.deepEqual(coded('Kenya called on the United States to send weapons to the army.'), [
    'KENGOV USAGOV 0232',
  ]);
});

test('a court dismissing or rejecting a legal appeal is no political rejection; an actor dismissing an appeal is (120)', () => {
  assert.deepEqual(coded('Iran dismissed an appeal from France to halt enrichment.'), ['IRNGOV FRAGOV 120']);
  assert.deepEqual(coded('The Supreme Court dismissed an appeal over the Texas voting law.'), []);
  assert.deepEqual(coded('The Supreme Court rejected an appeal on the circuit court ruling.'), []);
});

test('subpoenaing an actor is investigation (090); the noun "subpoenas" is no act', () => {
  assert.deepEqual(coded('The Senate committee subpoenaed the FBI.'), ['---LEG USACOP 090']);
  assert.deepEqual(coded('The Senate committee issued a subpoena to the State Department.'), [
    '---LEG USAGOV 090',
  ]);
  assert.deepEqual(
    coded('The Justice Department ignored the subpoenas.').filter((t) => t.endsWith(' 090')),
    [],
  );
});

test('lifting a state of emergency or martial law is 0814, not the imposition (1724) named inside it', () => {
  assert.deepEqual(coded('Thailand lifted the state of emergency in Bangkok on Monday.'), [
    'THAGOV THACVL 0814',
  ]);
  assert.deepEqual(coded('Thailand revoked martial law in Bangkok on Tuesday.'), ['THAGOV THACVL 0814']);
  assert.deepEqual(coded('Thailand declared a state of emergency in Bangkok on Monday.'), [
    'THAGOV THACVL 1724',
  ]);
});

test('test-firing a missile is a show of force (150), firing one at a country is 194', () => {
  assert.deepEqual(coded('North Korea test-fired two ballistic missiles toward Japan.'), [
    'PRKGOV JPNGOV 150',
  ]);
  assert.deepEqual(coded('North Korea fired two ballistic missiles toward Japan.'), ['PRKGOV JPNGOV 194']);
});

test('preventing an actor from holding a rally (170); holding civilians as human shields (184)', () => {
  assert.deepEqual(coded('Hamas prevented Fatah from holding a rally in Gaza.'), ['PSEREB PSEPTY 170']);
  assert.deepEqual(coded('The court prevented the company from holding a shareholder meeting.'), []);
  assert.deepEqual(coded('Islamic State militants are holding civilians as human shields in Mosul.'), [
    'IMGREB IRQCVL 184',
  ]);
});

test('halting gas supplies to, export controls on, airspace bans (163); not a refinery halting exports', () => {
  assert.deepEqual(coded('Russia halted gas supplies to Ukraine on Monday.'), ['RUSGOV UKRGOV 163']);
  assert.deepEqual(coded('The refinery halted oil exports to repair a pipeline.'), []);
  assert.deepEqual(coded('The United States imposed export controls on two Russian companies.'), [
    'USAGOV RUSBUS 163',
  ]);
  assert.deepEqual(coded('Ukraine banned Russian airlines from its airspace.'), ['UKRGOV RUSBUS 163']);
});

test('driving fighters out of a town (190), not voters from a party; letting fuel into Gaza (0863)', () => {
  assert.deepEqual(coded('Iraqi forces drove Islamic State fighters out of Ramadi.'), ['IRQMIL IMGREB 190']);
  assert.deepEqual(coded('The scandal drove Republican voters from the party.'), []);
  assert.deepEqual(coded('Israel allowed fuel into Gaza on Monday.'), ['ISRGOV PSECVL 0863']);
  assert.deepEqual(coded('The stadium allowed food into the stands.'), []);
  assert.deepEqual(coded('India sent relief materials to Sri Lanka.'), ['INDGOV LKAGOV 073']);
});

test('offering troops is an intent to provide military protection (0334)', () => {
  assert.deepEqual(coded('Syria has again offered its troops to Lebanon.'), ['SYRGOV LBNGOV 0334']);
});

test('a multi-word alternative matches word by word, and the longer one wins ("military aid" over "aid")', () => {
  assert.deepEqual(coded('Ukraine received military training from Poland.'), ['POLGOV UKRGOV 072']);
  assert.deepEqual(coded('Ukraine received military aid from Poland.'), ['POLGOV UKRGOV 072']);
  assert.deepEqual(coded('Ukraine received food aid from Poland.'), ['POLGOV UKRGOV 073']);
  assert.deepEqual(coded('Ukraine received aid from Poland.'), ['POLGOV UKRGOV 070']);
  // "gun" alone is not the run "gun battle"
  assert.ok(!coded('Obama engaged Romney in a tussle over gun control.').some((t) => t.endsWith(' 193')));
});

test('a `noun` guard holds only where its anchor is a noun: "protests in Cairo", not "protested in Cairo"', () => {
  assert.deepEqual(coded('Thousands of people protested in Cairo on Friday.'), ['EGYCVL EGYGOV 141']);
  assert.deepEqual(coded('Protests in Cairo turned violent on Friday.'), []);
});

test('"charged with" a task is no indictment; "charged with" a crime is', () => {
  assert.deepEqual(coded('Iranian lawmakers charged with oversight of the ministry criticized Pakistan.'), [
    'IRNLEG PAKGOV 111',
  ]);
  assert.deepEqual(coded('A Pakistani court charged the Iranian diplomat with espionage.'), [
    'PAKJUD IRNGOV 115',
  ]);
});

test('allowing the return of an organization’s inspectors admits them (0862)', () => {
  assert.deepEqual(coded('Iraq allowed the return of U.N. weapons inspectors.'), ['IRQGOV UNO 0862']);
  assert.deepEqual(coded('Iraq said it would allow the return of U.N. weapons inspectors.'), [
    'IRQGOV UNO 0355',
  ]);
});

test('name-calling, deadlines, borders closed or opened, troops contributed, groups outlawed', () => {
  const at = (text: string) => bundledTriples(text, '2015-03-01');
  assert.deepEqual(at('Senator Cruz has called President Obama a liar.'), ['---LEG USAGOV 111']);
  assert.deepEqual(at('Volkswagen called in prosecutors to investigate a possible fraud.'), []);
  assert.deepEqual(at('The Senate set a March 5 deadline for the White House to submit the plan.'), [
    '---LEG USAGOV 100',
  ]);
  assert.deepEqual(at('Ghana closed its borders with Togo.'), ['GHAGOV TGOGOV 191']);
  assert.deepEqual(at('Iran opened its borders to displaced Afghans.'), ['IRNGOV ---REF 073']);
  assert.deepEqual(at('Egypt outlawed Hamas.'), ['EGYGOV PSEREB 1722']);
  assert.deepEqual(at('Japan contributed 300 troops to the NATO-led security force.'), ['JPNGOV NAT 074']);
});
