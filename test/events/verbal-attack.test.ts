import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText, triples } from '../helpers/coder.ts';

const coded = (text: string) => triples(codeText(text, '2012-06-01', bundledCoder()).events);

test('an attack a politician launches or mounts on a politician is words, as "attacked" is', () => {
  assert.deepEqual(coded('The Republican Party mounted a fresh attack on Senator Harry Reid.'), [
    'USAPTY USALEG 111',
  ]);
  // armed forces launching an assault use force
  assert.deepEqual(coded('The Syrian army launched an assault on rebel positions.'), ['SYRMIL ---REB 190']);
});
