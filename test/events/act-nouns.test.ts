import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText, triples } from '../helpers/coder.ts';

/** Events coded with the bundled dictionaries on a 2025 article date. */
const coded3 = (text: string) => triples(codeText(text, '2025-04-08', bundledCoder()).events);

test("the infinitive after an actor's noun of deciding or trying is that actor's act", () => {
  assert.deepEqual(coded3("Obama's move to recognize the Syrian opposition drew criticism."), [
    'USAELI SYROPP 054',
  ]);
  assert.deepEqual(coded3("Kenya's renewed bid to expel the Ugandan ambassador drew criticism."), [
    'KENGOV UGAGOV 161',
  ]);
  assert.deepEqual(coded3('A decision by Kenya to expel the Ugandan ambassador drew criticism.'), [
    'KENGOV UGAGOV 1313',
  ]);
  assert.deepEqual(coded3('The Chinese decision to send warships to the Philippines angered Manila.'), [
    'CHNGOV PHLGOV 138',
  ]);
});

test('the gerund after "of" and an actor\'s noun of standing practice is that actor\'s act', () => {
  assert.deepEqual(
    coded3("A judge ruled that the Kenyan government's policy of detaining Ugandan journalists was illegal."),
    ['KENGOV UGAJRN 173'],
  );
});

test('what the act noun makes of its act: announced, not done, or the act', () => {
  assert.deepEqual(coded3("Kenya's willingness to expel the Ugandan ambassador surprised many."), [
    'KENGOV UGAGOV 1313',
  ]);
  // refusing a hostile act is no event, and no rejection of its target (complements.ts)
  assert.deepEqual(coded3("Kenya's refusal to expel the Ugandan ambassador surprised many."), []);
  assert.deepEqual(coded3("Kenya's refusal to meet the Ugandan ambassador surprised many."), [
    'KENGOV UGAGOV 125',
  ]);
  assert.deepEqual(coded3("Kenya's failed attempt to expel the Ugandan ambassador surprised many."), []);
});

test('a reaction to the decision keeps the act inside it, as it does for the act noun', () => {
  assert.deepEqual(coded3("Uganda condemned Kenya's decision to expel the Ugandan ambassador."), [
    'UGAGOV KENGOV 111',
  ]);
  assert.deepEqual(coded3("Uganda condemned Kenya's expulsion of the Ugandan ambassador."), [
    'UGAGOV KENGOV 111',
  ]);
});
