// PostgreSQL for tests: the server named by DYAD_TEST_PG_URL (.ci/run sets it), a schema of
// its own per test file (and per case), all dropped at the end, so parallel files never meet.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const PG_URL = process.env.DYAD_TEST_PG_URL ?? '';

/** `false` when a server is configured, else the reason the PostgreSQL run is skipped. */
export const PG_SKIP: string | false = PG_URL
  ? false
  : 'PostgreSQL run skipped: DYAD_TEST_PG_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test; .ci/run sets it)';

export interface Schemas {
  /** A store URL on a fresh schema. */
  next(): string;
  /** Drops every schema `next` handed out. */
  dropAll(): Promise<void>;
}

export function pgSchemas(label: string): Schemas {
  const base = `dyad_t_${label}_${randomBytes(4).toString('hex')}`;
  const made: string[] = [];
  return {
    next() {
      const schema = `${base}_${made.length}`;
      made.push(schema);
      const u = new URL(PG_URL);
      u.searchParams.set('schema', schema);
      return u.toString();
    },
    async dropAll() {
      if (!PG_URL || made.length === 0) return;
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      try {
        for (const s of made) await client.query(`drop schema if exists "${s}" cascade`);
      } finally {
        await client.end();
      }
    },
  };
}
