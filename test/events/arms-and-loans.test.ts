// 07-provide-aid.txt: loans by "loan" as by "lend" (071); arms named by their model or as air
// defence systems (072); an approved arms sale (072); the arms of an intent to sell them are
// what is given, not the recipient (0332); "armed" tagged as an adjective after its subject is
// the verb ("Iran armed Hezbollah"), but not after a degree word ("more armed officers").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText } from '../helpers/coder.ts';

const events = (text: string) =>
  codeText(text, '2013-06-01', bundledCoder()).events.map((e) => `${e.source} ${e.cameo} ${e.target}`);

test('"loaned" is a loan, to the borrower after the verb or after "to"', () => {
  assert.deepEqual(events('China loaned Venezuela $5 billion.'), ['CHNGOV 071 VENGOV']);
  assert.deepEqual(events('Japan loaned $2 billion to Indonesia.'), ['JPNGOV 071 IDNGOV']);
});

test('no loan in a name lent, a work lent, or the noun', () => {
  assert.deepEqual(events('Obama loaned his name to the campaign of Governor Deval Patrick.'), []);
  assert.deepEqual(events('Egypt loaned the paintings to France for the exhibition.'), []);
  assert.deepEqual(
    events('The loan Greece received from Germany was small.').filter((e) => e.includes('071 GRC')),
    [],
  );
});

test('weapons named by model, air defence systems and approved arms sales are military aid', () => {
  assert.deepEqual(events('The United States sold F-16s to Pakistan.'), ['USAGOV 072 PAKGOV']);
  assert.deepEqual(events('Russia delivered S-400 to Turkey.'), ['RUSGOV 072 TURGOV']);
  assert.deepEqual(events('Britain supplied Javelins to Ukraine.'), ['GBRGOV 072 UKRGOV']);
  assert.deepEqual(events('The US sold Patriot batteries to Poland.'), ['USAGOV 072 POLGOV']);
  assert.deepEqual(events('France sold air defense systems to Qatar.'), ['FRAGOV 072 QATGOV']);
  assert.deepEqual(events('The State Department approved a $1 billion arms sale to Taiwan.'), [
    'USAGOV 072 TWNGOV',
  ]);
});

test('the arms of an intent to sell them are no recipient', () => {
  assert.deepEqual(events('The United States will sell fighter jets to Taiwan.'), ['USAGOV 0332 TWNGOV']);
});

test('a firm named like a weapon, or goods of trade, are no arms', () => {
  assert.deepEqual(events('Panasonic sold batteries to Tesla.'), []);
  assert.deepEqual(events('Marathon sold its oil assets to Apache.'), []);
});

test('"armed" after its subject is the verb; after a degree word an adjective', () => {
  assert.deepEqual(events('Iran armed Hezbollah with rockets.'), ['IRNGOV 072 LBNREB']);
  assert.deepEqual(events('Republicans want more armed officers in schools.'), []);
});

test('military advisers dispatched or deployed to a state are military aid, as those sent', () => {
  assert.deepEqual(events('Iran dispatched military advisers to Iraq.'), ['IRNGOV 072 IRQGOV']);
  assert.deepEqual(events('The firm dispatched financial advisers to Greece.'), []);
});
