// A country's or a capital's name written as a person's surname names that person, not the country.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

const coded = (text: string) => bundledTriples(text, '2016-08-01');

test('after a courtesy title, a country name is a surname: "Mr. Holland" is no Dutch government', () => {
  assert.deepEqual(
    coded("Mr. Holland, the company's treasurer, met the Brazilian finance minister in Brasilia on Monday."),
    [],
  );
  assert.deepEqual(coded('The Netherlands criticized Brazil on Monday.'), ['NLDGOV BRAGOV 111']);
});

test('after a given name and a middle initial, a country or capital name is a surname', () => {
  // whoever the teller is, Holland is no Dutch actor
  assert.ok(
    !coded(
      'David M. Holland, president of the division, told reporters he agreed with the Brazilian regulators.',
    ).some((t) => t.includes('NLD')),
  );
  assert.deepEqual(coded('Booker T. Washington met the Brazilian finance minister.'), []);
  assert.deepEqual(
    coded("Jordan's foreign minister met the Brazilian finance minister in Brasilia on Monday."),
    ['JORGOV BRAGOV 040'],
  );
});
