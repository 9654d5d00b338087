import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

const coded = (text: string) => bundledTriples(text);
const codes = (text: string) => coded(text).map((t) => t.split(' ')[2]);

test('political fights are no military force', () => {
  assert.deepEqual(
    codes("Germany's governing party fought bitterly to punish the French government over the deal."),
    [],
  );
  assert.deepEqual(codes('President Obama battled Republicans on energy policy.'), []);
  assert.deepEqual(codes('Chicago teachers are battling Mayor Rahm Emanuel over pay.'), []);
  assert.deepEqual(
    codes('The French president and the German chancellor battled to a draw in the debate.'),
    [],
  );
  assert.deepEqual(
    codes('The Japanese government is fighting these calls from China for more transparency.'),
    [],
  );
  assert.deepEqual(codes('Chavez was portrayed as a leader fighting American imperialism.'), []);
  assert.deepEqual(
    codes('The Kenyan president is preparing for his debate clash with the Ugandan president.'),
    [],
  );
  // the real uses still code
  assert.deepEqual(coded('Syrian rebels are fighting to topple the Syrian government.'), [
    'SYRREB SYRGOV 190',
  ]);
  assert.deepEqual(coded('Israeli troops battled Hamas militants in Gaza.'), ['ISRMIL PSEREB 190']);
  assert.deepEqual(coded('Israeli troops clashed with Palestinian militants in Gaza.'), [
    'ISRMIL PSEREB 190',
  ]);
});

test('"fighting men and women", "the good fight" are no fight', () => {
  assert.deepEqual(
    codes('Obama said Americans must honor the sacrifices of their fighting men and women in Iraq.'),
    ['100'],
  );
  assert.deepEqual(
    codes('The Spanish government is fighting a losing battle against the European Commission.'),
    [],
  );
  assert.deepEqual(coded('Iraqi forces fought Kurdish fighters near Kirkuk.'), ['IRQMIL IRQREB 190']);
});

test('campaign offensives and charm offensives are no military force', () => {
  assert.deepEqual(codes('The German opposition mounted pointed attacks on the French government.'), []);
  assert.deepEqual(codes('The Brazilian government launched a charm offensive in Argentina.'), []);
  // the real uses still code
  assert.deepEqual(coded('Israel launched a new offensive against Hamas in Gaza.'), ['ISRGOV PSEREB 190']);
  assert.deepEqual(coded('Iraqi forces mounted fierce attacks on Iranian positions.'), ['IRQMIL IRNGOV 190']);
});

test('web and online attacks are cyber attacks (176), not military force', () => {
  // the demonym opening the group's name gives its country (actors/national-bodies.ts)
  assert.deepEqual(coded('The Syrian Electronic Army has claimed Web attacks on Qatari media outlets.'), [
    'SYRMIL QATJRN 176',
  ]);
  assert.deepEqual(coded('Iranian hackers carried out online attacks on Saudi banks.'), [
    'IRNCRM SAUGOV 176',
  ]);
});

test('retorts and rebuffs are no shooting: "shot down a reporter", "struck back at accusations", "sniped at"', () => {
  assert.deepEqual(codes('The French president angrily shot down a reporter for a Belgian newspaper.'), []);
  assert.deepEqual(
    codes(
      "The push comes as the Russian president readies a package for a vote, shortly after the German chancellor's ban legislation was shot down by French lawmakers.",
    ),
    [],
  );
  assert.deepEqual(codes('Spain struck back at accusations from the European Commission.'), []);
  assert.deepEqual(
    codes('The German chancellor fired back on Tuesday, accusing the French president of hypocrisy.'),
    ['112'],
  );
  assert.deepEqual(
    codes(
      'The Canadian prime minister and the American president continued to snipe at each other over trade.',
    ),
    [],
  );
  assert.deepEqual(codes('The Brazilian president took a pounding from Argentine officials.'), []);
  // the real uses still code
  assert.deepEqual(coded('Turkish jets shot down a Syrian helicopter near the border.'), [
    'TURMIL SYRGOV 190',
  ]);
  assert.deepEqual(coded('Syrian troops struck back at rebel positions near the airport.'), [
    'SYRMIL ---REB 190',
  ]);
  assert.deepEqual(coded('Iraqi soldiers fired on Iranian troops near Basra.'), ['IRQMIL IRNMIL 190']);
  assert.deepEqual(coded('Israeli aircraft pounded Gaza overnight.'), ['ISRMIL PSECVL 195']);
});

test('"targeting groups based on" is no attack on a base', () => {
  assert.deepEqual(codes('The Egyptian government targeted charities based on their ties to Qatar.'), []);
  assert.deepEqual(coded('The Egyptian army is targeting militants based in Sinai.'), ['EGYMIL EGYREB 190']);
  assert.deepEqual(coded('Russian forces targeted Ukrainian bases near Kherson.'), ['RUSMIL UKRGOV 190']);
});

test('"those killed" are the dead, not the killers', () => {
  assert.deepEqual(codes('Israeli officials said most of those killed were Hamas militants.'), []);
  assert.deepEqual(codes('Lebanese officials mentioned those killed and injured in the Syrian town.'), []);
  assert.deepEqual(coded('Hamas militants killed two Israeli soldiers.'), ['PSEREB ISRMIL 190']);
});

test('a budget or a country held hostage is no hostage-taking', () => {
  assert.deepEqual(
    codes("The Iraqi opposition has been holding the nation's budget hostage to the whims of Iran."),
    [],
  );
  assert.deepEqual(
    codes('Republicans have, in effect, taken America hostage, the French ambassador said.'),
    [],
  );
  assert.deepEqual(coded('Iranian militants held 52 Americans hostage in Tehran.'), ['IRNREB USACVL 181']);
});

test('halted, deferred, feared deportations and deportation policy are no deportation', () => {
  assert.deepEqual(
    codes('The Mexican government announced a halt to deportations of young Guatemalan migrants.'),
    [],
  );
  assert.deepEqual(
    codes('The Mexican government decided to defer deportation of many young Guatemalan migrants.'),
    [],
  );
  assert.deepEqual(
    codes('These Guatemalan migrants live in fear of being deported by the Mexican government.'),
    [],
  );
  assert.deepEqual(
    codes('The Mexican government announced a relaxed policy on deporting Guatemalan migrants.'),
    [],
  );
  assert.deepEqual(coded('The Mexican government deported 2,000 Guatemalan migrants.'), [
    'MEXGOV GTMREF 174',
  ]);
});

test('a strike awaiting authorization is not made', () => {
  assert.deepEqual(
    codes('The French president wants parliamentary authorization for a military strike on Syria.'),
    [],
  );
  assert.deepEqual(
    codes('The French government said parliament should vote to authorize a military strike on Syria.'),
    [],
  );
  assert.deepEqual(
    codes('The French president was busy trying to get parliament to authorize airstrikes on Syria.'),
    [],
  );
  // the real uses still code
  assert.deepEqual(coded('The French president authorized airstrikes on Syria.'), ['FRAGOV SYRGOV 195']);
  assert.deepEqual(coded('The United States launched a military strike on Syria.'), ['USAGOV SYRGOV 190']);
});

test('killing a measure, a law or talks is ending them, not a killing', () => {
  assert.deepEqual(coded("Senate Republicans dropped an effort to kill Obama's immigration actions."), []);
  assert.deepEqual(coded('Republicans have been promising to kill the Obama law for seven years.'), []);
  assert.deepEqual(coded('The governor threatened to kill any tax break for Delta.'), []);
  // people killed by law enforcement, and a killing reported with "according to", stay killings
  assert.deepEqual(coded('A young African-American man has been killed by law enforcement.'), [
    '---COP USACVL 190',
  ]);
  assert.deepEqual(coded('The Taliban killed three Afghan soldiers on Monday, according to officials.'), [
    'AFGGOV AFGMIL 190',
  ]);
});
