import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { FIXTURE_DICT } from '../helpers/coder.ts';
import { PROJECT_ROOT } from '../helpers/shared.ts';

const dyad = (args: string[], input?: string) =>
  spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'dyad.js'), ...args], {
    encoding: 'utf8',
    input,
    cwd: PROJECT_ROOT,
  });

const tmp = mkdtempSync(join(tmpdir(), 'dyad-cli-'));

test('dyad code reads stdin and prints the event record as JSONL', () => {
  const r = dyad(
    ['code', '--format', 'jsonl', '--date', '2025-04-08', '--dict', FIXTURE_DICT, '--no-bundled-dict'],
    'Iran criticized Pakistan on Monday.',
  );
  assert.equal(r.status, 0, r.stderr);
  const events = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(events.length, 1);
  assert.deepEqual(Object.keys(events[0]).slice(0, 18), [
    'article',
    'sentence',
    'source',
    'target',
    'source_name',
    'target_name',
    'cameo',
    'plover',
    'mode',
    'symmetric',
    'goldstein',
    'quad',
    'date',
    'location',
    'negated',
    'evidence',
    'rule',
    'confidence',
  ]);
  assert.equal(events[0].source, 'IRNGOV');
  assert.equal(events[0].target, 'PAKGOV');
  assert.equal(events[0].date, '2025-04-07');
});

test('JSONL input: one article a line, id from the record', () => {
  const f = join(tmp, 'in.jsonl');
  writeFileSync(
    f,
    `${JSON.stringify({ id: 'x1', date: '2024-01-02', text: 'Iran criticized Pakistan.' })}\n\n${JSON.stringify({ id: 'x2', text: 'Nothing here.' })}\n`,
  );
  const r = dyad(['code', f, '--format', 'jsonl', '--dict', FIXTURE_DICT, '--no-bundled-dict']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(
    r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).article),
    ['x1'],
  );
});

test('bad input fails with a clear error naming it', () => {
  const bin = join(tmp, 'page.txt');
  writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
  let r = dyad(['code', bin]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /DYAD_E_INPUT: .*page\.txt: looks binary/);
  const latin1 = join(tmp, 'latin1.txt');
  writeFileSync(latin1, Buffer.from('Caf\xe9 au lait', 'latin1'));
  r = dyad(['code', latin1]);
  assert.match(r.stderr, /latin1\.txt: not valid UTF-8/);
  const broken = join(tmp, 'broken.jsonl');
  writeFileSync(broken, '{"id":"ok","text":"fine"}\n{"id":"bad","text":\n');
  r = dyad(['code', broken]);
  assert.match(r.stderr, /broken\.jsonl:2: not valid JSON/);
  r = dyad(['code', join(tmp, 'missing.txt')]);
  assert.match(r.stderr, /missing\.txt: cannot be read \(ENOENT\)/);
});

test('table output, help and explain', () => {
  const r = dyad(
    ['code', '--format', 'table', '--date', '2025-04-08', '--dict', FIXTURE_DICT, '--no-bundled-dict'],
    'Iran criticized Pakistan.',
  );
  assert.match(r.stdout, /IRNGOV\s+PAKGOV\s+111\s+ACCUSE/);
  const help = dyad(['--help']);
  for (const cmd of ['code', 'explain', 'eval', 'dict', 'start'])
    assert.match(help.stdout, new RegExp(`\\b${cmd}\\b`));
  const f = join(tmp, 'ex.txt');
  writeFileSync(f, 'Iran did not criticize Pakistan. Iran praised Pakistan.');
  const ex = dyad(['explain', f, '--dict', FIXTURE_DICT, '--no-bundled-dict', '--date', '2025-01-01']);
  assert.match(ex.stdout, /dropped 111 .*: negated/);
  assert.match(ex.stdout, /EVENT IRNGOV → PAKGOV\s+051/);
  assert.match(ex.stdout, /verb pattern: dict\/verbs\/test\.txt:\d+/);
});

test('explain shows the ethnic or religious group an actor is named by, beside its code', () => {
  const f = join(tmp, 'group.txt');
  writeFileSync(f, 'Thousands of Iraqi Kurds demonstrated in Kirkuk against the Iraqi government.');
  const ex = dyad(['explain', f, '--date', '2025-01-01']);
  assert.match(ex.stdout, /→ IRQCVL .*group=KUR {2}rules: dictionaries\/groups\.txt:\d+/);
  assert.match(ex.stdout, /EVENT IRQCVL\(KUR\) → IRQGOV {2}141/);
});

test('dict lint reports problems with file:line and exits 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-dict-'));
  writeFileSync(join(dir, 'agents.txt'), 'GOV  title  minister\nGOV  title  minister\nXXX  group  nobody\n');
  const r = dyad(['dict', 'lint', '--dict', dir]);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /agents\.txt:3: unknown-code: unknown sector XXX/);
});

test('dyad ingest reads a directory of HTML pages through the ingest readers and stores their events', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-dir-'));
  writeFileSync(
    join(dir, 'page.html'),
    '<html><head><title>Talks</title><meta property="article:published_time" content="2024-05-02"></head><body><article><h1>Talks</h1><p>Iran criticized Pakistan on Tuesday over the border incident, the foreign ministry said in a statement issued after the meeting of the two delegations.</p><p>Officials gave no further details.</p></article></body></html>',
  );
  const r = dyad([
    'ingest',
    dir,
    '--db',
    join(dir, 'x.sqlite'),
    '--dict',
    FIXTURE_DICT,
    '--no-bundled-dict',
    '--threads',
    '1',
  ]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /1 articles new.*[1-9]\d* events/);
});
