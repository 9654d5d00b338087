// An act an actor is to be made to do ("to force X to …") is sought, not done.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

test("the object's act after an infinitive of coercion is not coded as done", () => {
  assert.deepEqual(
    bundledTriples('The sanctions are an attempt to force Turkey to open its market to Greek firms.'),
    [],
  );
  assert.deepEqual(bundledTriples('Turkey opened its market to Greece.'), ['TURGOV GRCGOV 061']);
});
