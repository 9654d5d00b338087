import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

// Look-alikes of aid (CAMEO root 07): nouns and adjectives the tagger or a loose target slot
// read as the verb, each beside a wording that must still code.
const coded = (text: string) => bundledTriples(text);

test('"lend" is a loan only with the borrower right after the verb (071)', () => {
  assert.deepEqual(coded('Kuwait lent Jordan two billion dollars.'), ['KWTGOV JORGOV 071']);
  // "lending" before a noun, and "lending from", name lenders, not a loan to the actor nearby
  assert.deepEqual(coded('Peru repaid the World Bank and other lending agencies and commercial banks.'), []);
  assert.deepEqual(coded('Peru sought faster lending from Japanese banks.'), []);
});

test('"an assist from" is a noun, not aid (070)', () => {
  assert.deepEqual(coded('France assisted Mali.'), ['FRAGOV MLIGOV 070']);
  assert.deepEqual(coded('The senator won with a late assist from the Republican Party.'), []);
});
