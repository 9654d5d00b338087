// Version 4: the ethnic group or religion each event's source and target are named by
// (`Event.source_group` / `target_group`: "Iraqi Kurds demonstrated against the government"
// → source IRQCVL, source_group KUR), CAMEO's third code part, kept apart from the codes so
// that filters, ids and clusters still see country + sector. Rows stored before this
// version have null in both: their events were coded before the coder read groups, or were
// not re-coded since.
import type { Kysely, Migration } from 'kysely';

const COLUMNS = ['source_group', 'target_group'];

async function up(db: Kysely<unknown>): Promise<void> {
  // One column per statement: SQLite's ALTER TABLE adds one at a time.
  for (const c of COLUMNS) await db.schema.alterTable('events').addColumn(c, 'text').execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  for (const c of COLUMNS) await db.schema.alterTable('events').dropColumn(c).execute();
}

export const eventGroups: Migration = { up, down };
