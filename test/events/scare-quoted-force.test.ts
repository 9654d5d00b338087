import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText, triples } from '../helpers/coder.ts';

const coded = (text: string) => triples(codeText(text, '2012-06-01', bundledCoder()).events);

test('a force verb in scare quotes between rivals in one country’s politics is a figure', () => {
  assert.deepEqual(
    coded('Critics said the White House had adopted a plan to “kill Mitt Romney” before the election.'),
    [],
  );
  // without the quotes, a plan to kill is an announced threat
  assert.deepEqual(
    coded('Critics said the White House had adopted a plan to kill Mitt Romney before the election.'),
    ['USAGOV USAOPP 138'],
  );
});
