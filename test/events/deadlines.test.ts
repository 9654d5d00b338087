import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText, triples } from '../helpers/coder.ts';

const coded = (text: string) => triples(codeText(text, '2012-12-10', bundledCoder()).events);

test('a deadline to act is not the act: "have three weeks to reach a deal", "has until Friday to sign"', () => {
  // AllSides sample: "Lawmakers and the White House have three weeks to reach a deal" was coded 057
  assert.deepEqual(coded('Lawmakers and the White House have three weeks to reach a deal.'), []);
  assert.deepEqual(coded('Iran and the United States have until Friday to reach a deal.'), []);
  assert.deepEqual(coded('Iran has two days to sign the agreement with Iraq.'), []);
});

test('time taken to act is the act done: "took three weeks to reach a deal"', () => {
  assert.deepEqual(coded('Iran and the United States took three weeks to reach a deal.'), [
    'IRNGOV USAGOV 057',
  ]);
  assert.deepEqual(coded('Iran signed the agreement with Iraq after two days of talks.'), [
    'IRNGOV IRQGOV 057',
  ]);
});

test('an act after a plan or mission that is only weighed is not done: "considering a mission to help"', () => {
  // AllSides sample: "European Union members are considering a noncombat training mission to help the interim Malian government" was coded 070
  assert.deepEqual(
    coded(
      'European Union members are considering a noncombat training mission to help the Malian government.',
    ),
    [],
  );
  assert.deepEqual(coded('The European Union discussed a plan to impose sanctions on Iran.'), []);
  assert.equal(coded('The European Union approved a plan to impose sanctions on Iran.').length, 1);
});
