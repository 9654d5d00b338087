import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, bundledTriples, codeText } from '../helpers/coder.ts';

const coded = (text: string, date = '2014-04-08') => bundledTriples(text, date);

test('a bare surname shared by two well-known people picks the one in office on the date', () => {
  // Gerhard Stoltenberg, West German finance minister 1982-1989, not Norway's Jens Stoltenberg
  assert.deepEqual(coded('Stoltenberg criticized Brazil on Tuesday.', '1987-03-03'), ['DEUGOV BRAGOV 111']);
  assert.deepEqual(coded('Stoltenberg criticized Russia on Tuesday.', '2016-03-03'), ['NAT RUSGOV 111']);
  // Herman De Croo, Belgian minister in the 1980s, not his son Alexander
  assert.deepEqual(coded('De Croo criticized Brazil on Tuesday.', '1987-03-03'), ['BELGOV BRAGOV 111']);
  // Penny Pritzker, Commerce Secretary 2013-2017, not her brother J. B. Pritzker
  assert.deepEqual(coded('Pritzker criticized China on Tuesday.', '2015-03-03'), ['USAGOV CHNGOV 111']);
});

test('a bare surname of a US politician out of office is not given a foreign namesake', () => {
  // Pete Hoekstra (US Representative until 2011), not the Netherlands' Wopke Hoekstra
  assert.deepEqual(coded('Hoekstra criticized Iran on Tuesday.', '2012-08-27'), ['USAELI IRNGOV 111']);
  // Bob Bennett (US senator until 2011), not Israel's Naftali Bennett, in US news of 2012
  assert.deepEqual(coded('Bennett criticized Iran on Tuesday.', '2012-08-27'), ['USAELI IRNGOV 111']);
});

test('people listed for a later office also hold their earlier, well-known offices', () => {
  // Paul Keating was Treasurer before he was Prime Minister; Balladur finance minister before premier
  assert.deepEqual(coded('Paul Keating criticized Japan on Tuesday.', '1987-02-26'), ['AUSGOV JPNGOV 111']);
  assert.deepEqual(coded('Balladur criticized Japan on Tuesday.', '1987-03-02'), ['FRAGOV JPNGOV 111']);
  // Robert Gates ran the CIA's analysis and was its deputy director in 1987
  assert.deepEqual(coded('Robert Gates criticized Iran on Tuesday.', '1987-03-02'), ['USASPY IRNGOV 111']);
  // Janet Yellen was the Fed's vice chair before its chair; Reince Priebus chaired the RNC
  assert.deepEqual(coded('Yellen criticized China on Tuesday.', '2013-09-15'), ['USAGOV CHNGOV 111']);
  assert.deepEqual(coded('Reince Priebus criticized Iran on Tuesday.', '2013-06-02'), ['USAPTY IRNGOV 111']);
  // Tim Walz sat in the House before he was governor; Guy Verhofstadt was Belgium's budget minister
  assert.deepEqual(coded('Walz criticized China on Tuesday.', '2012-12-09'), ['USALEG CHNGOV 111']);
  assert.deepEqual(coded('Verhofstadt criticized Japan on Tuesday.', '1987-03-09'), ['BELGOV JPNGOV 111']);
});

test('officials often named in 1987 economic news take their country or organization', () => {
  assert.deepEqual(coded('Funaro criticized Japan on Tuesday.', '1987-03-02'), ['BRAGOV JPNGOV 111']);
  assert.deepEqual(coded('Gros criticized Japan on Tuesday.', '1987-03-13'), ['BRAGOV JPNGOV 111']);
  assert.deepEqual(coded('Lukman criticized Japan on Tuesday.', '1987-03-05'), ['NGAGOV JPNGOV 111']);
  assert.deepEqual(coded('Andriessen criticized Japan on Tuesday.', '1987-03-05'), ['EEC JPNGOV 111']);
  assert.deepEqual(coded('Delors criticized Japan on Tuesday.', '1987-03-05'), ['EEC JPNGOV 111']);
});

const mentionCodes = (text: string, date: string) => {
  const doc = codeText(text, date, bundledCoder());
  return doc.mentions.map((m) => `${text.slice(m.start, m.end)}=${m.actors.map((a) => a.code).join('+')}`);
};

test('organization names that are also common words or other companies code nothing wrong', () => {
  // "diet" is food in US news; Japan's parliament is still named in full
  assert.deepEqual(mentionCodes('A healthy diet is the best medicine.', '2013-05-03'), []);
  assert.deepEqual(mentionCodes('The National Diet approved the budget.', '1987-03-05'), [
    'The National Diet=JPNLEG',
  ]);
  // "IS" is the Islamic State only from its 2014 renaming, not capitals in a 2013 headline
  assert.deepEqual(mentionCodes('LOVE IS LOVE, the shirt says.', '2013-06-26'), []);
  assert.deepEqual(mentionCodes('IS fighters attacked the town.', '2015-06-26'), ['IS fighters=IMGREB']);
  // in 1987 "CPC" is a company (CPC International, Taiwan's Chinese Petroleum Corp), not the Chinese party
  assert.deepEqual(mentionCodes('CPC said the sale was approved.', '1987-03-11'), []);
  assert.deepEqual(mentionCodes('CPC International said the sale was approved.', '1987-03-11'), [
    'CPC International=USABUS',
  ]);
  assert.deepEqual(mentionCodes('Banque Nationale de Paris said the issue was approved.', '1987-03-06'), [
    'Banque Nationale de Paris=FRABUS',
  ]);
});

test('Tass speaks for the Soviet government before 1992 and for Russia’s after', () => {
  assert.deepEqual(coded('Tass criticized Japan on Tuesday.', '1987-03-02'), ['SUNGOV JPNGOV 111']);
  assert.deepEqual(coded('Tass criticized Japan on Tuesday.', '2014-03-02'), ['RUSGOV JPNGOV 111']);
});

test('an alias two people share is the one the article named in full: Joe or Avigdor Lieberman', () => {
  assert.deepEqual(
    coded('Sen. Joe Lieberman criticized Iran. Lieberman also criticized Syria.', '2012-06-01'),
    ['USALEG IRNGOV 111', 'USALEG SYRGOV 111'],
  );
  assert.deepEqual(
    coded(
      'Foreign Minister Avigdor Lieberman criticized Iran. Lieberman also criticized Syria.',
      '2012-06-01',
    ),
    ['ISRGOV IRNGOV 111', 'ISRGOV SYRGOV 111'],
  );
});
