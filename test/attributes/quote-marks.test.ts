import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotationMarks } from '../../src/attributes/quote-marks.ts';

const quoted = (text: string) => quotationMarks(text).map((q) => text.slice(q.start, q.end));

test('curly and straight double quotes pair up, apostrophes do not close anything', () => {
  assert.deepEqual(quoted('“We won’t back down,” she said. "It\'s not over," he added.'), [
    'We won’t back down,',
    "It's not over,",
  ]);
});

test('a quote left open at the end of a paragraph ends there and is marked open', () => {
  const text = '“The first part.\n“The second part,” he said.';
  const marks = quotationMarks(text);
  assert.deepEqual(
    marks.map((q) => [text.slice(q.start, q.end), q.closed]),
    [
      ['The first part.', false],
      ['The second part,', true],
    ],
  );
});

test('British single quotes count outside double ones; nested singles stay inside', () => {
  assert.deepEqual(quoted('The minister said: ‘We will respond in kind.’ Then he left.'), [
    'We will respond in kind.',
  ]);
  assert.deepEqual(quoted('“They called it ‘a farce’ today,” he said.'), ['They called it ‘a farce’ today,']);
  assert.deepEqual(quoted('Pakistan’s army and the protesters’ demands'), []);
});

test('a straight quote that opens after a space restarts an unclosed one', () => {
  assert.deepEqual(quoted('He said "yes and then "no," she said.'), ['yes and then', 'no,']);
});
