// A president of a company, or of one of its parts, is no government.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

test('"president of the division" is no government official', () => {
  assert.deepEqual(
    bundledTriples(
      'David M. Holland, president of the division, told reporters he agreed with the Brazilian regulators.',
    ),
    [],
  );
});

test('a president of a named body or of a country keeps their reading', () => {
  assert.deepEqual(bundledTriples('The president of the World Bank criticized Brazil.'), ['WBK BRAGOV 111']);
  assert.deepEqual(bundledTriples('The president of Brazil criticized Argentina.'), ['BRAGOV ARGGOV 111']);
});
