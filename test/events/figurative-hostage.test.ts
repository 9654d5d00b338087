import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText, triples } from '../helpers/coder.ts';

const coded = (text: string) => triples(codeText(text, '2012-06-01', bundledCoder()).events);

test("a party holding its own country's people hostage is a figure, not an abduction", () => {
  assert.deepEqual(coded('The Republican Party is holding Americans hostage.'), []);
  // gunmen take real hostages
  assert.deepEqual(coded('Gunmen took three Americans hostage in Nigeria.'), ['---UAF USACVL 181']);
});
