import assert from 'node:assert/strict';
import { test } from 'node:test';
import { statedDate } from '../../src/attributes/index.ts';

const at = (s: string, d = '2025-04-08') => statedDate(s, 0, d);

test('a past-tense weekday is the latest such day on or before the article date', () => {
  // 2025-04-08 is a Tuesday
  assert.equal(at('Iran attacked the convoy on Sunday.')?.date, '2025-04-06');
  assert.equal(at('The talks ended on Tuesday.')?.date, '2025-04-08');
  assert.equal(at('They met Wednesday.')?.date, '2025-04-02');
  assert.equal(at('Iran attacked the convoy on Sunday.')?.how, 'weekday-past');
});

test('a future weekday is the next such day', () => {
  assert.equal(at('The ministers will meet on Friday.')?.date, '2025-04-11');
  assert.equal(at('The ministers will meet on Friday.')?.how, 'weekday-future');
});

test('explicit calendar dates; a month-day after the article date is last year', () => {
  assert.equal(at('The accord was signed on March 3.')?.date, '2025-03-03');
  assert.equal(at('The accord was signed on 3 March 2021.')?.date, '2021-03-03');
  assert.equal(at('The accord was signed on December 24.')?.date, '2024-12-24');
  assert.equal(at('Yesterday the army withdrew.')?.date, '2025-04-07');
});

test('relative phrases that name no day give no date; no article date gives none', () => {
  assert.equal(at('The two sides agreed to hold talks next week.'), undefined);
  assert.equal(at('Officials met in 2019.'), undefined);
  assert.equal(statedDate('They met on Sunday.', 0, undefined), undefined);
});

test('the span points at the date words', () => {
  const s = 'Iran attacked the convoy on Sunday.';
  const d = statedDate(s, 100, '2025-04-08')!;
  assert.equal(s.slice(d.start - 100, d.end - 100), 'Sunday');
});
