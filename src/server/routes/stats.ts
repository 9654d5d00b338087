// GET /stats: what the database holds.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Store } from '../../store/index.ts';

export const StatsSchema = z
  .object({
    articles: z.number().int(),
    events: z.number().int(),
    clusters: z.number().int(),
    errors: z.number().int(),
    runs: z.number().int(),
    articles_by_status: z.record(z.string(), z.number().int()),
    first_day: z.string().nullable(),
    last_day: z.string().nullable(),
  })
  .openapi('Stats');

const route = createRoute({
  method: 'get',
  path: '/stats',
  summary: 'Counts of articles, events, clusters, errors and runs, and the days covered',
  responses: { 200: { description: 'the counts', content: { 'application/json': { schema: StatsSchema } } } },
});

export function statsRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(route, async (c) => c.json(await store.stats(), 200));
}
