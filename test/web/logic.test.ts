// The dashboard's pure pieces, without a browser: highlight segments, the URL hash, and the
// API queries built from the filters.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { segments } from '../../web/src/components/segments.ts';
import { apiParams, EMPTY, filtersQuery } from '../../web/src/filters.ts';
import { href, parseHash } from '../../web/src/route.ts';

test('segments: overlapping and nested spans cut the text without losing a character', () => {
  const text = 'Dar held talks with Rubio.';
  const marks = [
    { start: 0, end: 3, role: 'source' as const },
    { start: 4, end: 20, role: 'verb' as const },
    { start: 15, end: 25, role: 'target' as const },
  ];
  const parts = segments(text.length, marks);
  assert.equal(parts.map((p) => text.slice(p.start, p.end)).join(''), text);
  assert.deepEqual(
    parts.map((p) => [text.slice(p.start, p.end), p.roles.join('+')]),
    [
      ['Dar', 'source'],
      [' ', ''],
      ['held talks ', 'verb'],
      ['with ', 'verb+target'],
      ['Rubio', 'target'],
      ['.', ''],
    ],
  );
  assert.deepEqual(segments(5, [{ start: -3, end: 99, role: 'verb' }]), [
    { start: 0, end: 5, roles: ['verb'], events: [] },
  ]);
  assert.deepEqual(segments(0, []), []);
});

test('the hash carries the view and the filters both ways', () => {
  const f = { ...EMPTY, a: 'PAK', b: 'USA', from: '2025-04-01' };
  assert.equal(href('/', f), '#/?from=2025-04-01&a=PAK&b=USA');
  assert.deepEqual(parseHash(href('/events/abc123', f)), { view: 'event', id: 'abc123', filters: f });
  assert.equal(parseHash('#/articles/x_y-z').view, 'article');
  assert.equal(parseHash('#/articles/<script>').view, 'dashboard');
  assert.deepEqual(parseHash('').filters, EMPTY);
  assert.equal(filtersQuery(EMPTY), '');
});

test('two actors query the dyad in both directions; one actor either side', () => {
  assert.equal(
    apiParams({ ...EMPTY, a: 'pak', b: 'usa', plover: 'CONSULT' }, { limit: 50 }).toString(),
    'source=PAK&target=USA&both=true&plover=CONSULT&limit=50',
  );
  assert.equal(apiParams({ ...EMPTY, b: 'usa' }).toString(), 'actor=USA');
  assert.equal(apiParams({ ...EMPTY, q: "O'Brien & co" }).toString(), 'q=O%27Brien+%26+co');
});
