import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText, triples } from '../helpers/coder.ts';

const code = (text: string, published: string) => triples(codeText(text, published, bundledCoder()).events);

test('Hamas’s armed wing under its singular and unhyphenated names is PSEREB', () => {
  // AllSides sample (AP copy, 2012): the source was "brigade", ---MIL
  assert.deepEqual(
    code(
      "The al-Qassam Brigade, Hamas' military arm, said on its Twitter feed that it had shot 527 projectiles at Israel in that time.",
      '2012-11-22',
    ),
    ['PSEREB ISRGOV 194'],
  );
  assert.deepEqual(
    code(
      "Hamas' military wing, the al Qassam brigade, said it fired 1,573 rockets toward Israel during the hostilities.",
      '2012-11-22',
    ),
    ['PSEREB ISRGOV 194'],
  );
});
