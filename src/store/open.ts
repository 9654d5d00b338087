// One entry point for both engines: a postgres:// URL opens PostgreSQL, anything else is a
// SQLite file path (`sqlite:` prefix optional, `:memory:` for a throwaway database).
import { openPostgres } from './postgres/open.ts';
import { openSqlite } from './sqlite/open.ts';
import type { Store } from './types.ts';

export const DEFAULT_DB = './dyad.sqlite';

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

export async function openStore(url: string = DEFAULT_DB): Promise<Store> {
  if (isPostgresUrl(url)) return openPostgres(url);
  return openSqlite(url.replace(/^sqlite:(\/\/)?/i, ''));
}
