// The conformance suite on SQLite (a fresh file per case), plus what only a file can show.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { openStore } from '../../src/store/index.ts';
import { coded } from './fixtures.ts';
import { migrationCases } from './migration.case.ts';
import { quoteCases } from './quotes.case.ts';
import { snapshot, storeCases } from './store.case.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

storeCases('sqlite', () => openStore(join(dir, `case-${n++}.sqlite`)));
quoteCases('sqlite', () => openStore(join(dir, `case-${n++}.sqlite`)));
migrationCases('sqlite', {
  fresh: () => join(dir, `case-${n++}.sqlite`),
  raw: async (path) => ({ db: new Kysely({ dialect: new SqliteDialect({ database: new Database(path) }) }) }),
});

test('sqlite: reopening a file keeps its data and applies no migration twice', async () => {
  const path = join(dir, 'reopen.sqlite');
  const a = await openStore(path);
  await a.write([
    coded({
      id: 'a',
      sentences: ['Iran praised Iraq.'],
      events: [{ source: 'IRNGOV', target: 'IRQGOV', cameo: '051' }],
    }),
  ]);
  const before = await snapshot(a);
  await a.close();
  const b = await openStore(`sqlite:${path}`);
  assert.equal(b.engine, 'sqlite');
  assert.deepEqual(await snapshot(b), before);
  await b.close();
});

test('sqlite: an in-memory store works for throwaway use', async () => {
  const s = await openStore(':memory:');
  assert.equal((await s.stats()).articles, 0);
  await s.close();
});
