// Opening a database made by the previous schema version (3, before events kept their groups)
// migrates it in place: nothing is lost, and the rows stored before have null groups. The old
// database is built as version 3 by kysely's Migrator and filled with the rows a current store
// wrote, less the columns version 3 did not have; both engines run it (sqlite.test.ts,
// postgres.test.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Kysely, Migrator, sql } from 'kysely';
import { openStore, type Store } from '../../src/store/index.ts';
import { MIGRATIONS } from '../../src/store/migrations/index.ts';
import { coded } from './fixtures.ts';
import { snapshot } from './store.case.ts';

const PREVIOUS = '003-quotes';
const NEW_COLUMNS = new Set(['source_group', 'target_group']);
const TABLES = [
  'articles',
  'mentions',
  'events',
  'clusters',
  'errors',
  'runs',
  'article_sources',
  'feeds',
  'feed_items',
  'quotes',
  'quote_events',
  'article_attributes',
];

export interface RawDb {
  db: Kysely<unknown>;
  /** PostgreSQL schema for the migration table, else undefined. */
  schema?: string;
}

/** Two fresh database locations (store URLs or paths) and a raw connection to one. */
export interface MigrationEngine {
  fresh(): string;
  raw(location: string): Promise<RawDb>;
}

const GROUPED = coded({
  id: 'kurds-1',
  published: '2025-04-08',
  url: 'https://news.example/kurds',
  sentences: [
    'Thousands of Iraqi Kurds demonstrated in Kirkuk against the Iraqi government.',
    'Iraq criticized Iran.',
  ],
  events: [
    { sentence: 0, source: 'IRQCVL', target: 'IRQGOV', cameo: '141', source_group: 'KUR' },
    { sentence: 1, source: 'IRQGOV', target: 'IRNGOV', cameo: '111' },
  ],
});

const DRUZE = coded({
  id: 'druze-1',
  published: '2025-04-09',
  sentences: ['Druze inhabitants of the Syrian Golan Heights threatened to strike.'],
  events: [{ source: 'SYRCVL', target: 'ISRGOV', cameo: '138', source_group: 'DRZ' }],
});

async function allEvents(store: Store) {
  return (await store.events({}, { limit: 100 })).items.sort((a, b) => (a.id < b.id ? -1 : 1));
}

export function migrationCases(engine: string, e: MigrationEngine, skip: string | false = false): void {
  test(`${engine}: a version-3 database migrates on open, keeps every row, old events get null groups`, {
    skip,
  }, async () => {
    // The rows, as a current store writes them.
    const current = e.fresh();
    const a = await openStore(current);
    await a.write([GROUPED]);
    const before = await snapshot(a);
    const events = await allEvents(a);
    assert.equal(events.find((x) => x.source === 'IRQCVL')?.source_group, 'KUR');
    await a.close();

    // A database at version 3, holding those rows less the new columns.
    const old = e.fresh();
    const to = await e.raw(old);
    const migrator = new Migrator({
      db: to.db,
      provider: { getMigrations: async () => MIGRATIONS },
      migrationTableSchema: to.schema,
    });
    const { error } = await migrator.migrateTo(PREVIOUS);
    assert.ifError(error);
    const from = await e.raw(current);
    for (const table of TABLES) {
      const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(from.db))
        .rows;
      for (const row of rows) {
        for (const c of NEW_COLUMNS) delete row[c];
        await (to.db as Kysely<Record<string, Record<string, unknown>>>)
          .insertInto(table)
          .values(row)
          .execute();
      }
    }
    const columns = await sql<{ n: number }>`select count(*) as n from events`.execute(to.db);
    assert.equal(Number(columns.rows[0].n), events.length);
    await from.db.destroy();
    await to.db.destroy();

    const b = await openStore(old);
    try {
      assert.deepEqual(await snapshot(b), before, 'nothing lost');
      const migrated = await allEvents(b);
      assert.deepEqual(
        migrated,
        events.map((x) => ({ ...x, source_group: null, target_group: null })),
        'every field kept, groups null',
      );
      // New writes to the migrated database keep their groups.
      await b.write([DRUZE]);
      const druze = (await b.events({ source: 'SYRCVL' })).items;
      assert.deepEqual(
        druze.map((x) => x.source_group),
        ['DRZ'],
      );
    } finally {
      await b.close();
    }
  });
}
