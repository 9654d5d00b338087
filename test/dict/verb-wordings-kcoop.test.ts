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

test('wire-style amounts ("mln", "bln", "dlrs") count as money in aid and pledge wordings', () => {
  assert.deepEqual(coded('The United States transferred 115 mln dlrs in aid to Egypt.'), [
    'USAGOV EGYGOV 071',
  ]);
  assert.deepEqual(coded('Kuwait lent 300 mln dlrs to Jordan.'), ['KWTGOV JORGOV 071']);
  assert.deepEqual(coded('Saudi Arabia pledged two bln dlrs to Egypt.'), ['SAUGOV EGYGOV 0331']);
});

test('an amount "given" as a profit or gain is no payment (071)', () => {
  assert.deepEqual(coded('Kuwait gave Jordan 300 mln dlrs.'), ['KWTGOV JORGOV 071']);
  assert.deepEqual(coded('Japan gave Britain a 93 mln dlr profit on the deal.'), []);
});

test('an amount and a kind of loan before the noun still code as a loan or debt relief (071)', () => {
  assert.deepEqual(coded('The IMF approved a 200 mln dlr standby credit for Mexico.'), ['IMF MEXGOV 071']);
  assert.deepEqual(coded('Japan extended a 24 billion yen soft loan to Bangladesh.'), ['JPNGOV BGDGOV 071']);
  assert.deepEqual(coded('West Germany wrote off 145 mln marks of Tanzanian debt.'), ['DEUGOV TZAGOV 071']);
});
