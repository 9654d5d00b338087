import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText, triples } from '../helpers/coder.ts';

const coded = (text: string) => triples(codeText(text, '1987-03-20', bundledCoder()).events);

test("a company's or an industry's officials and spokesmen act for business, not a government", () => {
  assert.deepEqual(coded('U.S. industry officials accused Japan of dumping microchips.'), [
    'USABUS JPNGOV 112',
  ]);
  assert.deepEqual(coded('A U.S. company spokesman criticized the Brazilian government.'), [
    'USABUS BRAGOV 111',
  ]);
});

test("a central bank's officials are still its government's", () => {
  assert.deepEqual(coded('West German central bank officials met with IMF officials.'), ['DEUGOV IMF 040']);
});
