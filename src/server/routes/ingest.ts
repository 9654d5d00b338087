// POST /articles: code one article and store it with its events and clusters. Only with the
// server token (bearer); the body is size-limited before it is read.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { Coder } from '../../coder/index.ts';
import { articleId, coderFingerprint, createIngestor, type Store } from '../../store/index.ts';
import { requireToken } from '../auth.ts';
import { ApiProblem, problem } from '../problem.ts';
import { day } from '../schemas/query.ts';
import { EventSchema, problems } from '../schemas/records.ts';

const ArticleBody = z
  .object({
    text: z.string().min(1).openapi({ description: 'the article text; every span points into it' }),
    id: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .openapi({ description: 'your id for it (kept as external_id)' }),
    title: z.string().max(1000).optional(),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
    source: z.string().max(200).optional().openapi({ description: 'the outlet' }),
    published: day.optional().openapi({ description: 'publication date; relative dates are read from it' }),
    lang: z
      .string()
      .regex(/^[a-z]{2}$/)
      .optional()
      .openapi({ description: 'ISO 639-1, default en' }),
  })
  .openapi('ArticleInput');

const Created = z
  .object({
    id: z.string().openapi({ description: "the store's article id (a hash of the text)" }),
    external_id: z.string().nullable(),
    duplicate: z.boolean().openapi({ description: 'already stored by the same coder: nothing changed' }),
    status: z.string(),
    href: z.string(),
    events: z.array(EventSchema),
  })
  .openapi('StoredArticle');

export interface IngestDeps {
  store: Store;
  token: string | null | undefined;
  coder: (() => Pick<Coder, 'code' | 'lexicon'>) | undefined;
  maxBodyBytes: number;
}

export function ingestRoutes(app: OpenAPIHono, deps: IngestDeps): void {
  const limit = bodyLimit({
    maxSize: deps.maxBodyBytes,
    onError: (c) => problem(c, 413, `the body is larger than ${deps.maxBodyBytes} bytes`),
  });
  const route = createRoute({
    method: 'post',
    path: '/articles',
    summary: 'Code and store an article (needs the server token)',
    security: [{ bearer: [] }],
    middleware: [requireToken(deps.token), limit] as const,
    request: { body: { required: true, content: { 'application/json': { schema: ArticleBody } } } },
    responses: {
      200: {
        description: 'already stored by this coder',
        content: { 'application/json': { schema: Created } },
      },
      201: { description: 'coded and stored', content: { 'application/json': { schema: Created } } },
      ...problems(400, 401, 403, 413, 415),
    },
  });

  let coder: Pick<Coder, 'code' | 'lexicon'> | null = null;
  app.openapi(route, async (c) => {
    if (!deps.coder) throw new ApiProblem(403, 'this server has no coder for writes');
    coder ??= deps.coder();
    const body = c.req.valid('json');
    const article = {
      id: body.id ?? 'api',
      text: body.text,
      lang: body.lang ?? 'en',
      ...(body.title ? { title: body.title } : {}),
      ...(body.url ? { url: body.url } : {}),
      ...(body.source ? { source: body.source } : {}),
      ...(body.published ? { published: body.published } : {}),
    };
    const fingerprint = coderFingerprint(coder);
    const run = await deps.store.startRun({ command: 'serve', args: ['POST /articles'], coder: fingerprint });
    const ingestor = createIngestor(deps.store, { coder, fingerprint, runId: run });
    await ingestor.add({ article, input: `POST /articles ${article.id}` });
    const summary = await ingestor.finish();
    await deps.store.finishRun(run, summary, 'done');
    const stored = articleId(article.text.replaceAll('\u0000', '\uFFFD'));
    const a = await deps.store.article(stored);
    const events = (await deps.store.events({ article: stored }, { limit: 10_000, order: 'asc' })).items;
    const duplicate = summary.articles_duplicate > 0;
    return c.json(
      {
        id: stored,
        external_id: a?.external_id ?? null,
        duplicate,
        status: a?.status ?? 'failed',
        href: `/articles/${stored}`,
        events,
      },
      duplicate ? 200 : 201,
    );
  });
}
