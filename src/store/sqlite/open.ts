// The SQLite engine: one file, WAL journal (readers never block the writer, and a killed
// writer leaves the last committed batch intact), better-sqlite3 12.x under kysely.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { kyselyStore } from '../kysely-store.ts';
import { migrate } from '../migrations/index.ts';
import type { Database as Tables } from '../schema.ts';
import type { Store } from '../types.ts';

/** Opens in one process happen one after another: a second synchronous BEGIN IMMEDIATE on
 * the same thread would wait for a lock only the first (awaiting) open can release. */
let opening: Promise<unknown> = Promise.resolve();

export function openSqlite(path: string): Promise<Store> {
  const next = opening.then(() => open(path));
  opening = next.catch(() => {});
  return next;
}

async function open(path: string): Promise<Store> {
  const memory = path === ':memory:';
  if (!memory) mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 10000');
  sqlite.pragma('cache_size = -65536');
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: sqlite }) });
  // kysely runs SQLite migrations outside a transaction and without a lock; this one makes
  // them atomic and makes a second process opening a new file wait instead of racing.
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    await migrate(db as Kysely<unknown>);
    sqlite.exec('COMMIT');
  } catch (e) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    await db.destroy();
    throw e;
  }
  return kyselyStore(db, 'sqlite', memory ? path : resolve(path), () => db.destroy());
}
