import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCount } from '../../src/attributes/article.ts';
import { analyzeText } from '../../src/nlp/analyze.ts';

function count(text: string) {
  const { tokens } = analyzeText(text);
  const c = parseCount(tokens, 0, tokens.length);
  if (!c) return undefined;
  const words = tokens
    .slice(c.from, c.to)
    .map((t) => t.text)
    .join(' ');
  return [c.low, c.high, c.qualifier, words];
}

test('digits and number words', () => {
  assert.deepEqual(count('19 people'), [19, 19, 'exact', '19']);
  assert.deepEqual(count('1,200 people'), [1200, 1200, 'exact', '1,200']);
  assert.deepEqual(count('3.5 million people'), [3_500_000, 3_500_000, 'exact', '3.5 million']);
  assert.deepEqual(count('nineteen people'), [19, 19, 'exact', 'nineteen']);
  assert.deepEqual(count('Twenty-five people'), [25, 25, 'exact', 'Twenty - five']);
  assert.deepEqual(count('one hundred people'), [100, 100, 'exact', 'one hundred']);
  assert.deepEqual(count('a dozen people'), [12, 12, 'exact', 'a dozen']);
  assert.deepEqual(count('two dozen people'), [24, 24, 'exact', 'two dozen']);
});

test('ranges', () => {
  assert.deepEqual(count('between 10 and 15 soldiers'), [10, 15, 'range', 'between 10 and 15']);
  assert.deepEqual(count('10-15 soldiers'), [10, 15, 'range', '10-15']);
  assert.deepEqual(count('10 to 15 soldiers'), [10, 15, 'range', '10 to 15']);
  assert.deepEqual(count('two or three soldiers'), [2, 3, 'range', 'two or three']);
});

test('qualifiers: at least, more than, up to, fewer than, nearly, about', () => {
  assert.deepEqual(count('at least 19 people'), [19, null, 'at-least', 'at least 19']);
  assert.deepEqual(count('more than 200 people'), [201, null, 'more-than', 'more than 200']);
  assert.deepEqual(count('more than a dozen people'), [13, null, 'more-than', 'more than a dozen']);
  assert.deepEqual(count('over 50 people'), [51, null, 'more-than', 'over 50']);
  assert.deepEqual(count('up to 3,000 troops'), [null, 3000, 'up-to', 'up to 3,000']);
  assert.deepEqual(count('as many as 70 people'), [null, 70, 'up-to', 'as many as 70']);
  assert.deepEqual(count('fewer than 10 people'), [null, 9, 'fewer-than', 'fewer than 10']);
  assert.deepEqual(count('nearly 40 people'), [null, 40, 'nearly', 'nearly 40']);
  assert.deepEqual(count('about 300 people'), [300, 300, 'about', 'about 300']);
  assert.deepEqual(count('an estimated 1,500 people'), [1500, 1500, 'about', 'an estimated 1,500']);
});

test('vague quantities: dozens, hundreds of, tens of thousands', () => {
  assert.deepEqual(count('dozens of people'), [24, 99, 'vague', 'dozens of']);
  assert.deepEqual(count('hundreds of people'), [200, 999, 'vague', 'hundreds of']);
  assert.deepEqual(count('thousands of people'), [2000, 9999, 'vague', 'thousands of']);
  assert.deepEqual(count('tens of thousands of people'), [20_000, 99_999, 'vague', 'tens of thousands of']);
  assert.deepEqual(count('hundreds of thousands of people'), [
    200_000,
    999_999,
    'vague',
    'hundreds of thousands of',
  ]);
  assert.deepEqual(count('several people'), [3, 9, 'vague', 'several']);
  assert.deepEqual(count('at least dozens of people'), [24, null, 'at-least', 'at least dozens of']);
});

test('words that are not counts', () => {
  assert.equal(count('people'), undefined);
  assert.equal(count('a man'), undefined);
  assert.equal(count('more people'), undefined);
});
