// "will likely", "would probably": a forecast of the act, not the actor's announcement of it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

test('"will likely" before the act is a forecast and is not coded', () => {
  assert.deepEqual(bundledTriples('Russia will likely sign a treaty with Ukraine.'), []);
});

test('"would probably" before the act is a forecast and is not coded', () => {
  assert.deepEqual(bundledTriples('Russia would probably sign a treaty with Ukraine.'), []);
});

test('"will probably" before an infinitive head is a forecast of the act after it', () => {
  assert.deepEqual(bundledTriples('Russia will probably agree to sign a treaty with Ukraine.'), []);
});

test('a plain "will" still announces the act', () => {
  assert.deepEqual(bundledTriples('Russia will sign a treaty with Ukraine.'), ['RUSGOV UKRGOV 030']);
});

test('"probably" with a past act stays a report of the act', () => {
  assert.deepEqual(bundledTriples('Russia probably signed a treaty with Ukraine.'), ['RUSGOV UKRGOV 057']);
});
