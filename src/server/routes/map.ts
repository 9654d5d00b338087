// GET /map: events by coded location, placed with the offline gazetteer, and their sums per
// country (ISO 3166 alpha-3 and numeric, the ids of world-atlas's countries).
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import countries from 'i18n-iso-countries';
import type { LocationCount, Store } from '../../store/index.ts';
import { directions, eventFilter, isOn } from '../filters.ts';
import { locate } from '../geo.ts';
import { eventFilterQuery, flag } from '../schemas/query.ts';
import { problems } from '../schemas/records.ts';

const MapQuery = z.object({
  ...eventFilterQuery,
  both: flag.optional().openapi({ description: 'with source and target: both directions of the dyad' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(5000)
    .optional()
    .openapi({ description: 'most places, default 500' }),
});

export const MapSchema = z
  .object({
    locations: z.array(
      z.object({
        location: z.string().openapi({ description: 'the place as coded' }),
        events: z.number().int(),
        first_day: z.string(),
        last_day: z.string(),
        lat: z.number(),
        lon: z.number(),
        country: z.string(),
        level: z.enum(['city', 'admin1', 'country']),
      }),
    ),
    countries: z.array(
      z.object({ country: z.string(), numeric: z.string().nullable(), events: z.number().int() }),
    ),
    unplaced: z.array(z.object({ location: z.string(), events: z.number().int() })).openapi({
      description: 'coded places the gazetteer does not know',
    }),
  })
  .openapi('Map');

const route = createRoute({
  method: 'get',
  path: '/map',
  summary: 'Events by location, with coordinates, and per country',
  request: { query: MapQuery },
  responses: {
    200: { description: 'places and countries', content: { 'application/json': { schema: MapSchema } } },
    ...problems(400),
  },
});

/** Location counts of several queries (a dyad's two directions) summed per place. */
function mergeLocations(lists: LocationCount[][]): LocationCount[] {
  if (lists.length === 1) return lists[0];
  const by = new Map<string, LocationCount>();
  for (const r of lists.flat()) {
    const had = by.get(r.location);
    by.set(
      r.location,
      had
        ? {
            location: r.location,
            events: had.events + r.events,
            first_day: [had.first_day, r.first_day].sort()[0],
            last_day: [had.last_day, r.last_day].sort()[1],
          }
        : r,
    );
  }
  return [...by.values()].sort((x, y) => y.events - x.events || (x.location < y.location ? -1 : 1));
}

export function mapRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(route, async (c) => {
    const { limit = 500, both, ...rest } = c.req.valid('query');
    const filters = directions(eventFilter(rest), isOn(both, false));
    const rows = mergeLocations(await Promise.all(filters.map((f) => store.locations(f, limit)))).slice(
      0,
      limit,
    );
    const locations = [];
    const unplaced = [];
    const perCountry = new Map<string, number>();
    for (const r of rows) {
      const at = locate(r.location);
      if (!at) {
        unplaced.push({ location: r.location, events: r.events });
        continue;
      }
      locations.push({ ...r, lat: at.lat, lon: at.lon, country: at.country, level: at.level });
      perCountry.set(at.country, (perCountry.get(at.country) ?? 0) + r.events);
    }
    const byCountry = [...perCountry]
      .map(([country, events]) => ({ country, numeric: countries.alpha3ToNumeric(country) ?? null, events }))
      .sort((x, y) => y.events - x.events || x.country.localeCompare(y.country));
    return c.json({ locations, countries: byCountry, unplaced }, 200);
  });
}
