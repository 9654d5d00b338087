import { type Admin1, admin1ByName } from './admin1.ts';
import { countryByName, countryName } from './countries.ts';
import { foldName } from './fold.ts';
import { type Gazetteer, gazetteer } from './gazetteer.ts';
import type { GeocodeContext, Place, PlaceMatch } from './types.ts';

/** Countries that are one city: their name is also the city's ("in Singapore"). */
const CITY_STATES = new Set(['SGP', 'MCO', 'VAT', 'SMR', 'HKG', 'MAC', 'GIB']);

/**
 * The place a name most likely denotes in an article. A country name gives the country
 * (located at its capital), a division name ("Texas") the division (at its seat), any other
 * name a city. Among same-named cities, one in a division the context names wins, then one
 * in a country the article mentions (earlier in `context.countries` = stronger), then the
 * most populous. A qualifier after a comma ("Paris, Texas", "Tripoli, Lebanon") restricts
 * the candidates; if none is left the answer is `undefined`, not a guess.
 */
export function geocode(name: string, context: GeocodeContext = {}): Place | undefined {
  const text = name.trim().replace(/\s+/g, ' ');
  if (!foldName(text)) return undefined;
  const g = gazetteer();
  const country = countryByName(text);
  const admins = admin1ByName(text);
  if (country) {
    const admin = pickAdmin(admins, context);
    if (admin && rank(admin.country, context) < rank(country, context)) return admin1Place(g, admin);
    return countryPlace(country);
  }
  const cities = lookupCity(g, text);
  const admin = pickAdmin(admins, context);
  const city = cities.length > 0 ? pickCity(g, cities, context) : undefined;
  if (admin && (city === undefined || !cityOverAdmin(g, city, admin, context))) return admin1Place(g, admin);
  if (city !== undefined) return g.place(city);
  return qualified(g, text, context);
}

/** A city whose division bears its name must be this big to win without context (New York, Quebec). */
const CITY_OVER_ADMIN_POPULATION = 300_000;

/**
 * "Virginia", "Florida", "Victoria": the division, not a town of that name abroad, unless the
 * article ranks the town's country higher; "Washington", "New York", "Quebec": the big city
 * of that name inside the division.
 */
function cityOverAdmin(g: Gazetteer, city: number, admin: Admin1, context: GeocodeContext): boolean {
  const cityRank = rank(g.country(city), context);
  const adminRank = rank(admin.country, context);
  if (cityRank !== adminRank) return cityRank < adminRank;
  return g.country(city) === admin.country && g.population(city) >= CITY_OVER_ADMIN_POPULATION;
}

/** Whether a name read without context is a city rather than the division it also names. */
export function nameIsCity(name: string, admins: readonly Admin1[]): boolean {
  const g = gazetteer();
  const cities = g.lookup(name);
  if (cities.length === 0) return false;
  const admin = pickAdmin(admins, {});
  return admin === undefined || cityOverAdmin(g, cities[0], admin, {});
}

/** Geocodes a mention found by `findPlaces`, trying its names from the most specific. */
export function geocodeMatch(match: PlaceMatch, context: GeocodeContext = {}): Place | undefined {
  for (const n of match.names) {
    const p = geocode(n, context);
    if (p) return p;
  }
  return undefined;
}

/** A country located at its capital (the data has no centroids or country populations). */
export function countryPlace(code: string): Place | undefined {
  const g = gazetteer();
  const i = g.capital(code);
  if (i === undefined) return undefined;
  const capital = g.place(i);
  if (CITY_STATES.has(code)) return capital;
  return {
    name: countryName(code) ?? code,
    country: code,
    lat: capital.lat,
    lon: capital.lon,
    population: 0,
    level: 'country',
    source: 'geonames',
  };
}

function admin1Place(g: Gazetteer, admin: Admin1): Place | undefined {
  const i = g.adminCapital(admin.country, admin.code);
  if (i === undefined) return undefined;
  const seat = g.place(i);
  return {
    name: admin.name,
    country: admin.country,
    admin1: admin.code,
    lat: seat.lat,
    lon: seat.lon,
    population: 0,
    level: 'admin1',
    source: 'geonames',
  };
}

function lookupCity(g: Gazetteer, text: string): readonly number[] {
  const found = g.lookup(text);
  if (found.length > 0 || !/^the /i.test(text)) return found;
  return g.lookup(text.slice(4));
}

/** "Paris, Texas", "Cambridge, Mass.", "Tripoli, Lebanon", "Kharkiv, Ukraine". */
function qualified(g: Gazetteer, text: string, context: GeocodeContext): Place | undefined {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length < 2) return undefined;
  let cities = lookupCity(g, parts[0]);
  for (const q of parts.slice(1)) {
    if (!q) continue;
    const country = countryByName(q);
    const admins = admin1ByName(q);
    if (!country && admins.length === 0) return undefined;
    cities = cities.filter(
      (i) =>
        g.country(i) === country || admins.some((a) => a.country === g.country(i) && a.code === g.admin1(i)),
    );
  }
  return cities.length > 0 ? g.place(pickCity(g, cities, context)) : undefined;
}

/** Position of a country in the context, `Infinity` when the article does not mention it. */
function rank(country: string, context: GeocodeContext): number {
  const at = context.countries?.indexOf(country) ?? -1;
  return at < 0 ? Number.POSITIVE_INFINITY : at;
}

function contextAdmins(context: GeocodeContext): Admin1[] {
  return (context.admin1 ?? []).flatMap((a) => admin1ByName(a));
}

/**
 * A town the article's countries favour yields to a world city of its name this many times
 * bigger ("talks in Geneva" in a story about US diplomats is Switzerland's, not Illinois's 21,000
 * people), unless the town is itself this big (Cambridge, Massachusetts) or its division is named.
 */
const WORLD_CITY_RATIO = 8;
const TOWN_POPULATION = 50_000;

/** Candidates come most populous first, so the first best-ranked one wins ties. */
function pickCity(g: Gazetteer, cities: readonly number[], context: GeocodeContext): number {
  const admins = contextAdmins(context);
  let best = cities[0];
  let bestScore = Number.POSITIVE_INFINITY;
  for (const i of cities) {
    const inAdmin = admins.some((a) => a.country === g.country(i) && a.code === g.admin1(i));
    const score = inAdmin ? -1 : rank(g.country(i), context);
    if (score < bestScore) [best, bestScore] = [i, score];
  }
  const biggest = cities[0];
  if (
    bestScore >= 0 &&
    best !== biggest &&
    g.population(best) < TOWN_POPULATION &&
    g.population(biggest) >= WORLD_CITY_RATIO * g.population(best)
  )
    return biggest;
  return best;
}

function pickAdmin(admins: readonly Admin1[], context: GeocodeContext): Admin1 | undefined {
  let best: Admin1 | undefined;
  for (const a of admins) if (!best || rank(a.country, context) < rank(best.country, context)) best = a;
  return best;
}
