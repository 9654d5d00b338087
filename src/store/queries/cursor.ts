// Keyset pagination: a page ends at (sort key, id); the cursor is that pair, opaque to callers.
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { DyadError } from '../../errors.ts';
import type { Page, PageRequest } from '../types.ts';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 10_000;

export function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

export function decodeCursor(cursor: string): [string, string] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string')
      return [v[0], v[1]];
  } catch {}
  throw new DyadError('DYAD_E_INPUT', `bad page cursor "${cursor}"`);
}

/**
 * The rows after a cursor in a page sorted by (`key`, id): `key` past the cursor's, or equal
 * with a later id ("later" as the page's order runs).
 */
export function afterCursor(cursor: string, key: string, desc: boolean): RawBuilder<SqlBool> {
  const [at, id] = decodeCursor(cursor);
  const cmp = sql.raw(desc ? '<' : '>');
  const k = sql.ref(key);
  return sql<SqlBool>`(${k} ${cmp} ${at} or (${k} = ${at} and ${sql.ref('id')} ${cmp} ${id}))`;
}

export function pageLimit(page: PageRequest): number {
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(page.limit ?? DEFAULT_LIMIT)));
}

/** Cuts the `limit + 1` rows a query fetched into a page and the next cursor. */
export function toPage<R, T>(
  rows: R[],
  limit: number,
  key: (r: R) => [string, string],
  map: (r: R) => T,
): Page<T> {
  const more = rows.length > limit;
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items: items.map(map), next: more && last ? encodeCursor(...key(last)) : null };
}
