import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../../src/model/index.ts';
import { bundledCoder, codeText } from '../helpers/coder.ts';

/** `"text"=CODE` for each mention of a sentence, coded with the bundled dictionaries. */
function mentions(text: string, date = '2015-06-01'): string[] {
  const doc: Doc = codeText(text, date, bundledCoder());
  return doc.mentions.map(
    (m) => `${doc.article.text.slice(m.start, m.end)}=${m.actors.map((a) => a.code).join('+')}`,
  );
}

test('a demonym alone after "in", "into", "speak" or "learn" is a language, no actor', () => {
  assert.deepEqual(mentions('The campaign broadcasts ads in Spanish to attack Obama.'), ['Obama=USAGOV']);
  assert.deepEqual(mentions('He spoke in fluent Russian and criticized Putin.'), ['Putin=RUSGOV']);
  assert.deepEqual(mentions('The statement was translated into German, French and Italian.'), []);
  assert.deepEqual(mentions('The note, written in English and Spanish, threatened the embassy.'), [
    'the embassy=---GOV',
  ]);
  assert.deepEqual(mentions('The refugees learn German at night.'), ['The refugees=---REF']);
});

test('a demonym that modifies a noun after those words keeps its country', () => {
  assert.deepEqual(mentions('Spanish troops attacked the rebels.'), [
    'Spanish troops=ESPMIL',
    'the rebels=---REB',
  ]);
  assert.deepEqual(mentions('Mueller is looking into Russian meddling in the election.'), ['Russian=RUSGOV']);
  assert.deepEqual(mentions('The probe looked into Russian and Chinese hacking.'), [
    'Russian=RUSGOV',
    'Chinese=CHNGOV',
  ]);
  assert.deepEqual(mentions('Spain expelled the diplomats.'), ['Spain=ESPGOV', 'the diplomats=---GOV']);
});

test('news outlets named after a country are its media, not its government', () => {
  assert.deepEqual(mentions('Agence France-Presse reported the attack.'), ['Agence France-Presse=FRAJRN']);
  assert.deepEqual(mentions('France 24 reported the attack.'), ['France 24=FRAJRN']);
  assert.deepEqual(mentions('Voice of America reported the attack.'), ['Voice of America=USAJRN']);
  assert.deepEqual(mentions('The South China Morning Post reported the attack.'), [
    'The South China Morning Post=HKGJRN',
  ]);
  assert.deepEqual(mentions('The Jakarta Post reported the attack.'), ['The Jakarta Post=IDNJRN']);
  assert.deepEqual(mentions('The Canadian Broadcasting Corp reported the attack.'), [
    'The Canadian Broadcasting Corp=CANJRN',
  ]);
  assert.deepEqual(mentions('Al Jazeera reported the attack.'), ['Al Jazeera=QATJRN']);
});

test('state media that speak for their government stay GOV, and the country stays itself', () => {
  assert.deepEqual(mentions('Russia Today accused the United States of lying.'), [
    'Russia Today=RUSGOV',
    'the United States=USAGOV',
  ]);
  assert.deepEqual(mentions('France expelled the diplomats.'), ['France=FRAGOV', 'the diplomats=---GOV']);
});

test('airlines named "Air" + a country are its businesses', () => {
  assert.deepEqual(mentions('Air France cancelled the flights.'), ['Air France=FRABUS']);
  assert.deepEqual(mentions('Air Canada cancelled the flights.'), ['Air Canada=CANBUS']);
  assert.deepEqual(mentions('Canada cancelled the flights.'), ['Canada=CANGOV']);
});

test('American Indians and Native Americans are American people, not India nor the US government', () => {
  assert.deepEqual(mentions('Obama granted more authority to American Indian courts.'), [
    'Obama=USAGOV',
    'American Indian courts=USAJUD',
  ]);
  assert.deepEqual(mentions('Native Americans protested the pipeline.'), ['Native Americans=USACVL']);
  assert.deepEqual(mentions('Indian troops attacked the rebels.'), [
    'Indian troops=INDMIL',
    'the rebels=---REB',
  ]);
});
