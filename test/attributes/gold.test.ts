// Precision and recall of quotes and casualty counts on our own invented wire copy
// (test/fixtures/attributes/*.jsonl). The floors sit a little under today's figures so a
// regression fails; `node --import tsx test/attributes/gold-score.ts --misses` lists the errors.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder } from '../helpers/coder.ts';
import { formatScore, GOLD, HELDOUT, loadGold, scoreGold } from './gold-score.ts';

test('gold.jsonl: quotes, speakers and casualty counts', (t) => {
  const s = scoreGold(bundledCoder(), loadGold(GOLD));
  for (const line of ['gold.jsonl', ...formatScore(s).split('\n')]) t.diagnostic(line);
  assert.ok(s.quotes.precision >= 0.95 && s.quotes.recall >= 0.95, formatScore(s));
  assert.ok(s.speakers.precision >= 0.8 && s.speakers.recall >= 0.8, formatScore(s));
  assert.ok(s.counts.precision >= 0.9 && s.counts.recall >= 0.9, formatScore(s));
});

test('heldout.jsonl: the same figures on copy written after the finders', (t) => {
  const s = scoreGold(bundledCoder(), loadGold(HELDOUT));
  for (const line of ['heldout.jsonl', ...formatScore(s).split('\n')]) t.diagnostic(line);
  assert.ok(s.quotes.precision >= 0.9 && s.quotes.recall >= 0.85, formatScore(s));
  assert.ok(s.speakers.precision >= 0.75 && s.speakers.recall >= 0.75, formatScore(s));
  assert.ok(s.counts.precision >= 0.8 && s.counts.recall >= 0.8, formatScore(s));
});

test('every gold quote and count is words of its article', () => {
  for (const a of [...loadGold(GOLD), ...loadGold(HELDOUT)]) {
    for (const q of a.quotes) assert.ok(a.text.includes(q.text), `${a.id}: ${q.text}`);
    for (const c of a.casualties) assert.ok(a.text.includes(c.text), `${a.id}: ${c.text}`);
  }
});
