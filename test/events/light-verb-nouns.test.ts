// An event noun after "to join", "to take part in" or "to participate in" is the act of the
// infinitive: its head (offered, plans, refused) decides whether it was done.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

test('"offered to join airstrikes" announces the strikes, it does not report them', () => {
  assert.deepEqual(bundledTriples('France has offered to join airstrikes against Iraq.'), [
    'FRAGOV IRQGOV 1384',
  ]);
});

test('"plans to join airstrikes" announces the strikes', () => {
  assert.deepEqual(bundledTriples('France plans to join airstrikes against Iraq.'), ['FRAGOV IRQGOV 1384']);
});

test('"plans to participate in talks" announces the talks', () => {
  assert.deepEqual(bundledTriples('France plans to participate in talks with Iraq.'), ['FRAGOV IRQGOV 036']);
});

test('"joined airstrikes" still reports the strikes', () => {
  assert.deepEqual(bundledTriples('France joined airstrikes against Iraq.'), ['FRAGOV IRQGOV 195']);
});

test('a purpose infinitive after an object still reports the strikes', () => {
  assert.deepEqual(bundledTriples('France sent jets to join airstrikes against Iraq.'), [
    'FRAGOV IRQGOV 154',
    'FRAGOV IRQGOV 195',
  ]);
});
