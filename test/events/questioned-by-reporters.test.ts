// Journalists' questions are no investigation (09-investigate.txt guard): "was questioned by
// reporters about" codes nothing, "was questioned by the FBI about" stays 091.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText } from '../helpers/coder.ts';

const events = (text: string) =>
  codeText(text, '2013-06-01', bundledCoder()).events.map((e) => `${e.source} ${e.cameo} ${e.target}`);

test('questions by reporters are not an investigation', () => {
  assert.deepEqual(events('Senator McCain was questioned by local reporters about his trip.'), []);
  assert.deepEqual(events('Senator McCain was questioned by journalists over the deal.'), []);
});

test('questioning by an investigator still codes', () => {
  assert.ok(events('Senator McCain was questioned by the FBI about his trip.').includes('USACOP 091 USALEG'));
});
