import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventDate } from '../../src/attributes/article.ts';
import type { Doc } from '../../src/model/index.ts';
import { codeText } from '../helpers/coder.ts';

const first = (doc: Doc) => eventDate(doc, doc.sentences[0]);

test('a stated calendar date is a day', () => {
  const d = first(codeText('Dar met Rubio on March 3.'));
  assert.deepEqual(
    [d.date, d.granularity, d.how, d.span?.text],
    ['2025-03-03', 'day', 'explicit', 'March 3'],
  );
});

test('a weekday is resolved by tense', () => {
  const past = first(codeText('Dar met Rubio on Sunday.'));
  assert.deepEqual(
    [past.date, past.granularity, past.how, past.span?.text],
    ['2025-04-06', 'weekday', 'weekday-past', 'Sunday'],
  );
  const future = first(codeText('Dar will meet Rubio on Friday.'));
  assert.deepEqual(
    [future.date, future.granularity, future.how],
    ['2025-04-11', 'weekday', 'weekday-future'],
  );
});

test('"yesterday" is a relative day', () => {
  const d = first(codeText('Dar met Rubio yesterday.'));
  assert.deepEqual([d.date, d.granularity], ['2025-04-07', 'relative']);
});

test('without a stated date, the dateline, then the article date', () => {
  const dl = first(codeText('Islamabad, April 5: Dar met Rubio.'));
  assert.deepEqual([dl.date, dl.granularity, dl.span?.text], ['2025-04-05', 'dateline', 'April 5']);
  const second = codeText('Islamabad, April 5: Dar met Rubio.\nDar praised Rubio.');
  const d2 = eventDate(second, second.sentences[1]);
  assert.deepEqual([d2.date, d2.granularity, d2.span], ['2025-04-05', 'dateline', undefined]);
  const art = first(codeText('Dar met Rubio.'));
  assert.deepEqual([art.date, art.granularity, art.how], ['2025-04-08', 'article', 'article']);
});

test('no article date and no dateline: no date', () => {
  const doc = codeText('Dar met Rubio.');
  const bare: Doc = { ...doc, article: { ...doc.article, published: undefined }, dateline: undefined };
  assert.deepEqual(first(bare), { date: null, granularity: 'none', how: 'none' });
});

test('event dates agree with the dates the events stage assigns', () => {
  const doc = codeText(
    'Islamabad, April 5: Dar met Rubio on Sunday.\nDar praised Rubio.\nDar will visit Washington on Friday.',
  );
  assert.ok(doc.events.length >= 2);
  for (const e of doc.events) assert.equal(eventDate(doc, doc.sentences[e.sentence]).date, e.date);
});
