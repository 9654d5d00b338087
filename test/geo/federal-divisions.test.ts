import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolvePhrase } from '../../src/actors/index.ts';
import { bundledCoder } from '../helpers/coder.ts';

const code = (p: string) => resolvePhrase(bundledCoder(), p, { date: '2022-01-01' })?.code ?? null;

test('states and territories of federal countries give an agent their country', () => {
  assert.equal(code('Queensland police'), 'AUSCOP');
  assert.equal(code('Northern Territory police'), 'AUSCOP');
  assert.equal(code('Ontario police'), 'CANCOP');
  assert.equal(code('Saxony police'), 'DEUCOP');
  assert.equal(code('Bavaria government'), 'DEUGOV');
  assert.equal(code('Minas Gerais police'), 'BRACOP');
  assert.equal(code('Pernambuco governor'), 'BRAGOV');
});

test('health bodies are medical actors', () => {
  assert.equal(code('the health service'), '---MED');
  assert.equal(code('Tasmania health service'), 'AUSMED');
  assert.equal(code('a regional health alliance'), '---MED');
});
