// GET /events (filtered, keyset-paginated, JSON or CSV) and GET /events/{id}.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Store } from '../../store/index.ts';
import { eventsCsv, wantsCsv } from '../csv.ts';
import { dyadEvents } from '../dyad-events.ts';
import { eventDetail } from '../event-detail.ts';
import { eventFilter, isOn } from '../filters.ts';
import { ApiProblem } from '../problem.ts';
import { EventDetailSchema } from '../schemas/detail.ts';
import { eventFilterQuery, flag, id, pageQuery } from '../schemas/query.ts';
import { EventSchema, pageOf, problems } from '../schemas/records.ts';

const EventsQuery = z.object({
  ...eventFilterQuery,
  both: flag.optional().openapi({
    description: 'with source and target: also the events from target to source (the whole dyad)',
  }),
  cluster: id.optional().openapi({ description: 'events of this cluster' }),
  article: id.optional().openapi({ description: "events of this article (the store's id)" }),
  ...pageQuery,
  format: z.enum(['json', 'csv']).optional().openapi({ description: 'overrides the Accept header' }),
});

const list = createRoute({
  method: 'get',
  path: '/events',
  summary: 'Events matching the filters, newest first',
  description:
    'Keyset-paginated: pass `next` back as `cursor`. JSON by default; CSV (the columns of ' +
    '`dyad export --format csv`) with `Accept: text/csv` or `format=csv`, the next cursor then in ' +
    'the `Link` header.',
  request: { query: EventsQuery },
  responses: {
    200: {
      description: 'a page of events',
      content: {
        'application/json': { schema: pageOf(EventSchema, 'EventPage') },
        'text/csv': { schema: z.string() },
      },
    },
    ...problems(400),
  },
});

const one = createRoute({
  method: 'get',
  path: '/events/{id}',
  summary: 'One event with its sentence, evidence, rule, article and cluster',
  request: { params: z.object({ id: id.openapi({ param: { name: 'id', in: 'path' } }) }) },
  responses: {
    200: { description: 'the event', content: { 'application/json': { schema: EventDetailSchema } } },
    ...problems(400, 404),
  },
});

export function eventRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const filter = eventFilter(q);
    const page = { limit: q.limit, cursor: q.cursor ?? null, order: q.order };
    const result =
      isOn(q.both, false) && filter.source && filter.target
        ? await dyadEvents(store, filter, filter.source, filter.target, page)
        : await store.events(filter, page);
    if (wantsCsv(q.format, c.req.header('accept'))) {
      c.header('content-type', 'text/csv; charset=utf-8');
      c.header('vary', 'Accept');
      if (result.next) {
        const url = new URL(c.req.url);
        url.searchParams.set('cursor', result.next);
        c.header('link', `<${url.pathname}${url.search}>; rel="next"`);
      }
      return c.body(eventsCsv(result.items), 200);
    }
    c.header('vary', 'Accept');
    return c.json(result, 200);
  });

  app.openapi(one, async (c) => {
    const detail = await eventDetail(store, c.req.valid('param').id);
    if (!detail) throw new ApiProblem(404, 'no event with this id');
    return c.json(detail, 200);
  });
}
