// The crash test on SQLite: a killed writer leaves the last committed batch intact (WAL).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { crashTest } from './crash.case.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-crash-db-'));

crashTest({
  name: 'sqlite',
  url: (label) => join(dir, `${label}.sqlite`),
  async count(path) {
    try {
      const db = new Database(path, { readonly: true, fileMustExist: true });
      try {
        return (db.prepare('select count(*) as n from articles').get() as { n: number }).n;
      } finally {
        db.close();
      }
    } catch {
      return null;
    }
  },
  async cleanup() {
    rmSync(dir, { recursive: true, force: true });
  },
});
