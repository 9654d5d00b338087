import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { GazetteerData } from './gazetteer.ts';
import { citiesFile } from './pbf.ts';

const require = createRequire(import.meta.url);
const HERE = dirname(fileURLToPath(import.meta.url));
const CACHE_DIR = join(HERE, '..', '..', 'node_modules', '.cache', 'dyad');

/** The modules whose code decides what the gazetteer holds: a change to any makes a new cache file. */
const SOURCES = ['gazetteer.ts', 'aliases.ts', 'fold.ts', 'countries.ts', 'pbf.ts'];

/**
 * The gazetteer's data from its cache file beside node_modules, else built and written there.
 * The file's name is a hash of everything the data depends on (the sources above, the city
 * data file, the ISO country package, and V8's serialization format), so a cache never
 * outlives its inputs. As with the phrase keys, the cache is an optimization only: a missing,
 * unreadable or unwritable one costs the build's time, never correctness.
 */
export function cachedGazetteer(build: () => GazetteerData, dir: string = CACHE_DIR): GazetteerData {
  const file = cacheFile(dir);
  if (file) {
    try {
      return deserialize(readFileSync(file)) as GazetteerData;
    } catch {
      // missing or unreadable: built below
    }
  }
  const data = build();
  if (file) writeCache(file, data);
  return data;
}

function cacheFile(dir: string): string | undefined {
  try {
    const hash = createHash('sha1');
    for (const name of SOURCES) hash.update(readFileSync(join(HERE, name)));
    const cities = statSync(citiesFile());
    hash.update(`${cities.size} ${cities.mtimeMs}`);
    hash.update(readFileSync(require.resolve('i18n-iso-countries/package.json')));
    hash.update(process.versions.v8);
    return join(dir, `gazetteer-${hash.digest('hex').slice(0, 16)}.bin`);
  } catch {
    // sources not beside this module (a bundle): no cache
    return undefined;
  }
}

function writeCache(file: string, data: GazetteerData): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, serialize(data));
    renameSync(tmp, file);
  } catch {
    // read-only install or a race with another process: the next start builds it again
  }
}
