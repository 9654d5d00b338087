// A story's home country (actors/article-country.ts) places "Congress", "the Senate" and
// "Republicans" named without a country. A country that leads the next one three times over is
// home to them even when the story names many countries.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText } from '../helpers/coder.ts';

const events = (text: string) =>
  codeText(text, '2013-09-15', bundledCoder()).events.map((e) => `${e.source} ${e.cameo} ${e.target}`);

const WORLD_TOUR = [
  'Obama met Putin on Monday.',
  'Obama called Merkel on Tuesday.',
  'Kerry met Abe in Tokyo.',
  'Obama spoke with Hollande.',
  'Obama criticized Assad.',
  'Kerry praised Cameron.',
  'Biden visited Seoul.',
].join(' ');

test('a country far ahead of the next is home to a legislature named without one', () => {
  const e = events(`${WORLD_TOUR} Congress condemned Vietnam.`);
  assert.ok(e.includes('USALEG 111 VNMGOV'), e.join('; '));
});

test('two countries named about as often leave the legislature without a country', () => {
  const e = events(
    'Obama met Putin. Obama called Putin. Obama criticized Putin. Obama praised Putin. Obama visited Putin. Obama thanked Putin. Congress condemned Vietnam.',
  );
  assert.ok(!e.includes('USALEG 111 VNMGOV'), e.join('; '));
});

test('a legislature coordinated with a person is placed like one named alone: "Romney and congressional Republicans"', () => {
  const e = codeText(
    'Obama met Biden on Monday. Obama called Kerry. Obama praised Clinton. Obama thanked Holder. Obama criticized Romney and congressional Republicans.',
    '2012-06-01',
    bundledCoder(),
  ).events.map((x) => `${x.source} ${x.cameo} ${x.target}`);
  assert.ok(e.includes('USAGOV 111 USALEG'), e.join('; '));
  assert.ok(!e.some((x) => x.includes('---')), e.join('; '));
});
