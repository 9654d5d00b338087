// The conformance suite on PostgreSQL, each case in a schema of its own. Skipped, with a
// message saying so, where no server is configured (DYAD_TEST_PG_URL).
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { createIngestor, openStore } from '../../src/store/index.ts';
import { splitSchema } from '../../src/store/postgres/url.ts';
import { migrationCases } from './migration.case.ts';
import { PG_SKIP, pgSchemas } from './pg.ts';
import { quoteCases } from './quotes.case.ts';
import { coded, snapshot, storeCases } from './store.case.ts';

const schemas = pgSchemas('conf');
after(() => schemas.dropAll());

test('postgres: a server is configured', { skip: PG_SKIP }, () => {});

storeCases('postgres', () => openStore(schemas.next()), PG_SKIP);
quoteCases('postgres', () => openStore(schemas.next()), PG_SKIP);
migrationCases(
  'postgres',
  {
    fresh: () => schemas.next(),
    async raw(url) {
      const { url: conn, schema } = splitSchema(url);
      const pool = new pg.Pool({ connectionString: conn, max: 1, options: `-c search_path="${schema}"` });
      await pool.query(`create schema if not exists "${schema}"`);
      return { db: new Kysely({ dialect: new PostgresDialect({ pool }) }), schema };
    },
  },
  PG_SKIP,
);

test('postgres: reopening keeps the data, applies no migration twice, hides the password', {
  skip: PG_SKIP,
}, async () => {
  const url = schemas.next();
  const a = await openStore(url);
  assert.equal(a.engine, 'postgres');
  await a.write([
    coded({
      id: 'a',
      sentences: ['Iran praised Iraq.'],
      events: [{ source: 'IRNGOV', target: 'IRQGOV', cameo: '051' }],
    }),
  ]);
  const before = await snapshot(a);
  await a.close();
  const b = await openStore(url);
  assert.deepEqual(await snapshot(b), before);
  await b.close();
  const u = new URL(url);
  u.password = 'secret';
  const c = await openStore(u.toString());
  assert.ok(!c.location.includes('secret'));
  await c.close();
});

test('postgres: text with NUL characters is stored, NUL replaced, offsets unchanged', {
  skip: PG_SKIP,
}, async () => {
  const store = await openStore(schemas.next());
  try {
    const item = coded({
      id: 'nul',
      sentences: ['Iran\u0000 praised Iraq.'],
      events: [{ source: 'IRNGOV', target: 'IRQGOV', cameo: '051' }],
    });
    const ingestor = createIngestor(store, {
      coder: { code: (a) => ({ ...item.doc!, article: a }) },
      fingerprint: 'f',
    });
    await ingestor.add({ article: item.doc!.article, input: 'nul.txt' });
    const summary = await ingestor.finish();
    assert.equal(summary.articles_new, 1);
    const [e] = (await store.events()).items;
    const d = await store.event(e.id);
    assert.equal(d?.sentence, 'Iran\uFFFD praised Iraq.');
    assert.equal((await store.article(e.article_id))?.text.length, item.article.text.length);
  } finally {
    await store.close();
  }
});
