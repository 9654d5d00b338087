// "by" + gerund names the means of an act, not its doer: the gerund's object is no agent.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

const coded = (text: string) => bundledTriples(text, '2016-08-01');

test('"stepped up her criticism of X by suggesting that Y…": Y is not the critic', () => {
  assert.deepEqual(
    coded(
      'The senator stepped up her criticism of the Iranian government on Sunday by suggesting that the foreign minister had lied to Congress.',
    ),
    ['---LEG IRNGOV 111'],
  );
  // a passive agent after "by" is still the doer
  assert.deepEqual(coded('The Iranian government was criticized on Sunday by the senator.'), [
    '---LEG IRNGOV 111',
  ]);
});
