// A protest noun is a crowd's act: the clause's subject, an office holder or a party, only
// stands near it ("restore order after a day marked by street protests"), unless a verb of
// holding joins them ("the senator led a protest").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

const coded = (text: string) => bundledTriples(text, '2016-08-01');

test('street protests near a politician are not his', () => {
  assert.deepEqual(
    coded(
      'Sen. Bernie Sanders tried to restore order at the convention after a chaotic day marked by street protests against the party leadership.',
    ),
    [],
  );
  assert.deepEqual(coded('Students staged protests against the government in Caracas.'), [
    'VENEDU VENGOV 141',
  ]);
  assert.deepEqual(
    coded(
      'Sen. Rand Paul read from several binders over the course of his marathon protest against the Obama administration.',
    ),
    ['USALEG USAGOV 141'],
  );
  assert.deepEqual(coded("Obama's protest against the Chinese government drew criticism."), [
    'USAGOV CHNGOV 141',
  ]);
});
