import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText, triples } from '../helpers/coder.ts';

const coded = (text: string) => triples(codeText(text, '2014-09-20', bundledCoder()).events);
const warnings = (text: string) => coded(text).filter((t) => t.endsWith(' 130'));

test("a speaker outside the state who warns about his country's government informs, not threatens", () => {
  assert.deepEqual(
    warnings(
      "Former Defense Secretary Robert Gates warned Sunday that President Obama's plan is very ambitious.",
    ),
    [],
  );
});

test("a state's speaker who warns what its own forces will do still threatens", () => {
  assert.deepEqual(warnings('The Turkish government warned Syria that the Turkish army will respond.'), [
    'TURGOV SYRGOV 130',
  ]);
});
