// GET /articles, GET /articles/{id} (its text with the events' evidence spans) and, with a
// token, POST /articles (code and store one article).
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Store, StoredEvent } from '../../store/index.ts';
import { roleOf } from '../event-detail.ts';
import { ApiProblem } from '../problem.ts';
import { ArticleDetailSchema } from '../schemas/detail.ts';
import { day, id, pageQuery } from '../schemas/query.ts';
import { ArticleSummarySchema, pageOf, problems } from '../schemas/records.ts';

const ArticlesQuery = z.object({
  from: day.optional().openapi({ description: 'published on or after' }),
  to: day.optional().openapi({ description: 'published on or before' }),
  domain: z
    .string()
    .regex(/^[A-Za-z0-9.-]{1,253}$/, 'expected a domain')
    .optional(),
  status: z.enum(['coded', 'failed']).optional(),
  ...pageQuery,
});

const list = createRoute({
  method: 'get',
  path: '/articles',
  summary: 'Stored articles (without their text), newest first',
  request: { query: ArticlesQuery },
  responses: {
    200: {
      description: 'a page of articles',
      content: { 'application/json': { schema: pageOf(ArticleSummarySchema, 'ArticlePage') } },
    },
    ...problems(400),
  },
});

const one = createRoute({
  method: 'get',
  path: '/articles/{id}',
  summary: 'An article: its text, and the evidence spans of its events (offsets into the text)',
  request: { params: z.object({ id: id.openapi({ param: { name: 'id', in: 'path' } }) }) },
  responses: {
    200: { description: 'the article', content: { 'application/json': { schema: ArticleDetailSchema } } },
    ...problems(400, 404),
  },
});

/** Every event's evidence as spans over the article text, in text order. */
export function articleSpans(events: readonly StoredEvent[]) {
  return events
    .flatMap((e) => e.evidence.map((s, i) => ({ ...s, role: roleOf(i), event: e.id })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

export function articleRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(list, async (c) => {
    const { limit, cursor, order, ...filter } = c.req.valid('query');
    return c.json(await store.articles(filter, { limit, cursor: cursor ?? null, order }), 200);
  });

  app.openapi(one, async (c) => {
    const a = await store.article(c.req.valid('param').id);
    if (!a) throw new ApiProblem(404, 'no article with this id');
    const { html: _html, ...article } = a;
    const events = (await store.events({ article: a.id }, { limit: 10_000, order: 'asc' })).items;
    events.sort(
      (x, y) => x.sentence - y.sentence || (x.evidence[0]?.start ?? 0) - (y.evidence[0]?.start ?? 0),
    );
    return c.json({ article, spans: articleSpans(events), events }, 200);
  });
}
