// GET /clusters and GET /clusters/{id}: real-world events reported by one or many articles.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Store } from '../../store/index.ts';
import { clusterFilter } from '../filters.ts';
import { ApiProblem } from '../problem.ts';
import { ClusterDetailSchema } from '../schemas/detail.ts';
import { eventFilterQuery, id, pageQuery } from '../schemas/query.ts';
import { ClusterSchema, pageOf, problems } from '../schemas/records.ts';

const { from, to, source, target, actor, country, plover, cameo } = eventFilterQuery;

const ClustersQuery = z.object({
  from,
  to,
  source,
  target,
  actor,
  country,
  plover,
  cameo,
  min_articles: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .openapi({ description: 'reported by at least N articles' }),
  ...pageQuery,
});

const list = createRoute({
  method: 'get',
  path: '/clusters',
  summary: 'Clusters (one real-world event, many reports) by first day, newest first',
  request: { query: ClustersQuery },
  responses: {
    200: {
      description: 'a page of clusters',
      content: { 'application/json': { schema: pageOf(ClusterSchema, 'ClusterPage') } },
    },
    ...problems(400),
  },
});

const one = createRoute({
  method: 'get',
  path: '/clusters/{id}',
  summary: 'One cluster with its events and articles',
  request: { params: z.object({ id: id.openapi({ param: { name: 'id', in: 'path' } }) }) },
  responses: {
    200: { description: 'the cluster', content: { 'application/json': { schema: ClusterDetailSchema } } },
    ...problems(400, 404),
  },
});

export function clusterRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const page = await store.clusters(clusterFilter(q), {
      limit: q.limit,
      cursor: q.cursor ?? null,
      order: q.order,
    });
    return c.json(page, 200);
  });

  app.openapi(one, async (c) => {
    const d = await store.cluster(c.req.valid('param').id);
    if (!d) throw new ApiProblem(404, 'no cluster with this id');
    return c.json({ ...d, articles: d.articles.map((a) => ({ ...a, href: `/articles/${a.id}` })) }, 200);
  });
}
