// An input too long to be one article (a 50 MB "page" would exhaust a coding thread's heap
// and abort the process) is refused where it is read: an error row naming it, and the
// articles beside it are coded and stored as usual.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { runCode } from '../../src/cli/code.ts';
import { runIngest } from '../../src/cli/ingest.ts';
import { createCoder } from '../../src/coder/index.ts';
import { DyadError } from '../../src/errors.ts';
import { MAX_ARTICLE_CHARS } from '../../src/model/index.ts';
import { openStore } from '../../src/store/index.ts';
import { FIXTURE_DICT } from './synthetic.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-too-long-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const coder = createCoder({ dictionaries: [FIXTURE_DICT], bundled: false });
const path = (name: string) => join(dir, name);

const SENTENCE = 'Iran accused France of sabotage. ';
const huge = SENTENCE.repeat(Math.ceil((MAX_ARTICLE_CHARS + 1) / SENTENCE.length));
writeFileSync(path('huge.txt'), huge);
writeFileSync(path('story.txt'), 'Pakistan praised the United States.');
writeFileSync(
  path('lines.jsonl'),
  `${JSON.stringify({ id: 'big', text: huge })}\n${JSON.stringify({ id: 'small', text: 'Iran accused France of sabotage.' })}\n`,
);
writeFileSync(path('page.html'), `<html><head><title>Long</title></head><body><p>${huge}</p></body></html>`);

const TOO_LONG =
  /^[\d,]+ characters of text, more than the 1,000,000 an article may have \(split it into articles\)$/;

async function ingested(db: string, files: string[]) {
  let out = '';
  assert.equal(await runIngest(coder, files, { db, date: '2025-04-10' }, (s) => (out += s)), 0);
  const store = await openStore(db);
  try {
    const errors = (await store.errors()).map((e) => ({
      input: e.input.replace(dir, ''),
      code: e.code,
      message: e.message,
    }));
    const articles = (await store.events()).items.map((e) => `${e.source} ${e.cameo} ${e.target}`).sort();
    return { out, errors, events: articles };
  } finally {
    await store.close();
  }
}

test('plain files: a text or JSONL line over the limit is an error row; the rest is stored', async () => {
  const r = await ingested(path('plain.sqlite'), [path('huge.txt'), path('lines.jsonl'), path('story.txt')]);
  assert.deepEqual(r.errors.map((e) => [e.input, e.code]).sort(), [
    ['/huge.txt', 'DYAD_E_TOO_LARGE'],
    ['/lines.jsonl:1', 'DYAD_E_TOO_LARGE'],
  ]);
  for (const e of r.errors) assert.match(e.message, TOO_LONG);
  assert.deepEqual(r.events, ['IRNGOV 112 FRAGOV', 'PAKGOV 051 USAGOV']);
  assert.match(r.out, /2 articles new, 0 duplicate, 0 re-coded, 2 failed/);
});

test('web pages and other readers: a page whose text is over the limit is an error row', async () => {
  const r = await ingested(path('web.sqlite'), [path('page.html'), path('story.txt')]);
  assert.deepEqual(
    r.errors.map((e) => [e.input, e.code]),
    [['/page.html', 'DYAD_E_TOO_LARGE']],
  );
  assert.match(r.errors[0].message, TOO_LONG);
  assert.deepEqual(r.events, ['PAKGOV 051 USAGOV']);
});

test('dyad code refuses the input by name; the coder itself refuses an over-long article', async () => {
  await assert.rejects(
    runCode(coder, [path('huge.txt')], { format: 'jsonl' }, () => {}),
    (e: unknown) => e instanceof DyadError && e.code === 'DYAD_E_TOO_LARGE' && e.message.includes('huge.txt'),
  );
  const small = createCoder({ dictionaries: [FIXTURE_DICT], bundled: false, maxChars: 40 });
  const text = 'Iran accused France of sabotage.';
  assert.equal(small.code({ id: 'ok', text, lang: 'en' }).events.length, 1);
  assert.throws(
    () => small.code({ id: 'long', text: `${text} ${text}`, lang: 'en' }),
    (e: unknown) =>
      e instanceof DyadError &&
      e.code === 'DYAD_E_TOO_LARGE' &&
      /^DYAD_E_TOO_LARGE: long: 65 characters/.test(e.message),
  );
});
