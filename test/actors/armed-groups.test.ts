import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolvePhrase } from '../../src/actors/index.ts';
import { bundledCoder, codeText } from '../helpers/coder.ts';

const code = (p: string, date = '2022-01-01') => resolvePhrase(bundledCoder(), p, { date })?.code ?? null;

test('domestic militias and violent extremist groups are unaligned armed forces of their country', () => {
  assert.equal(code('members of the Oath Keepers'), 'USAUAF');
  assert.equal(code('the Three Percenters'), 'USAUAF');
  assert.equal(code('Atomwaffen Division'), 'USAUAF');
  assert.equal(code('the Nordic Resistance Movement'), 'SWEUAF');
  assert.equal(code('Combat 18'), 'GBRUAF');
});

test('militias of wars elsewhere are rebels, state auxiliaries the military', () => {
  assert.equal(code('Janjaweed militiamen'), 'SDNREB');
  assert.equal(code('Mai-Mai fighters'), 'CODREB');
  assert.equal(code('the Imbonerakure'), 'BDIREB');
  assert.equal(code('Volunteers for the Defence of the Homeland'), 'BFAMIL');
});

test('common words sharing a group name stay no actor', () => {
  assert.equal(code('a national action plan'), null);
  const doc = codeText('Troops returned to the base after a general strike.', '2022-01-01', bundledCoder());
  assert.ok(!doc.mentions.some((m) => m.actors.some((a) => a.sector === 'UAF')));
});
