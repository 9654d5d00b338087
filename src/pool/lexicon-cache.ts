// PROTOTYPE (measured in bench/pool.bench.ts, not used by default): the compiled Lexicon
// cached on disk with v8.serialize (which keeps Maps, Sets and shared references, unlike
// JSON), keyed by a hash of Dyad's version and every dictionary file's path and bytes. The
// Lexicon belongs to src/dict; if this is adopted it should move there.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import {
  BUNDLED_DICTIONARIES,
  compileLexicon,
  type Lexicon,
  loadDictionaries,
  type Problem,
} from '../dict/index.ts';

/**
 * Bumped when the Lexicon's shape or its phrase keys change, so an old cache is never read
 * as a new one (2: keys from a wink that forgets what it read before; 3: pattern words and trie nodes carry `formBits`; 4: phrase keys
 * read letters beyond Latin-1 as their base letters).
 */
const FORMAT = 4;
const VERSION: string = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
).version;

export interface CachedLexicon {
  lexicon: Lexicon;
  problems: Problem[];
  /** Read from the cache (true) or compiled and written to it (false). */
  hit: boolean;
  key: string;
}

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else out.push(p);
  }
  return out;
}

/** The cache key: Dyad's version and every dictionary file (path and content), in load order. */
export function lexiconKey(dictionaries: readonly string[], bundled = true): string {
  const h = createHash('sha256').update(`dyad ${VERSION} lexicon ${FORMAT}\n`);
  const dirs = bundled ? [BUNDLED_DICTIONARIES, ...dictionaries] : [...dictionaries];
  for (const dir of dirs) {
    for (const f of files(resolve(dir))) {
      h.update(`${f}\n`);
      h.update(readFileSync(f));
    }
  }
  return h.digest('hex').slice(0, 24);
}

export function loadLexiconCached(opts: {
  dictionaries?: readonly string[];
  bundled?: boolean;
  cacheDir: string;
}): CachedLexicon {
  const key = lexiconKey(opts.dictionaries ?? [], opts.bundled !== false);
  const path = join(opts.cacheDir, `lexicon-${key}.v8`);
  try {
    const { lexicon, problems } = deserialize(readFileSync(path)) as Omit<CachedLexicon, 'hit' | 'key'>;
    return { lexicon, problems, hit: true, key };
  } catch {
    // No cache yet (or a broken one): compile, then write it for the next start.
  }
  const loaded = loadDictionaries(opts.dictionaries ?? [], { bundled: opts.bundled });
  const lexicon = compileLexicon(loaded.dictionaries);
  try {
    mkdirSync(opts.cacheDir, { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, serialize({ lexicon, problems: loaded.problems }));
    renameSync(tmp, path);
  } catch {
    // A read-only cache folder only costs the next start its compile.
  }
  return { lexicon, problems: loaded.problems, hit: false, key };
}
