import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText, triples } from '../helpers/coder.ts';

// Wordings and look-alike guards of CAMEO roots 01-09 (statements ... investigate), found on
// the AllSides and Reuters corpora.
const coded = (text: string) => triples(codeText(text, '2025-04-08', bundledCoder()).events);

test('"said of X": only an actor right after "of" (with or without a title); quantities are not statements', () => {
  assert.deepEqual(coded('Erdogan said of Putin, "He is a reliable partner."'), ['TURGOV RUSGOV 010']);
  assert.deepEqual(coded('Erdogan said of Mr. Putin: "He is a reliable partner."'), ['TURGOV RUSGOV 010']);
  assert.deepEqual(coded('Iran said 10 of the 20 officials in the Iraqi government had resigned.'), []);
  assert.deepEqual(coded('Pakistan said some of the activity stems from Indian banks.'), []);
});

test('bare "acknowledged that" names no addressee', () => {
  assert.deepEqual(coded('The White House acknowledged that the situation in Syria is growing more dire.'), []);
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
