// GET /dyads/{a}/{b}/timeline: a dyad's events per day or ISO week, counts by quad class
// and mean Goldstein score.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Store } from '../../store/index.ts';
import { eventFilter, isOn } from '../filters.ts';
import { actorCode, eventFilterQuery, flag } from '../schemas/query.ts';
import { problems, QuadsSchema } from '../schemas/records.ts';

const { from, to, plover, cameo, quad, q, min_confidence, location } = eventFilterQuery;

const TimelineQuery = z.object({
  bucket: z.enum(['day', 'week']).optional().openapi({ description: 'day (default) or ISO week (Monday)' }),
  both: flag.optional().openapi({ description: 'count both directions (default true)' }),
  from,
  to,
  plover,
  cameo,
  quad,
  q,
  min_confidence,
  location,
});

const Params = z.object({
  a: actorCode.openapi({ param: { name: 'a', in: 'path' }, example: 'PAK' }),
  b: actorCode.openapi({ param: { name: 'b', in: 'path' }, example: 'USA' }),
});

export const TimelineSchema = z
  .object({
    source: z.string(),
    target: z.string(),
    bucket: z.enum(['day', 'week']),
    both: z.boolean(),
    points: z.array(
      z.object({
        period: z.string().openapi({ description: 'the day, or the Monday of the week' }),
        events: z.number().int(),
        quads: QuadsSchema,
        goldstein: z.number().openapi({ description: 'mean Goldstein score' }),
      }),
    ),
  })
  .openapi('Timeline');

const route = createRoute({
  method: 'get',
  path: '/dyads/{a}/{b}/timeline',
  summary: "A dyad's events over time: cooperation vs conflict and mean Goldstein",
  description: 'Three-letter codes match every sector of a country (PAK = PAKGOV, PAKMIL, …).',
  request: { params: Params, query: TimelineQuery },
  responses: {
    200: {
      description: 'one point per day or week with events',
      content: { 'application/json': { schema: TimelineSchema } },
    },
    ...problems(400),
  },
});

export function dyadRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(route, async (c) => {
    const { a, b } = c.req.valid('param');
    const { bucket = 'day', both: bothFlag, ...rest } = c.req.valid('query');
    const both = isOn(bothFlag, true);
    const source = a.toUpperCase();
    const target = b.toUpperCase();
    const points = await store.timeline({ source, target, both, bucket, filter: eventFilter(rest) });
    return c.json({ source, target, bucket, both, points }, 200);
  });
}
