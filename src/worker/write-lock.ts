// Store writes from many workers, one at a time. The store's write transaction rebuilds the
// clusters its events touch from what it reads, so two at once over the same cluster key
// could each miss the other's events (or collide on a cluster id). A PostgreSQL advisory
// lock, held on a connection of its own around each write, makes them take turns: coding,
// the expensive part, still runs in parallel. A worker killed while holding it loses its
// connection, and PostgreSQL releases the lock with it.
import pg from 'pg';

export interface WriteLock {
  run<T>(write: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** No lock: one writer (a single process, or tests). */
export const noLock: WriteLock = { run: (write) => write(), close: async () => {} };

/** The lock for the store at `url` (one per database and schema). */
export async function pgWriteLock(url: string): Promise<WriteLock> {
  const u = new URL(url);
  const schema = u.searchParams.get('schema') ?? 'public';
  u.searchParams.delete('schema');
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  // A failed connection is reported by the next write, not as an uncaught 'error' event.
  client.on('error', () => {});
  const key = `dyad store writes ${schema}`;
  return {
    async run(write) {
      await client.query('select pg_advisory_lock(hashtext($1))', [key]);
      try {
        return await write();
      } finally {
        await client.query('select pg_advisory_unlock(hashtext($1))', [key]);
      }
    },
    close: () => client.end(),
  };
}
