import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Tokenizing ~10,000 dictionary phrases with wink takes a second or more at every start;
 * their trie keys are kept in a cache file beside node_modules and reused. The cache is an
 * optimization only: a missing, stale or unwritable cache costs time, never correctness.
 * v2: keys computed by a wink that forgets what it read before (v1 keys could depend on
 * what the process had read earlier). v3: letters beyond Latin-1 read as their base letters
 * ("Erdoğan" one word, not three).
 */
const CACHE = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'node_modules',
  '.cache',
  'dyad',
  'phrase-keys-v3.json',
);

export function readKeyCache(path: string = CACHE): Map<string, string[]> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(path, 'utf8')) as Record<string, string[]>));
  } catch {
    return new Map();
  }
}

export function writeKeyCache(keys: ReadonlyMap<string, string[]>, path: string = CACHE): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(Object.fromEntries(keys)));
    renameSync(tmp, path);
  } catch {
    // read-only install or a race with another process: the next start recomputes
  }
}
