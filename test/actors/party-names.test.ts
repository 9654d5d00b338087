import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolvePhrase } from '../../src/actors/index.ts';
import { bundledCoder, codeText, triples } from '../helpers/coder.ts';

const code = (p: string, date = '2010-01-01') => resolvePhrase(bundledCoder(), p, { date })?.code ?? null;

test('political parties of Europe, the Middle East and Africa are their country’s PTY', () => {
  assert.equal(code('Sinn Fein'), 'GBRPTY');
  assert.equal(code('the Zionist Union'), 'ISRPTY');
  assert.equal(code('the Islamic Action Front'), 'JORPTY');
  assert.equal(code('the Croatian Democratic Union'), 'HRVPTY');
  assert.equal(code('the Communist Party of the Soviet Union', '1987-03-01'), 'SUNPTY');
  // generic-sounding names that took the wrong country's party before
  assert.equal(code('the Civic Democratic Party'), 'CZEPTY');
  assert.equal(code('the Islamic Republican Party', '1985-01-01'), 'IRNPTY');
  assert.equal(code('the National Congress Party'), 'SDNPTY');
  assert.equal(code('the Rally of the Republicans'), 'CIVPTY');
});

test('opposition movements, unions and state news agencies', () => {
  assert.equal(code('Kifaya'), 'EGYOPP');
  assert.equal(code('MASSOB'), 'NGAREB');
  assert.equal(code('the Congress of South African Trade Unions'), 'ZAFLAB');
  assert.equal(code('the Tunisian General Labour Union'), 'TUNLAB');
  assert.equal(code('Tanjug', '1987-03-01'), 'YUGGOV');
  assert.equal(code('the Iraqi News Agency', '1987-03-01'), 'IRQGOV');
});

test('armed groups of these regions are their country’s REB', () => {
  assert.equal(code('the Kosovo Liberation Army', '1998-06-01'), 'XKXREB');
  assert.equal(code('the Armed Islamic Group', '1995-01-01'), 'DZAREB');
  assert.equal(code('the Red Brigades', '1980-01-01'), 'ITAREB');
  assert.equal(code('the South Lebanon Army', '1990-01-01'), 'LBNREB');
  assert.equal(code('the Justice and Equality Movement'), 'SDNREB');
});

test('organizations whose role changed take the code of the event’s date', () => {
  // the ANC: banned liberation movement, opposition from its unbanning, governing party from 1994-05-10
  assert.equal(code('the African National Congress', '1987-03-01'), 'ZAFREB');
  assert.equal(code('the ANC', '1992-06-01'), 'ZAFOPP');
  assert.equal(code('the ANC', '2015-01-01'), 'ZAFPTY');
  // the SPLM: Sudan's rebels, in Khartoum's government under the 2005 accord, South Sudan's ruling party
  assert.equal(code('the SPLM', '1995-01-01'), 'SDNREB');
  assert.equal(code('the SPLM', '2008-01-01'), 'SDNPTY');
  assert.equal(code('the SPLM', '2013-12-20'), 'SSDPTY');
  // Libya's National Transitional Council: the rebels' council, then the recognized government
  assert.equal(code('the National Transitional Council', '2011-04-01'), 'LBYREB');
  assert.equal(code('the National Transitional Council', '2012-01-01'), 'LBYGOV');
});

test('leaders of these movements take their movement’s code of the day', () => {
  assert.equal(code('Oliver Tambo', '1987-03-23'), 'ZAFREB');
  assert.equal(code('Jonas Savimbi', '1987-03-23'), 'AGOREB');
  assert.equal(code('Joshua Nkomo', '1985-01-01'), 'ZWEPTY');
  assert.equal(code('Joshua Nkomo', '1995-01-01'), 'ZWEGOV');
});

test('the ANC’s 1987 events are a rebel movement’s', () => {
  assert.deepEqual(
    triples(
      codeText('The ANC accused the South African government of murder.', '1987-03-01', bundledCoder())
        .events,
    ),
    ['ZAFREB ZAFGOV 112'],
  );
});

test('look-alikes of the new names stay no party', () => {
  // "Peace Now", "March 14", "Our Ukraine", "Just Russia" are plain phrases or dates; "Parnas" is Lev Parnas
  assert.equal(code('peace now'), null);
  assert.equal(code('March 14'), null);
  assert.equal(code('Lev Parnas'), null);
  const doc = codeText(
    'The deal covers not just Russia but our Ukraine policy too.',
    '2016-01-01',
    bundledCoder(),
  );
  assert.ok(!doc.mentions.some((m) => m.actors.some((a) => a.sector === 'PTY')));
  // "RUF" in 1987 finance copy is a revolving underwriting facility, not Sierra Leone's rebels
  assert.equal(code('the RUF', '1987-03-01'), null);
  assert.equal(code('the RUF', '1999-01-01'), 'SLEREB');
});
