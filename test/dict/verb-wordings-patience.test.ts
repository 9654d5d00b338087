import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

// "lose patience with" an actor is disapproval (110), negated and hypothetical as any verb.
const coded = (text: string) => bundledTriples(text);

test('"lose patience with" an actor is disapproval (110)', () => {
  assert.deepEqual(coded('China is losing patience with North Korea.'), ['CHNGOV PRKGOV 110']);
  assert.deepEqual(coded('China has not lost patience with North Korea.'), []);
  assert.deepEqual(coded('China could lose patience with North Korea.'), []);
});
