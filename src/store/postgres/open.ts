// The PostgreSQL engine: `postgres://user@host:port/db?schema=name`. The optional `schema`
// parameter puts every table in that schema (created when missing): tests use one per file.
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { kyselyStore } from '../kysely-store.ts';
import { migrate } from '../migrations/index.ts';
import type { Database } from '../schema.ts';
import type { Store } from '../types.ts';
import { safeUrl, splitSchema } from './url.ts';

const INT8 = 20;
const NUMERIC = 1700;

/** count(*) and sums come back as int8/numeric: read them as numbers. */
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === INT8 || oid === NUMERIC
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

export async function openPostgres(url: string): Promise<Store> {
  const { url: conn, schema } = splitSchema(url);
  const setup = new pg.Client({ connectionString: conn });
  await setup.connect();
  try {
    // Checked first: creating even an existing schema needs the CREATE privilege.
    const found = await setup.query('select 1 from pg_namespace where nspname = $1', [schema]);
    if (found.rowCount === 0) await setup.query(`create schema if not exists "${schema}"`);
  } finally {
    await setup.end();
  }
  const pool = new pg.Pool({ connectionString: conn, max: 4, options: `-c search_path="${schema}"`, types });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrate(db as Kysely<unknown>, schema);
  } catch (e) {
    await db.destroy();
    throw e;
  }
  return kyselyStore(db, 'postgres', safeUrl(url), () => db.destroy());
}
