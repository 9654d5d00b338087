// Versioned schema migrations, applied in name order by kysely's Migrator on open. A new
// version is a new file here and a new entry below; an applied migration is never edited.
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import { initial } from './001-initial.ts';
import { sourcesFeeds } from './002-sources-feeds.ts';
import { quotes } from './003-quotes.ts';
import { eventGroups } from './004-event-groups.ts';

export const MIGRATIONS: Record<string, Migration> = {
  '001-initial': initial,
  '002-sources-feeds': sourcesFeeds,
  '003-quotes': quotes,
  '004-event-groups': eventGroups,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Brings the schema to the latest version; throws with the failing migration's name. */
export async function migrate(db: Kysely<unknown>, schema?: string): Promise<void> {
  const migrator = new Migrator({ db, provider, migrationTableSchema: schema });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`store migration ${failed} failed: ${(error as Error).message ?? error}`, {
      cause: error,
    });
  }
}
