// The queue's own table and versions, beside (not inside) the store's: `queue_migration`
// records what was applied, so the store's migrations and the queue's never meet. kysely
// runs them in a transaction under an advisory lock: workers starting together do not race.
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';

const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('jobs')
      .addColumn('id', 'bigserial', (c) => c.primaryKey())
      .addColumn('key', 'text', (c) => c.notNull().unique())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull().defaultTo('pending'))
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('max_attempts', 'integer', (c) => c.notNull())
      .addColumn('run_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('lease', 'text')
      .addColumn('lease_until', 'timestamptz')
      .addColumn('worker', 'text')
      .addColumn('error', 'text')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('started_at', 'timestamptz')
      .addColumn('finished_at', 'timestamptz')
      .addCheckConstraint('jobs_state', sql`state in ('pending', 'running', 'failed', 'done', 'dead')`)
      .execute();
    // What claim reads (jobs ready to run, oldest first), what it sweeps (leases), and what
    // the status counts as throughput: each a partial index over the rows it needs.
    await db.schema
      .createIndex('jobs_ready')
      .on('jobs')
      .columns(['run_at', 'id'])
      .where(sql.ref('state'), 'in', ['pending', 'failed'])
      .execute();
    await db.schema
      .createIndex('jobs_leases')
      .on('jobs')
      .column('lease_until')
      .where(sql.ref('state'), '=', 'running')
      .execute();
    await db.schema
      .createIndex('jobs_finished')
      .on('jobs')
      .column('finished_at')
      .where(sql.ref('state'), '=', 'done')
      .execute();
  },
};

export const QUEUE_MIGRATIONS: Record<string, Migration> = { '001-jobs': initial };

const provider: MigrationProvider = { getMigrations: async () => QUEUE_MIGRATIONS };

export async function migrateQueue(db: Kysely<unknown>, schema: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider,
    migrationTableSchema: schema,
    migrationTableName: 'queue_migration',
    migrationLockTableName: 'queue_migration_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`queue migration ${failed} failed: ${(error as Error).message ?? error}`, {
      cause: error,
    });
  }
}
