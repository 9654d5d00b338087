import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tuneJit } from '../../src/coder/jit.ts';

// node --test runs each file in its own process, so nothing has tuned this one yet.
test('DYAD_JIT=default leaves V8 alone; otherwise the budget is set once per process', () => {
  assert.equal(tuneJit({ DYAD_JIT: 'default' }), false);
  assert.equal(tuneJit({}), true);
  assert.equal(tuneJit({}), false);
});
