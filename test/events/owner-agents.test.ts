// A person named right before a group after "by" only says whose the group is: the group acted.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

test('"criticized by Donald Trump supporters": the supporters criticized, not Trump', () => {
  assert.deepEqual(
    bundledTriples('Sen. Ted Cruz was criticized by Donald Trump supporters on Monday.', '2016-07-26'),
    ['USACVL USALEG 111'],
  );
});
