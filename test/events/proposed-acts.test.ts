// An act proposed is offered, announced (CAMEO 03), not done; one suggested is only weighed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

const coded = (text: string) => bundledTriples(text, '2016-08-01');

test('"had proposed sending a delegation" announces the visit; "suggested imposing sanctions" imposes none', () => {
  assert.deepEqual(coded('Senator Dole had proposed sending a trade delegation to Egypt and Morocco.'), [
    '---LEG EGYGOV 036',
    '---LEG MARGOV 036',
  ]);
  assert.deepEqual(coded('The minister suggested imposing new sanctions on Syria.'), []);
  assert.deepEqual(coded('Egypt sent a trade delegation to Morocco.'), ['EGYGOV MARGOV 042']);
});
