// A named person and an office in apposition after a comma name one actor: the person is the
// source (or target), taking the country the office gives when the name has none.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText } from '../helpers/coder.ts';

const events = (text: string) =>
  codeText(text, '2013-06-01', bundledCoder()).events.map((e) => `${e.source} ${e.cameo} ${e.target}`);

test('an office with no country after a named person leaves the person the source', () => {
  assert.deepEqual(
    events('Sen. Patty Murray of Washington, the key Democratic negotiator, criticized Iran.'),
    ['USALEG 111 IRNGOV'],
  );
});

test("an office of the person's own country leaves the person's sector", () => {
  assert.deepEqual(events('Ali Larijani, the top Iranian negotiator, condemned Israel.'), [
    'IRNLEG 111 ISRGOV',
  ]);
});

test('a country the office names is kept', () => {
  assert.deepEqual(events('John Kerry, the U.S. secretary of state, met Sergei Lavrov.'), [
    'USAGOV 040 RUSGOV',
  ]);
});
