import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

// "turn its back on" an actor is rejection (120); the literal turn away from reporters or a
// crowd, and "was turned back on" (power, a machine), are not.
const coded = (text: string) => bundledTriples(text);

test('"turn its back on" is rejection (120); "turned back on" is not', () => {
  assert.deepEqual(coded('The Democratic Congress turned its back on South Vietnam.'), ['---LEG VNMGOV 120']);
  assert.deepEqual(coded('Power to the Iraqi ministry was turned back on.'), []);
});

test('"turned his back on" reporters or a crowd is the literal turn, not a rejection', () => {
  assert.deepEqual(coded('The Russian minister turned his back on the reporters and walked away.'), []);
});
