// Coordinates for the map: a coded place name through the offline gazetteer (GeoNames
// cities and countries), remembered per name.
import { geocode } from '../geo/index.ts';

export interface Located {
  lat: number;
  lon: number;
  /** ISO 3166 alpha-3. */
  country: string;
  level: 'city' | 'admin1' | 'country';
  name: string;
}

const cache = new Map<string, Located | null>();

export function locate(name: string): Located | null {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const p = geocode(name);
  const found = p ? { lat: p.lat, lon: p.lon, country: p.country, level: p.level, name: p.name } : null;
  if (cache.size > 50_000) cache.clear();
  cache.set(name, found);
  return found;
}
