import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText, triples } from '../helpers/coder.ts';

const coded = (text: string) => triples(codeText(text, '2014-06-10', bundledCoder()).events);

test('ordering another actor to act is a demand (100): "ordered Iraq to", "ordered Pyongyang not to"', () => {
  assert.deepEqual(
    coded('The Security Council ordered Iraq to destroy its chemical weapons within 90 days.'),
    ['UNO IRQGOV 100'],
  );
  assert.deepEqual(
    coded('The United Nations ordered North Korea not to carry out further missile launches.'),
    ['UNO PRKGOV 100'],
  );
});

test('an order of a thing, or "in order to", is no demand of the actor after it', () => {
  assert.deepEqual(coded('The Security Council ordered the release of the report to Iraq.'), []);
  assert.deepEqual(
    coded('Egypt closed the border in order to stop Hamas from smuggling weapons.').filter((t) =>
      t.endsWith(' 100'),
    ),
    [],
  );
});
