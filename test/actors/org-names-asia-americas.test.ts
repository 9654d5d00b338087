import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolvePhrase } from '../../src/actors/index.ts';
import { bundledCoder, codeText } from '../helpers/coder.ts';

const code = (p: string, date: string) => resolvePhrase(bundledCoder(), p, { date })?.code ?? null;

test('parties of Asia and the Americas are their country’s PTY', () => {
  assert.equal(code('the Democratic Justice Party', '1987-06-10'), 'KORPTY');
  assert.equal(code('Shiv Sena', '2014-01-01'), 'INDPTY');
  assert.equal(code('the Liberal Party of Canada', '2015-10-19'), 'CANPTY');
  assert.equal(code('the Brazilian Democratic Movement', '1987-03-01'), 'BRAPTY');
});

test('armed groups of Asia and the Americas are their country’s REB', () => {
  assert.equal(code('the Tupac Amaru Revolutionary Movement', '1996-12-20'), 'PERREB');
  assert.equal(code('Free Aceh Movement rebels', '2003-05-19'), 'IDNREB');
  assert.equal(code('Jemaah Islamiyah', '2002-10-12'), 'IMGREB');
});

test('movements whose role changed are coded by the date', () => {
  assert.equal(code('the Sandinistas', '1978-09-01'), 'NICREB');
  assert.equal(code('the Sandinistas', '1986-03-01'), 'NICGOV');
  assert.equal(code('the Sandinistas', '1996-10-20'), 'NICPTY');
  assert.equal(code('the Sandinista government', '1986-03-01'), 'NICGOV');
  assert.equal(code('the JVP', '1988-11-01'), 'LKAREB');
  assert.equal(code('the JVP', '2004-04-02'), 'LKAPTY');
  assert.equal(code('the National Opposition Union', '1990-02-25'), 'NICOPP');
  assert.equal(code('the National Opposition Union', '1992-01-01'), 'NICPTY');
  assert.equal(code('M-19 guerrillas', '1985-11-06'), 'COLREB');
  assert.equal(code('the M-19', '1991-01-01'), 'COLPTY');
});

test('US advocacy groups and unions are not the US government', () => {
  assert.equal(code('the Council on American-Islamic Relations', '2015-01-01'), 'USANGO');
  assert.equal(code('NARAL Pro-Choice America', '2015-01-01'), 'USANGO');
  assert.equal(code('AFSCME', '2015-01-01'), 'USALAB');
  assert.equal(code('the Senate Leadership Fund', '2016-01-01'), 'USANGO');
  assert.equal(code('Gun Owners of America', '2016-01-01'), 'USANGO');
  assert.equal(code('Americans for Tax Reform', '2016-01-01'), 'USANGO');
  assert.equal(code('the National Governors Association', '2016-01-01'), 'USAGOV');
});

test('worldwide bodies and state news agencies', () => {
  assert.equal(code('the Cairns Group', '1987-04-01'), 'IGO');
  assert.equal(code('the ICFTU', '1990-01-01'), 'NGO');
  assert.equal(code('the New China News Agency', '1987-04-01'), 'CHNGOV');
});

test('common phrases sharing an organization name stay no actor', () => {
  assert.equal(code('the popular will', '2015-01-01'), null);
  const doc = codeText('A group of five producers met the buyers in Geneva.', '1987-04-01', bundledCoder());
  assert.ok(!doc.mentions.some((m) => m.actors.some((a) => a.code === 'IGO')));
});
