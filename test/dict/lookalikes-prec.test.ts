import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

// Look-alikes found among the most frequent rules on real news: the words match a pattern
// but the sentence does not report the event.
const coded = (text: string) => bundledTriples(text);

test('reaching out to voters is campaign outreach, not a consultation', () => {
  assert.deepEqual(
    coded('The Brazilian president has been reaching out to Mexican voters with a new message.'),
    [],
  );
  assert.deepEqual(coded('The Brazilian president tried to reach out to minorities and Mexican voters.'), []);
  assert.deepEqual(coded('The French president reached out to the German chancellor on Monday.'), [
    'FRAGOV DEUGOV 040',
  ]);
});
