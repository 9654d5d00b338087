// GET /actors: actors by number of events (optionally for a period or any event filter),
// searched by code prefix or name.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Store } from '../../store/index.ts';
import { eventFilter } from '../filters.ts';
import { eventFilterQuery } from '../schemas/query.ts';
import { problems } from '../schemas/records.ts';

const { q: _text, ...filters } = eventFilterQuery;

const ActorsQuery = z.object({
  q: z.string().min(1).max(100).optional().openapi({
    description: 'the start of a code (PAK) or part of a name (rubio)',
  }),
  ...filters,
  limit: z.coerce.number().int().min(1).max(1000).optional().openapi({ description: 'default 50' }),
});

export const ActorCountSchema = z
  .object({
    code: z.string(),
    name: z.string().nullable(),
    events: z.number().int(),
    as_source: z.number().int(),
    as_target: z.number().int(),
  })
  .openapi('ActorCount');

const route = createRoute({
  method: 'get',
  path: '/actors',
  summary: 'Top actors for a period, or actors matching a search',
  request: { query: ActorsQuery },
  responses: {
    200: {
      description: 'actors by number of events',
      content: { 'application/json': { schema: z.object({ items: z.array(ActorCountSchema) }) } },
    },
    ...problems(400),
  },
});

export function actorRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(route, async (c) => {
    const { q, limit, ...rest } = c.req.valid('query');
    const items = await store.actors({ q, filter: eventFilter(rest), limit: limit ?? 50 });
    return c.json({ items }, 200);
  });
}
