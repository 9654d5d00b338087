import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Doc } from '../../src/model/index.ts';
import { bundledCoder, codeText } from '../helpers/coder.ts';
import { PROJECT_ROOT, sharedPath, skipUnlessShared } from '../helpers/shared.ts';

function assertSpans(doc: Doc): void {
  const text = doc.article.text;
  for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  for (const m of doc.mentions) assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end);
  for (const e of doc.events) {
    for (const ev of e.evidence) assert.equal(ev.text, text.slice(ev.start, ev.end));
  }
}

const WORDS = [
  'Iran',
  'Pakistan',
  'Rubio',
  'Dar',
  'criticized',
  'praised',
  'attacked',
  'met',
  'with',
  'the',
  'two',
  'leaders',
  'and',
  'was',
  'by',
  'not',
  'could',
  'threatened',
  'to',
  'impose',
  'sanctions',
  'on',
  "Pakistan's",
  'Pakistan’s',
  'troops',
  'He',
  ',',
  '.',
  ';',
  '“',
  '”',
  '—',
  'Read More:',
  '\n',
  '\n\n',
  '  ',
  'é',
  '🇵🇰',
  'which',
  'Kabul',
  'in',
];

test('every evidence text equals text.slice(start, end) on generated text', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }),
      fc.string({ maxLength: 20 }),
      (words, noise) => {
        const text = `${words.join(' ')} ${noise}`;
        assertSpans(codeText(text));
      },
    ),
    { numRuns: 300 },
  );
});

test('every evidence text equals text.slice(start, end) on the bundled examples', () => {
  const dir = join(PROJECT_ROOT, 'examples');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    assertSpans(
      bundledCoder().code({
        id: f,
        text: readFileSync(join(dir, f), 'utf8'),
        lang: 'en',
        published: '2024-03-04',
      }),
    );
  }
  for (const line of readFileSync(join(dir, 'articles.jsonl'), 'utf8').split('\n').filter(Boolean)) {
    const a = JSON.parse(line);
    assertSpans(bundledCoder().code({ id: a.id, text: a.text, lang: 'en', published: a.date }));
  }
});

test('every evidence text equals text.slice(start, end) on real news', {
  skip: skipUnlessShared('corpus', 'reuters21578.jsonl'),
}, () => {
  const lines = readFileSync(sharedPath('corpus', 'reuters21578.jsonl'), 'utf8').split('\n').slice(0, 300);
  for (const line of lines.filter(Boolean)) {
    const a = JSON.parse(line);
    assertSpans(bundledCoder().code({ id: a.id, text: a.text, lang: 'en', published: a.date }));
  }
});
