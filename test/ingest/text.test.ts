import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../../src/ingest/clean.ts';
import { toIsoDay } from '../../src/ingest/dates.ts';
import { isFurniture } from '../../src/ingest/furniture.ts';
import { detectLanguage, normalizeLangTag } from '../../src/ingest/language.ts';
import { markdownToText } from '../../src/ingest/markdown.ts';
import { FRENCH, JAPANESE, STORY } from './pages.ts';

test('cleaning normalizes whitespace and keeps the words', () => {
  assert.equal(cleanText('  a\u00A0\u00A0b\t c \r\n\r\n\r\n\r\nd\u200B e\u00ADf  '), 'a b c\n\nd ef');
  assert.equal(cleanText('x\u0000y\u0007z'), 'xyz');
  assert.equal(cleanText('lone \uD800 surrogate'), 'lone \uFFFD surrogate');
  assert.equal(cleanText('پیش\u200Cبینی'), 'پیش\u200Cبینی', 'ZWNJ stays (Persian)');
  assert.equal(cleanText('a\u2028b\fc'), 'a\nb\nc');
  assert.equal(cleanText(''), '');
  const once = cleanText(' x \n\n\n y ');
  assert.equal(cleanText(once), once, 'idempotent');
});

test('furniture lines are dropped from web text only, and only short whole lines', () => {
  const page = [
    'Story line one.',
    'Read more: Another story',
    'Advertisement',
    'Sign up for our newsletter',
    'By Jane Roe',
    'Story line two.',
  ].join('\n');
  assert.equal(cleanText(page, { furniture: true }), 'Story line one.\n\nStory line two.');
  assert.equal(cleanText(page), page, 'user text keeps every line');
  for (const line of [
    'Photo: Reuters',
    '© 2025 The Daily',
    'We use cookies to improve your experience',
    'Related: Pakistan talks',
  ])
    assert.ok(isFurniture(line), line);
  for (const line of [
    STORY[0],
    'The minister said subscribers to the plan would get updates by email.'.repeat(4),
    'By Tuesday, the troops had withdrawn from the border.',
    'Watch the skies, the general warned.',
  ])
    assert.ok(!isFurniture(line), line);
});

test('language: English, French, Japanese; short text falls back to the hint', () => {
  assert.equal(detectLanguage(STORY.join(' ')), 'en');
  assert.equal(detectLanguage(FRENCH.join(' ')), 'fr');
  assert.equal(detectLanguage(JAPANESE.repeat(3)), 'ja');
  assert.equal(detectLanguage('Hola', 'es-MX'), 'es');
  assert.equal(detectLanguage('Hi'), 'en');
  assert.equal(normalizeLangTag('en_GB'), 'en');
  assert.equal(normalizeLangTag('deu'), 'de');
  assert.equal(normalizeLangTag('x'), undefined);
});

test('dates keep the day they are written with', () => {
  assert.equal(toIsoDay('2025-04-08T23:30:00-05:00'), '2025-04-08');
  assert.equal(toIsoDay('Tue, 08 Apr 2025 23:00:00 -0500'), '2025-04-08');
  assert.equal(toIsoDay('April 8, 2025'), '2025-04-08');
  assert.equal(toIsoDay('8th April 2025'), '2025-04-08');
  assert.equal(toIsoDay('2025/04/08'), '2025-04-08');
  assert.equal(toIsoDay('20250408'), '2025-04-08');
  assert.equal(toIsoDay('2025-02-30'), undefined);
  assert.equal(toIsoDay('yesterday'), undefined);
  assert.equal(toIsoDay(''), undefined);
  assert.equal(toIsoDay(42), undefined);
});

test('markdown: front matter and first heading give metadata; markup goes', () => {
  const md = markdownToText(
    '---\ntitle: "Talks"\ndate: 2025-04-08\nurl: https://example.com/t\n---\n# Headline\n\nThe **foreign minister** met [Rubio](https://x) in `Islamabad`.\n\n> quoted _line_\n\n- item one\n1. item two\n\n```\ncode()\n```\n![img](a.png)\n| a | b |\n|---|---|\n',
  );
  assert.equal(md.title, 'Talks');
  assert.equal(md.published, '2025-04-08');
  assert.equal(md.url, 'https://example.com/t');
  const text = cleanText(md.text);
  assert.equal(
    text,
    'Headline\n\nThe foreign minister met Rubio in Islamabad.\n\nquoted line\n\nitem one\nitem two\n\na b',
  );
  assert.equal(markdownToText('# Only title\n\nBody.').title, 'Only title');
  assert.equal(markdownToText('snake_case_name stays').text, 'snake_case_name stays');
});
