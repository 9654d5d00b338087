import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

// Actor nouns and named organizations added from dropped events in the AllSides and Reuters
// corpora (no source / no target found), one test per family, with look-alikes.
const coded = (text: string, date = '2013-05-20') => bundledTriples(text, date);

test('legislative committees by portfolio are LEG, not the sector of their subject', () => {
  assert.deepEqual(coded('The Senate Judiciary Committee criticized Attorney General Eric Holder.'), [
    '---LEG USAGOV 111',
  ]);
  assert.deepEqual(coded('The House Intelligence Committee warned two Chinese firms.'), [
    '---LEG CHNBUS 130',
  ]);
  assert.deepEqual(coded('The House Ways and Means Committee criticized the IRS.'), ['---LEG USAGOV 111']);
});

test('US federal agencies and the central bank are USAGOV', () => {
  assert.deepEqual(coded('The EPA criticized Congress.'), ['USAGOV USALEG 111']);
  assert.deepEqual(coded('The Securities and Exchange Commission accused the company of fraud.'), [
    'USAGOV ---BUS 1121',
  ]);
  assert.deepEqual(coded('The Federal Reserve criticized Congress.'), ['USAGOV USALEG 111']);
});

test('US advocacy groups and unions: "American ..." before a name is not the US government', () => {
  assert.deepEqual(coded('The American Civil Liberties Union sued the National Security Agency.'), [
    'USANGO USASPY 115',
  ]);
  assert.deepEqual(coded('The NRA criticized President Obama.'), ['USANGO USAGOV 111']);
});

test('named central banks, MITI, the Syrian National Council', () => {
  assert.deepEqual(coded('The Bundesbank criticized France.'), ['DEUGOV FRAGOV 111']);
  // "Bank of <country>": the name is the subject, not its country after "of"
  assert.deepEqual(coded('The Bank of Japan criticized the U.S. Treasury.'), ['JPNGOV USAGOV 111']);
  assert.deepEqual(coded('The BOJ criticized France.'), ['JPNGOV FRAGOV 111']);
  assert.deepEqual(coded('The Syrian National Council condemned the Assad regime.'), ['SYROPP SYRGOV 111']);
  assert.deepEqual(coded('Central bankers met the IMF.'), ['---GOV IMF 040']);
});

test('"EC" is the European Community until 1993 only', () => {
  assert.deepEqual(coded('The EC criticized Japan.', '1987-03-10'), ['EEC JPNGOV 111']);
  assert.deepEqual(coded('The EC criticized Japan.', '2018-03-10'), []);
});

test('creditor banks and stockholders are BUS; bare "creditors" is left out', () => {
  assert.deepEqual(coded('Chile reached agreement with bank creditors.'), ['CHLGOV ---BUS 057']);
  assert.deepEqual(coded('Nigeria met Japanese creditor banks.'), ['NGAGOV JPNBUS 040']);
  assert.deepEqual(coded('Greece met its creditors.'), []);
});

test('seamen are labour; generals and coastguards are the military; rebel soldiers are rebels', () => {
  assert.deepEqual(coded('Striking Brazilian seamen met Labour Minister Almir Pazzianotto.'), [
    'BRALAB ---GOV 040',
  ]);
  assert.deepEqual(coded('Egyptian generals arrested President Mohamed Morsi.'), ['EGYMIL EGYGOV 173']);
  assert.deepEqual(coded('The Libyan coastguard detained migrants.'), ['LBYMIL ---REF 173']);
  assert.deepEqual(coded('Chadian rebel soldiers attacked Chadian troops.'), ['TCDREB TCDMIL 190']);
  assert.deepEqual(coded('The general election angered Egypt.'), []);
});

test('intellectuals and clansmen; "intellectual property" and economists are no actors', () => {
  assert.deepEqual(coded('Egyptian intellectuals criticized President Mohamed Morsi.'), [
    'EGYEDU EGYGOV 111',
  ]);
  assert.deepEqual(coded('Somali clansmen attacked Ethiopian troops.'), ['SOMCVL ETHMIL 190']);
  assert.deepEqual(coded('Intellectual property theft angered the United States.'), []);
  assert.deepEqual(coded('Economists criticized the Federal Reserve.'), []);
});

test('armed groups of northern Mali and Ansar al-Sharia named with its country', () => {
  assert.deepEqual(coded('French troops attacked Ansar Dine.', '2013-01-20'), ['FRAMIL MLIREB 190']);
  assert.deepEqual(coded('Ansar al-Sharia in Tunisia attacked the U.S. embassy in Tunis.', '2012-09-20'), [
    'TUNREB USAGOV 190',
  ]);
});

test('leaders named by a chamber are lawmakers, by a party adjective the party, by industry businesses', () => {
  assert.deepEqual(coded('Sen. Charles Schumer urged House leaders to allow a vote.'), []);
  assert.deepEqual(coded('House Republican leaders criticized President Obama.'), ['---LEG USAGOV 111']);
  assert.deepEqual(coded('Republican leaders criticized President Obama.'), ['---PTY USAGOV 111']);
  assert.deepEqual(coded('President Obama met with Democratic leaders.'), ['USAGOV ---PTY 040']);
  assert.deepEqual(coded('President Obama met with technology industry leaders.'), ['USAGOV ---BUS 040']);
});
