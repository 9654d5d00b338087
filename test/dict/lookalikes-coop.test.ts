import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

// Look-alikes of CAMEO roots 01-09 (statements ... investigate): the words match but the
// sentence does not report the event.
const coded = (text: string) => bundledTriples(text);

test('the noun "request" recalls a request; only "a request to X" and a misread verb code an appeal', () => {
  assert.deepEqual(coded("Egypt's request is expected to be discussed by Jordan next week."), []);
  assert.deepEqual(coded("Iraq said Syria's requests were ignored by Turkey."), []);
  assert.deepEqual(coded('Peru sent an extradition request to Chile.'), ['PERGOV CHLGOV 020']);
  assert.deepEqual(coded('The Cuban government requests the Mexican government provide records.'), [
    'CUBGOV MEXGOV 020',
  ]);
  assert.deepEqual(coded('Canada requested that Japan lift the ban.'), ['CANGOV JPNGOV 020']);
});

test('a bill, a proposal or a rule "backed by" someone is no support for the sentence\'s subject', () => {
  assert.deepEqual(coded('The Japanese parliament took up legislation backed by France.'), []);
  assert.deepEqual(coded('Germany voted on a proposal backed by the Italian government.'), []);
  assert.deepEqual(coded('Israel, backed by the United States, opposed the bid.'), ['USAGOV ISRGOV 051']);
});

test('backing a policy or an act aimed at someone is no support for them', () => {
  assert.deepEqual(coded('Jordan supports military action against Syria.'), []);
  assert.deepEqual(coded('Spain has long supported a pathway to citizenship for Moroccan migrants.'), []);
  assert.deepEqual(coded('Kenya endorsed a proposal to deputize Ugandan police.'), []);
  assert.deepEqual(coded('Britain backed efforts to bring Iran to the table.'), []);
  assert.deepEqual(coded('Jordan supports the Syrian rebels.'), ['JORGOV SYRREB 051']);
  assert.deepEqual(coded('Turkey backed a proposal unveiled last week by Qatar.'), ['TURGOV QATGOV 051']);
});

test('defending a charter, a value or an outcome, or before an audience, defends no actor', () => {
  assert.deepEqual(
    coded('The Polish president said he would defend the constitution and the privacy of every German.'),
    [],
  );
  assert.deepEqual(coded('The French minister defended the results of the Algerian elections.'), []);
  assert.deepEqual(
    coded('The Israeli spy chief was defending before the Knesset the withdrawal from Lebanon.'),
    [],
  );
  assert.deepEqual(coded('The Russian foreign minister defended Syria.'), ['RUSGOV SYRGOV 052']);
});

test('meeting a demand, a threat or a responsibility meets no one', () => {
  assert.deepEqual(
    coded('British and Japanese banks expanded stocks to meet demand from Saudi investors.'),
    [],
  );
  assert.deepEqual(
    coded(
      'We insist that the Iranian government meet its responsibilities under the United Nations resolutions.',
    ),
    [],
  );
  assert.deepEqual(coded('The French president met the Syrian president in Paris.'), ['FRAGOV SYRGOV 040']);
});

test('a court that agrees to decide a question or take up a case promises no cooperation', () => {
  assert.deepEqual(
    coded('The Supreme Court has agreed to decide whether the Japanese government violated the treaty.'),
    [],
  );
  assert.deepEqual(
    coded('The Indian Supreme Court on Tuesday agreed to take up a challenge to the Pakistani treaty.'),
    [],
  );
  assert.deepEqual(coded('Iran agreed to resume talks with the European Union.'), ['IRNGOV EEC 036']);
});

test('"said most of X" is a quantity, not a statement about X', () => {
  assert.deepEqual(coded("Union leaders said most of Chile's dock workers were still on strike."), []);
  assert.deepEqual(coded('The Democrats said much of the U.S. debt is owed to banks.'), []);
  assert.deepEqual(coded('Erdogan said of Putin, "He is a reliable partner."'), ['TURGOV RUSGOV 010']);
});

test('a question ("asked about", "asking why", "asked by reporters") or a bare "asked to" is no appeal to the actor nearby', () => {
  assert.deepEqual(
    coded("The French minister, when asked to define Russia's position, declined to comment."),
    [],
  );
  assert.deepEqual(coded('The Kenyan general repeatedly asked to keep his troops in Somalia.'), []);
  assert.deepEqual(
    coded(
      'The Israeli prime minister, asked about the French remarks, said in order for Iran to survive it must stop.',
    ),
    [],
  );
  assert.deepEqual(
    coded('Iraqi lawmakers are asking why the Turkish army appeared to ignore the warnings.'),
    [],
  );
  assert.deepEqual(coded('What the Iranians are asking for is to deny the United States a veto.'), []);
  assert.deepEqual(coded('Egypt asked Israel to stop the raids.'), ['EGYGOV ISRGOV 020']);
});

test('the noun "release" and numbers, rate sheets or endorsements "released" free no one', () => {
  assert.deepEqual(
    coded("French President Jacques Chirac spoke on Monday at the report's release in Algiers."),
    [],
  );
  assert.deepEqual(
    coded('The Kenyan president was angry, and a release from his office rebutted claims by Uganda.'),
    ['KENGOV UGAGOV 016'],
  );
  assert.deepEqual(
    coded(
      'The Egyptian parliament quickly seized on a jobs number released Friday by the Israeli government.',
    ),
    [],
  );
  assert.deepEqual(coded('Syria released three Turkish journalists.'), ['SYRGOV TURJRN 0841']);
  // "high-ranking" is no published ranking
  assert.deepEqual(coded('Sudan released two high-ranking Egyptian officials.'), ['SDNGOV EGYGOV 0841']);
});

test('investigating a scandal, threats or ways of doing something investigates no actor named after them', () => {
  assert.deepEqual(coded('The Senate committees investigating the Iran arms scandal met on Monday.'), []);
  assert.deepEqual(coded('French police are investigating threats against the Algerian ambassador.'), []);
  assert.deepEqual(coded('The Kenyan police investigated the Ugandan ambassador.'), ['KENCOP UGAGOV 091']);
});

test('"thanks to" means "because of": no one is thanked', () => {
  assert.deepEqual(coded('Kenyan farmers got their money back, thanks to the Ugandan government.'), []);
  assert.deepEqual(coded('The Egyptian president thanked Qatar for its help.'), ['EGYGOV QATGOV 051']);
  assert.deepEqual(coded('The Egyptian president expressed his thanks to Qatar.'), ['EGYGOV QATGOV 051']);
});

test('"hails from" is an origin, not praise', () => {
  assert.deepEqual(
    coded('The Kenyan foreign minister hails from the same region as the Ugandan president.'),
    [],
  );
  assert.deepEqual(coded('The Kenyan president hailed Uganda.'), ['KENGOV UGAGOV 051']);
});

test('"highly trained" officers are no training given', () => {
  assert.deepEqual(coded('Iraq said that highly trained Iranian police officers arrived.'), []);
  assert.deepEqual(coded('The U.S. trained Iraqi police officers.'), ['USAGOV IRQCOP 072']);
});

test('"return $ land" needs an actor in the slot: "land" is also a verb', () => {
  assert.deepEqual(coded('Iran returned Britain’s seized tanker on Friday.'), ['IRNGOV GBRGOV 0842']);
  assert.deepEqual(
    coded(
      'The Kenyan president unveiled a plan aimed at helping returning veterans land jobs in the private sector.',
    ),
    [],
  );
});

test('dispatching a team is an investigation only when the team investigates', () => {
  assert.deepEqual(coded('Iran dispatched an investigation team to Iraq.'), ['IRNGOV IRQGOV 090']);
  assert.deepEqual(coded('Kenya dispatched a response team to Uganda.'), []);
});

test('a joint statement is between its coordinated issuers or with the actor after "with"; what it praises is its topic', () => {
  assert.deepEqual(coded('Kenyan ministers issued a joint statement praising Uganda.'), [
    'KENGOV UGAGOV 051',
  ]);
  assert.deepEqual(coded('Kenya and Uganda issued a joint statement on the border.'), ['KENGOV UGAGOV 057']);
  assert.deepEqual(coded('Kenya issued a joint statement with Uganda on the border.'), ['KENGOV UGAGOV 057']);
});

test('"recognizes X as a terrorist organization" is no diplomatic recognition (054)', () => {
  assert.deepEqual(coded('Kenya recognized South Sudan.'), ['KENGOV SSDGOV 054']);
  assert.deepEqual(
    coded('He worked with the Ugandan group, which Kenya recognizes as a terrorist organization.'),
    [],
  );
});

test('"visiting scholar" is an academic post, not a visit or a host', () => {
  assert.deepEqual(
    coded(
      'The ad the Iranian government has run misses the mark, says Ali Rezai, a visiting scholar at the University of Tehran.',
    ),
    [],
  );
  assert.deepEqual(
    coded('Chinese President Hu Jintao told the visiting Japanese prime minister that China wants peace.'),
    ['CHNGOV JPNGOV 043'],
  );
});

test('a commitment or agreement to act against someone is no intent to cooperate with them', () => {
  assert.deepEqual(coded("Syria is committed to Israel's destruction."), []);
  assert.deepEqual(coded("Kenya's opposition is committed to repealing Ugandan laws."), []);
  assert.deepEqual(coded('Egypt is committed to stopping Iran from getting the bomb.'), []);
  assert.deepEqual(coded('Chile and Peru agreed to block Bolivian exports.'), []);
  assert.deepEqual(coded("The United States is committed to South Korea's defense."), ['USAGOV KORGOV 030']);
});

test('money repatriated is no release of people or property (084)', () => {
  assert.deepEqual(coded('Kenya urged Ugandan executives to repatriate their profits.'), [
    'KENGOV UGABUS 020',
  ]);
  assert.deepEqual(coded('Kenya urged Uganda to repatriate the bodies of Kenyan soldiers.'), [
    'KENGOV UGAGOV 0253',
  ]);
});
