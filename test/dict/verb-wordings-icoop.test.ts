import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

// Recall of CAMEO roots 06-08 (material cooperation, aid, yielding): general wordings of a
// delivered gift, a military or humanitarian contribution, or a returned object that no
// pattern coded, each beside a look-alike that must not code the same.
const coded = (text: string) => bundledTriples(text);

test('"contributed $N million to" an actor is economic aid; a share of an economy or a donation to candidates is not', () => {
  assert.deepEqual(coded('Norway contributed $12 million to Somalia last year.'), ['NORGOV SOMGOV 071']);
  assert.deepEqual(coded('Japan has contributed relief funds to the Philippines.'), ['JPNGOV PHLGOV 071']);
  assert.deepEqual(coded('Chinese firms contributed $3 billion to the Kenyan economy.'), []);
  // political donations are no aid between actors, also after a long amount
  assert.deepEqual(
    coded('The Kenyan tycoon has contributed at least $15 million to Kenyan opposition candidates.'),
    [],
  );
});

test('an amount "worth of" goods handed over or delivered is aid', () => {
  assert.deepEqual(coded('Canada delivered $2 million worth of medical equipment to Haiti.'), [
    'CANGOV HTIGOV 070',
  ]);
  assert.deepEqual(coded('Canada delivered $2 million worth of wheat futures to traders.'), []);
});
