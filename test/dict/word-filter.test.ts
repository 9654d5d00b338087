import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keyFilter, WordFilter } from '../../src/dict/word-filter.ts';

test('a word filter never rejects a word it was built from, and rejects most others', () => {
  const words = Array.from({ length: 8000 }, (_, i) => `word${i}`);
  const f = new WordFilter(words);
  for (const w of words) assert.ok(f.mayHave(w), w);
  let passed = 0;
  for (let i = 0; i < 10000; i++) if (f.mayHave(`other${i}`)) passed++;
  assert.ok(passed < 2000, `${passed} of 10,000 absent words passed`);
});

test("a map's key filter is rebuilt when the map grows", () => {
  const m = new Map<string, number>([['iran', 1]]);
  assert.ok(keyFilter(m).mayHave('iran'));
  m.set('iraq', 2);
  assert.ok(keyFilter(m).mayHave('iraq'));
});
