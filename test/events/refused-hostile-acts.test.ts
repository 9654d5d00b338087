// Refusing a hostile act ("refused to condemn X") is no event, and no rejection of X either;
// refusing a cooperative one ("refused to meet X") is a rejection (CAMEO 12).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

const coded = (text: string) => bundledTriples(text, '2016-08-01');

test('"refused to condemn the Syrian government" codes nothing', () => {
  assert.deepEqual(coded('The Russian president refused to condemn the Syrian government.'), []);
  assert.deepEqual(coded('The Russian president refused to meet the Syrian opposition.'), [
    'RUSGOV SYROPP 125',
  ]);
});
