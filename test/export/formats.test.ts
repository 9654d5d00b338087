// CSV, JSONL and Parquet of the event record round-trip.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { parquetReadObjects } from 'hyparquet';
import { EVENT_COLUMNS, exportTo } from '../../src/export/index.ts';
import type { Store, StoredEvent } from '../../src/store/index.ts';
import { capture } from './capture.ts';
import { exportStore } from './fixtures.ts';

let store: Store;
let events: StoredEvent[];
const dir = mkdtempSync(join(tmpdir(), 'dyad-export-'));
before(async () => {
  store = await exportStore();
  events = (await store.events({}, { limit: 1000, order: 'asc' })).items;
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** RFC 4180 fields of one CSV text. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  return rows;
}

const flat = (e: StoredEvent) => ({
  ...e,
  evidence: JSON.stringify(e.evidence),
  contexts: e.contexts.join('|'),
});

test('CSV: a header and one row per event, quoting what needs it', async () => {
  const out = capture();
  assert.equal(await exportTo(store, 'csv', {}, { stream: out.stream }), events.length);
  const [header, ...rows] = parseCsv(out.text());
  assert.deepEqual(header, [...EVENT_COLUMNS]);
  assert.equal(rows.length, events.length);
  rows.forEach((row, i) => {
    const want = flat(events[i]) as unknown as Record<string, unknown>;
    EVENT_COLUMNS.forEach((c, j) => {
      assert.equal(row[j], want[c] === null ? '' : String(want[c]), `${c} of row ${i}`);
    });
  });
  assert.ok(out.text().includes('"[{""start""'));
});

test('JSONL: the stored event records exactly', async () => {
  const out = capture();
  await exportTo(store, 'jsonl', {}, { stream: out.stream });
  const back = out
    .text()
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.deepEqual(back, events);
});

test('Parquet: written by hyparquet-writer, read back by hyparquet, same values', async () => {
  const path = join(dir, 'events.parquet');
  const n = await exportTo(store, 'parquet', {}, { path, stream: capture().stream });
  assert.equal(n, events.length);
  const bytes = readFileSync(path);
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const rows = await parquetReadObjects({ file });
  assert.equal(rows.length, events.length);
  rows.forEach((r, i) => {
    const e = events[i];
    assert.deepEqual(r, { ...flat(e), evidence: e.evidence });
  });
});

test('Parquet: an empty selection is still a valid file', async () => {
  const path = join(dir, 'empty.parquet');
  assert.equal(
    await exportTo(store, 'parquet', { from: '2030-01-01' }, { path, stream: capture().stream }),
    0,
  );
  const bytes = readFileSync(path);
  const rows = await parquetReadObjects({
    file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  });
  assert.deepEqual(rows, []);
});

test('a bad --type fails before anything is written', async () => {
  const out = capture();
  await assert.rejects(exportTo(store, 'csv', { type: 'MEET' }, { stream: out.stream }), /DYAD_E_INPUT/);
  assert.equal(out.text(), '');
});
