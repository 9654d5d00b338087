// GET /network: the actor graph for a period (or any filter): source → target edges with
// their weight and cooperation/conflict balance, and the actors they join.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Edge, Store } from '../../store/index.ts';
import { directions, eventFilter, isOn } from '../filters.ts';
import { eventFilterQuery, flag } from '../schemas/query.ts';
import { problems, QuadsSchema } from '../schemas/records.ts';

const NetworkQuery = z.object({
  ...eventFilterQuery,
  both: flag.optional().openapi({ description: 'with source and target: both directions of the dyad' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(2000)
    .optional()
    .openapi({ description: 'most edges, default 200' }),
  min_events: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .openapi({ description: 'drop edges with fewer events' }),
});

export const NetworkSchema = z
  .object({
    nodes: z.array(
      z.object({
        id: z.string(),
        events: z.number().int(),
        balance: z.number().openapi({ description: '(cooperation − conflict) / events, −1..1' }),
      }),
    ),
    edges: z.array(
      z.object({
        source: z.string(),
        target: z.string(),
        events: z.number().int(),
        goldstein: z.number(),
        quads: QuadsSchema,
        balance: z.number().openapi({ description: '(quads 1+2 − quads 3+4) / events, −1..1' }),
      }),
    ),
  })
  .openapi('Network');

const route = createRoute({
  method: 'get',
  path: '/network',
  summary: 'The actor network: weighted edges with their cooperation/conflict balance',
  request: { query: NetworkQuery },
  responses: {
    200: { description: 'nodes and edges', content: { 'application/json': { schema: NetworkSchema } } },
    ...problems(400),
  },
});

const balance = (q: Edge['quads'], n: number) =>
  n === 0 ? 0 : Math.round(((q[1] + q[2] - q[3] - q[4]) / n) * 100) / 100;

export function networkGraph(edges: readonly Edge[]) {
  const nodes = new Map<string, { id: string; events: number; coop: number }>();
  for (const e of edges) {
    for (const code of new Set([e.source, e.target])) {
      const n = nodes.get(code) ?? { id: code, events: 0, coop: 0 };
      n.events += e.events;
      n.coop += e.quads[1] + e.quads[2] - e.quads[3] - e.quads[4];
      nodes.set(code, n);
    }
  }
  return {
    nodes: [...nodes.values()].map((n) => ({
      id: n.id,
      events: n.events,
      balance: Math.round((n.coop / n.events) * 100) / 100,
    })),
    edges: edges.map((e) => ({ ...e, balance: balance(e.quads, e.events) })),
  };
}

export function networkRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(route, async (c) => {
    const { limit = 200, min_events, both, ...rest } = c.req.valid('query');
    const lists = await Promise.all(
      directions(eventFilter(rest), isOn(both, false)).map((f) =>
        store.network(f, { limit, minEvents: min_events }),
      ),
    );
    const edges = lists
      .flat()
      .sort((x, y) => y.events - x.events)
      .slice(0, limit);
    return c.json(networkGraph(edges), 200);
  });
}
