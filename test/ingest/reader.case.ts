// The conformance suite every reader passes: on a good input it gives well-formed
// articles; on random bytes and random HTML it never throws, every result is well formed,
// and the coder's spans over each article stay inside the text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ERRORS } from '../../src/errors.ts';
import { cleanText } from '../../src/ingest/clean.ts';
import type { ReadResult } from '../../src/ingest/index.ts';
import { fixtureCoder } from '../helpers/coder.ts';

export interface ReaderCase {
  /** Reads bytes through the reader under test (a file, a server, a stream, …). */
  read(bytes: Uint8Array): AsyncIterable<ReadResult>;
  /** A good input and how many articles it holds. */
  sample: { bytes: Uint8Array; articles: number };
  /** Property runs (default 40): readers that go through a socket or the disk take fewer. */
  runs?: number;
}

export async function collectResults(results: AsyncIterable<ReadResult>): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of results) out.push(r);
  return out;
}

export function assertWellFormed(r: ReadResult): void {
  if (!r.ok) {
    assert.ok(r.error.input, 'an error names its input');
    assert.ok(r.error.stage, 'an error names its stage');
    assert.ok(r.error.code in ERRORS, `unknown code ${r.error.code}`);
    assert.ok(r.error.message.length > 0, 'an error says what went wrong');
    return;
  }
  const a = r.article;
  assert.equal(typeof a.id, 'string');
  assert.ok(a.id.length > 0);
  assert.ok(a.text.length > 0, 'an article has text');
  assert.equal(cleanText(a.text), a.text, 'stored text is already clean');
  assert.match(a.lang, /^[a-z]{2,3}$/);
  assert.ok(a.sources.length > 0 && a.sources.every((s) => s.input));
  if (a.published) assert.match(a.published, /^\d{4}-\d{2}-\d{2}$/);
  if (a.canonicalUrl) assert.match(a.canonicalUrl, /^https?:\/\//);
  assert.ok(
    !/[\uD800-\uDFFF]/u.test(a.text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')),
    'no lone surrogates',
  );
}

/** Codes the article and checks every span the coder makes points inside its text. */
export function assertSpansInside(r: ReadResult): void {
  if (!r.ok) return;
  const doc = fixtureCoder().code(r.article);
  const text = r.article.text;
  const inside = (s: { start: number; end: number }) =>
    s.start >= 0 && s.start <= s.end && s.end <= text.length;
  for (const s of doc.sentences) assert.ok(inside(s), 'sentence inside the text');
  for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  for (const m of doc.mentions) assert.ok(inside(m), 'mention inside the text');
  for (const e of doc.events)
    for (const ev of e.evidence) assert.equal(text.slice(ev.start, ev.end), ev.text);
}

const TAGS = [
  'p',
  'div',
  'article',
  'span',
  'a',
  'h1',
  'li',
  'ul',
  'script',
  'style',
  'br',
  'meta',
  'time',
  'pre',
  'table',
  'td',
];
const WORDS = [
  'Pakistan',
  'met',
  'Rubio',
  'talks',
  '&amp;',
  '&#0;',
  '&#xD800;',
  'é',
  '\u0000',
  '\uFFFE',
  '🇵🇰',
  '<',
  '>',
  '"',
  "'",
  '\n',
  ' ',
];

/** Random tag soup: unbalanced tags, attributes, entities, odd characters. */
export const randomHtml = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TAGS).map((t) => `<${t}>`),
      fc.constantFrom(...TAGS).map((t) => `</${t}>`),
      fc.constantFrom(...TAGS).map((t) => `<${t} class="x" lang="fr" content='2025-04-08'>`),
      fc.constantFrom(...WORDS),
      fc.string({ maxLength: 12 }),
      fc.constant('<meta charset="shift_jis">'),
      fc.constant('<script type="application/ld+json">{"@type":"NewsArticle","headline":'),
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

export function readerCases(name: string, c: ReaderCase): void {
  const runs = c.runs ?? 40;

  test(`${name}: reads a good input into well-formed articles`, async () => {
    const results = await collectResults(c.read(c.sample.bytes));
    for (const r of results) assertWellFormed(r);
    const articles = results.filter((r) => r.ok);
    assert.equal(articles.length, c.sample.articles, JSON.stringify(results.filter((r) => !r.ok)));
    for (const r of articles) assertSpansInside(r);
  });

  test(`${name}: an empty input is at most an error, never a throw`, async () => {
    const results = await collectResults(c.read(new Uint8Array(0)));
    for (const r of results) assertWellFormed(r);
    assert.equal(results.filter((r) => r.ok).length, 0);
  });

  test(`${name}: random bytes never throw and give well-formed results`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        for (const r of await collectResults(c.read(bytes))) {
          assertWellFormed(r);
          assertSpansInside(r);
        }
      }),
      { numRuns: runs },
    );
  });

  test(`${name}: random HTML never throws and keeps spans inside the text`, async () => {
    await fc.assert(
      fc.asyncProperty(randomHtml, async (html) => {
        for (const r of await collectResults(c.read(new TextEncoder().encode(html)))) {
          assertWellFormed(r);
          assertSpansInside(r);
        }
      }),
      { numRuns: runs },
    );
  });
}
