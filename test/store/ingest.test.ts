// `dyad ingest` and `dyad code --db`, in process: bad inputs become error rows, stored
// articles are duplicates, a changed coder re-codes, --strict stops.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { runCode } from '../../src/cli/code.ts';
import { readInputs, runIngest } from '../../src/cli/ingest.ts';
import { createCoder } from '../../src/coder/index.ts';
import { DyadError } from '../../src/errors.ts';
import { openStore } from '../../src/store/index.ts';
import { FIXTURE_DICT } from './synthetic.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const coder = createCoder({ dictionaries: [FIXTURE_DICT], bundled: false });
const path = (name: string) => join(dir, name);

const lines = [
  {
    id: 'a1',
    date: '2025-04-08',
    url: 'https://www.dawn.com/1',
    text: 'Ishaq Dar praised Marco Rubio on Tuesday.',
  },
  { id: 'a2', date: '2025-04-09', source: 'reuters.com', text: 'Pakistan praised the United States.' },
  { id: 'a1-again', date: '2025-04-08', text: '  Ishaq Dar praised\nMarco Rubio on Tuesday. ' },
];
writeFileSync(
  path('in.jsonl'),
  Buffer.concat([
    Buffer.from(`${JSON.stringify(lines[0])}\n{"id": "broken",\n${JSON.stringify(lines[1])}\n`),
    Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d, 0x0a]),
    Buffer.from(`${JSON.stringify({ id: 'no-text' })}\n${JSON.stringify(lines[2])}\n`),
  ]),
);
writeFileSync(path('binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
writeFileSync(path('story.txt'), 'Iran accused France of sabotage.');

const capture = () => {
  let text = '';
  return { out: (s: string) => (text += s), text: () => text };
};

test('every bad input is an error row naming it, and the run goes on', async () => {
  const db = path('a.sqlite');
  const c = capture();
  const files = [path('in.jsonl'), path('binary.txt'), path('missing.txt'), path('story.txt')];
  assert.equal(await runIngest(coder, files, { db, date: '2025-04-10' }, c.out), 0);
  assert.match(
    c.text(),
    /: 3 articles new, 1 duplicate, 0 re-coded, 5 failed; 3 events; 2 clusters \(5 errors recorded/,
  );
  const store = await openStore(db);
  try {
    const errors = (await store.errors()).map((e) => [e.input.replace(dir, ''), e.message]).sort();
    assert.deepEqual(errors, [
      ['/binary.txt', 'looks binary (NUL bytes), not text'],
      ['/in.jsonl:2', 'not valid JSON'],
      ['/in.jsonl:4', 'not valid UTF-8 text'],
      ['/in.jsonl:5', 'no "text" string'],
      ['/missing.txt', 'cannot be read (ENOENT)'],
    ]);
    const [run] = await store.runs();
    assert.equal(run.status, 'done');
    assert.deepEqual([run.articles_new, run.articles_duplicate, run.articles_failed], [3, 1, 5]);
    const story = (await store.events({ source: 'IRNGOV' })).items;
    assert.equal(story[0].date, '2025-04-10');
  } finally {
    await store.close();
  }
});

test('ingesting again stores nothing new; --recode codes again; new dictionaries re-code', async () => {
  const db = path('b.sqlite');
  const files = [path('in.jsonl'), path('story.txt')];
  await runIngest(coder, files, { db, date: '2025-04-10' }, capture().out);
  const again = capture();
  await runIngest(coder, files, { db, date: '2025-04-10', json: true }, again.out);
  const summary = JSON.parse(again.text());
  assert.deepEqual(
    [summary.articles_new, summary.articles_duplicate, summary.articles_recoded, summary.events],
    [0, 4, 0, 0],
  );
  const forced = capture();
  await runIngest(coder, files, { db, recode: true, json: true }, forced.out);
  assert.equal(JSON.parse(forced.text()).articles_recoded, 3);

  // A user dictionary that (wrongly, for the test) takes "France" for Britain changes the coder.
  const extra = path('extra');
  mkdirSync(extra, { recursive: true });
  writeFileSync(join(extra, 'countries.txt'), 'GBR  name  France\n');
  const other = createCoder({ dictionaries: [FIXTURE_DICT, extra], bundled: false });
  const changed = capture();
  await runIngest(other, files, { db, json: true }, changed.out);
  assert.equal(JSON.parse(changed.text()).articles_recoded, 3);
  const store = await openStore(db);
  try {
    assert.deepEqual(
      (await store.events({ source: 'IRNGOV' })).items.map((e) => e.target),
      ['GBRGOV'],
    );
    assert.equal(await store.countEvents({ target: 'FRAGOV' }), 0);
    assert.equal((await store.stats()).articles, 3);
  } finally {
    await store.close();
  }
});

test('--strict makes a bad input fatal and marks the run failed', async () => {
  const db = path('c.sqlite');
  await assert.rejects(
    runIngest(coder, [path('in.jsonl')], { db, strict: true }, capture().out),
    (e) =>
      e instanceof DyadError && e.code === 'DYAD_E_INPUT' && /in\.jsonl:2: not valid JSON/.test(e.message),
  );
  const store = await openStore(db);
  try {
    assert.equal((await store.runs())[0].status, 'failed');
  } finally {
    await store.close();
  }
});

test('readInputs decodes JSONL line by line, so one bad line costs one article', () => {
  const items = [...readInputs([path('in.jsonl')])];
  assert.deepEqual(
    items.map((i) => ('error' in i ? `error ${i.error.input.replace(dir, '')}` : i.item.article.id)),
    ['a1', 'error /in.jsonl:2', 'a2', 'error /in.jsonl:4', 'error /in.jsonl:5', 'a1-again'],
  );
  assert.equal(
    items.reduce((n, i) => n + i.bytes, 0),
    readFileSync(path('in.jsonl')).length,
  );
});

test('dyad code --db stores what it prints, all events whatever --min-confidence', async () => {
  const db = path('d.sqlite');
  let printed = '';
  const stderr = process.stderr.write;
  process.stderr.write = (() => true) as typeof process.stderr.write;
  try {
    await runCode(
      coder,
      [path('story.txt')],
      { db, format: 'jsonl', date: '2025-04-11', minConfidence: 1.1 },
      (s) => {
        printed += s;
      },
    );
  } finally {
    process.stderr.write = stderr;
  }
  assert.equal(printed, '');
  const store = await openStore(db);
  try {
    const [e] = (await store.events()).items;
    assert.deepEqual([e.source, e.target, e.cameo, e.date], ['IRNGOV', 'FRAGOV', '112', '2025-04-11']);
    assert.equal((await store.runs())[0].command, 'code');
  } finally {
    await store.close();
  }
});
