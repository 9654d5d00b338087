// The crash test on PostgreSQL (each database a schema of its own); skipped with a message
// where no server is configured.
import pg from 'pg';
import { crashTest } from './crash.case.ts';
import { PG_SKIP, PG_URL, pgSchemas } from './pg.ts';

const schemas = pgSchemas('crash');
const names = new Map<string, string>();
let client: pg.Client | null = null;

crashTest(
  {
    name: 'postgres',
    url() {
      const url = schemas.next();
      names.set(url, new URL(url).searchParams.get('schema')!);
      return url;
    },
    async count(url) {
      if (!client) {
        client = new pg.Client({ connectionString: PG_URL });
        await client.connect();
      }
      try {
        const r = await client.query(`select count(*)::int as n from "${names.get(url)}".articles`);
        return r.rows[0].n;
      } catch {
        return null;
      }
    },
    async cleanup() {
      await client?.end();
      await schemas.dropAll();
    },
  },
  PG_SKIP,
);
