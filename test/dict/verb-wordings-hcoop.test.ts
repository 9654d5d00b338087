import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

// Wordings and look-alike guards of CAMEO roots 01-09 (statements ... investigate), found on
// the AllSides and Reuters corpora.
const coded = (text: string) => bundledTriples(text);

test('"said of X": only an actor right after "of" (with or without a title); quantities are not statements', () => {
  assert.deepEqual(coded('Erdogan said of Putin, "He is a reliable partner."'), ['TURGOV RUSGOV 010']);
  assert.deepEqual(coded('Erdogan said of Mr. Putin: "He is a reliable partner."'), ['TURGOV RUSGOV 010']);
  assert.deepEqual(coded('Iran said 10 of the 20 officials in the Iraqi government had resigned.'), []);
  assert.deepEqual(coded('Pakistan said some of the activity stems from Indian banks.'), []);
});

test('bare "acknowledged that" names no addressee', () => {
  assert.deepEqual(
    coded('The White House acknowledged that the situation in Syria is growing more dire.'),
    [],
  );
});

test('"released" after a publication noun is not a release of persons', () => {
  assert.deepEqual(coded('Iran released two American sailors on Tuesday.'), ['IRNGOV USAMIL 0841']);
  assert.deepEqual(coded('A poll released by Pakistan on Monday showed that India leads.'), []);
});

test('"request" as a noun ("at the request of", "requests for") is not an appeal to the actor after it', () => {
  assert.deepEqual(coded('Iraq requested Turkey to close the border.'), ['IRQGOV TURGOV 020']);
  assert.deepEqual(coded('The FBI interviewed the suspect at the request of the Russian government.'), []);
  assert.deepEqual(coded('Iraq made repeated requests for more security from the United States.'), []);
});

test('"defended" an actor is 052; defending a decision, policy or use of force is not', () => {
  assert.deepEqual(coded('Russia defended Syria at the United Nations.'), ['RUSGOV SYRGOV 052']);
  assert.deepEqual(coded('Obama defended his decision to sell arms to Iran.'), []);
  assert.deepEqual(coded('Britain defended the use of drones in Pakistan.'), []);
});

test('talks with a place or time before "with"; opened/began/resumed talks (past forms only)', () => {
  assert.deepEqual(coded('U.S. negotiators opened talks last August with Japanese officials.'), [
    'USAGOV JPNGOV 046',
  ]);
  assert.deepEqual(coded('The United States and Canada opened free trade talks last June.'), [
    'USAGOV CANGOV 046',
  ]);
  assert.deepEqual(
    coded("Poland's talks in Washington with the World Bank were concrete, a Polish banker said."),
    ['POLGOV WBK 046'],
  );
  assert.deepEqual(coded('Iran wants to start negotiations on a trade agreement with France.'), []);
  assert.ok(
    !coded('Americans approve of the handling of the talks, compared with 25% who back Iran.').some((t) =>
      t.endsWith(' 046'),
    ),
  );
});

test('briefed X about: a consultation; a briefing about a country is not; a travel alert is not a visit', () => {
  assert.deepEqual(coded('The Pentagon briefed NATO about the war.'), ['USAGOV NAT 040']);
  assert.deepEqual(coded('The prime minister gave Iran a personal telephone briefing about Iraq.'), []);
  assert.deepEqual(coded('Turkey issued a travel alert for Iraq.'), []);
  assert.deepEqual(coded('Erdogan traveled to Iraq on Monday.'), ['TURGOV IRQGOV 042']);
});

test('meeting complaints, hopes or pledges is no meeting; meeting demands accedes to them', () => {
  assert.deepEqual(coded('Japan met Chinese officials on Monday.'), ['JPNGOV CHNGOV 040']);
  assert.deepEqual(coded('Tokyo is striving to meet U.S. complaints about its trade practices.'), []);
  assert.deepEqual(coded('Japan met Chinese hopes for more investment.'), []);
  assert.deepEqual(coded('Japan met Chinese demands for compensation.'), ['JPNGOV CHNGOV 083']);
});

test('pushing (hard) / lobbying for X to do something: an appeal to X (020), only when X comes right after "for"', () => {
  assert.deepEqual(coded('Israel is pushing hard for the United States to strike Iran.'), [
    'ISRGOV USAGOV 020',
  ]);
  assert.deepEqual(coded('Britain lobbied for Germany to accept more refugees.'), ['GBRGOV DEUGOV 0233']);
  assert.deepEqual(coded('Japan pushed hard for sanctions against North Korea.'), []);
  assert.deepEqual(
    coded('The Reagan administration is pushing for authority to sell the Soviets wheat.'),
    [],
  );
});

test('announcing an amount of aid for someone is the aid (07), announcing that one will give it an intent (033)', () => {
  assert.deepEqual(
    coded('The European Commission announced 60 million dollars in humanitarian aid for Somalia.'),
    ['EEC SOMGOV 070'],
  );
  assert.deepEqual(
    coded('The U.S. Government announced 33 million dollars in additional assistance to Mozambique.'),
    ['USAGOV MOZGOV 070'],
  );
  assert.deepEqual(coded('Kenya announced new funding for Uganda.'), ['KENGOV UGAGOV 071']);
  assert.deepEqual(coded('Kenya announced it would seek 200 million dollars for Uganda.'), [
    'KENGOV UGAGOV 0331',
  ]);
  assert.deepEqual(coded('Japan announced it will provide aid to Nepal.'), ['JPNGOV NPLGOV 033']);
});

test('opening or launching an investigation, with a time before "into" or "against", investigates (091)', () => {
  assert.deepEqual(
    coded('Kenyan prosecutors opened fraud investigations yesterday against Ugandan police.'),
    ['KENJUD UGACOP 091'],
  );
  assert.deepEqual(coded('Kenya launched an investigation last week into Ugandan police.'), [
    'KENGOV UGACOP 091',
  ]);
});
