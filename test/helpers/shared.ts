// Tests that read ../shared (reference data beside the project) skip with a clear message
// where it is absent, as on a user's clone.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SHARED_ROOT = process.env.DYAD_SHARED ?? join(PROJECT_ROOT, '..', 'shared');

/** Absolute path of a file under ../shared. */
export function sharedPath(...parts: string[]): string {
  return join(SHARED_ROOT, ...parts);
}

/** `false` when the file exists, else a skip message for node:test's `skip` option. */
export function skipUnlessShared(...parts: string[]): string | false {
  const p = sharedPath(...parts);
  return existsSync(p) ? false : `needs ${p} (the shared reference data is not beside this clone)`;
}
