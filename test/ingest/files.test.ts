import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, test } from 'node:test';
import { readInputs } from '../../src/ingest/index.ts';
import { page, STORY } from './pages.ts';
import { collectResults } from './reader.case.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-files-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a directory is read recursively by content, whatever the extensions', async () => {
  const root = join(dir, 'corpus');
  mkdirSync(join(root, 'b', 'c'), { recursive: true });
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, 'a.txt'), STORY.join('\n'));
  writeFileSync(join(root, 'b', 'page.dat'), page({ paragraphs: [STORY[1], STORY[2]] }));
  writeFileSync(join(root, 'b', 'c', 'lines'), `${JSON.stringify({ id: 'x1', text: STORY[2] })}\n{bad\n`);
  writeFileSync(join(root, 'b', 'logo.png'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
  writeFileSync(join(root, 'empty.txt'), '');
  writeFileSync(join(root, '.git', 'HEAD'), 'ref: refs/heads/main');
  writeFileSync(join(root, '.hidden.txt'), STORY[0]);
  symlinkSync(root, join(root, 'b', 'loop'));
  const logs: string[] = [];
  const results = await collectResults(readInputs([root], { log: (l) => logs.push(l) }));
  assert.deepEqual(
    results.map((r) => (r.ok ? `${r.article.id} ${r.input}` : `${r.error.code} ${r.error.input}`)),
    [
      `a ${join(root, 'a.txt')}`,
      `x1 ${join(root, 'b', 'c', 'lines')}:1`,
      `DYAD_E_INPUT ${join(root, 'b', 'c', 'lines')}:2`,
      `b/page ${join(root, 'b', 'page.dat')}`,
    ],
  );
  assert.match(logs.join('\n'), /3 files read, 2 skipped/);
});

test('a missing file is an error and the next input is still read', async () => {
  const ok = join(dir, 'ok.txt');
  writeFileSync(ok, STORY[0]);
  const results = await collectResults(readInputs([join(dir, 'missing.txt'), ok]));
  assert.deepEqual(
    results.map((r) => (r.ok ? r.article.id : r.error.message)),
    ['cannot be read (ENOENT)', 'ok'],
  );
});

test('a binary file given by name is an error', async () => {
  const bin = join(dir, 'photo.jpg');
  writeFileSync(bin, Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]));
  const [r] = await collectResults(readInputs([bin]));
  assert.ok(!r.ok && r.error.code === 'DYAD_E_NOT_TEXT');
});

test('JSONL keeps ids, dates and languages; bad lines are errors naming file:line', async () => {
  const f = join(dir, 'a.jsonl');
  writeFileSync(
    f,
    [
      JSON.stringify({
        id: 7,
        text: STORY[0],
        date: '2025-04-08',
        url: 'https://e.com/a',
        source: 'E',
        title: 'T',
      }),
      '',
      '[1,2]',
      JSON.stringify({ id: 'fr', text: 'Bonjour', lang: 'fr' }),
      JSON.stringify({ text: STORY[1], date: 'yesterday' }),
      JSON.stringify({ title: 'no text' }),
    ].join('\n'),
  );
  const results = await collectResults(readInputs([f]));
  assert.deepEqual(
    results.map((r) =>
      r.ok
        ? `${r.article.id} ${r.article.lang} ${r.article.published ?? '-'}`
        : `${r.error.input} ${r.error.message}`,
    ),
    [
      '7 en 2025-04-08',
      `${f}:3 not a JSON object`,
      'fr fr -',
      `${f}:5 date "yesterday" is not YYYY-MM-DD`,
      `${f}:6 no "text" (or "html") string`,
    ],
  );
  const [first] = results;
  assert.ok(
    first.ok &&
      first.article.source === 'E' &&
      first.article.url === 'https://e.com/a' &&
      first.article.title === 'T',
  );
});

test('stdin is sniffed like a file; --date fills a missing date', async () => {
  const stdin = Readable.from([Buffer.from(STORY.join('\n'))]);
  const [r] = await collectResults(readInputs(['-'], { stdin, date: '2025-01-02' }));
  assert.ok(r.ok && r.article.published === '2025-01-02' && r.input === 'stdin');
});
