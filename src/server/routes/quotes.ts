// GET /quotes (filtered, keyset-paginated) and GET /articles/{id}/quotes (an article's
// quotes in text order with its topics, attributions and casualty counts).
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { QUOTE_KINDS, SOURCE_KINDS } from '../../model/attributes.ts';
import type { QuoteFilter, Store } from '../../store/index.ts';
import { isOn } from '../filters.ts';
import { ApiProblem } from '../problem.ts';
import { actorCode, day, flag, id, pageQuery } from '../schemas/query.ts';
import { ArticleQuotesSchema, QuoteSchema } from '../schemas/quotes.ts';
import { pageOf, problems } from '../schemas/records.ts';

const QuotesQuery = z.object({
  from: day.optional().openapi({ description: 'articles published on or after (YYYY-MM-DD)' }),
  to: day.optional().openapi({ description: 'articles published on or before (YYYY-MM-DD)' }),
  speaker: actorCode.optional().openapi({
    description: "the speaker's actor; three letters match every sector of a country",
    example: 'PAKGOV',
  }),
  country: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'expected a three-letter code')
    .optional()
    .openapi({ description: "the speaker's country (or group)", example: 'PAK' }),
  kind: z.enum(QUOTE_KINDS).optional().openapi({ description: 'direct, reported or according-to' }),
  speaker_kind: z
    .enum(SOURCE_KINDS)
    .optional()
    .openapi({ description: 'what kind of source the speaker is', example: 'statement' }),
  attributed: flag
    .optional()
    .openapi({ description: 'only quotes with (true) or without (false) a speaker' }),
  article: id.optional().openapi({ description: "quotes of this article (the store's id)" }),
  event: id.optional().openapi({ description: "quotes holding this event's evidence" }),
  q: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: "words in the quote or the speaker's words (case-insensitive)" }),
  ...pageQuery,
});

const list = createRoute({
  method: 'get',
  path: '/quotes',
  summary: 'Quotes and attributed statements matching the filters, newest first',
  description:
    "Keyset-paginated by the article's publication day then id: pass `next` back as `cursor`. " +
    'Offsets (`start`, `end`, the speaker and cue spans) point into the article text of `/articles/{id}`.',
  request: { query: QuotesQuery },
  responses: {
    200: {
      description: 'a page of quotes',
      content: { 'application/json': { schema: pageOf(QuoteSchema, 'QuotePage') } },
    },
    ...problems(400),
  },
});

const ofArticle = createRoute({
  method: 'get',
  path: '/articles/{id}/quotes',
  summary: "An article's quotes in text order, with its topics, attributions and casualty counts",
  request: { params: z.object({ id: id.openapi({ param: { name: 'id', in: 'path' } }) }) },
  responses: {
    200: {
      description: "the article's quotes and attributes",
      content: { 'application/json': { schema: ArticleQuotesSchema } },
    },
    ...problems(400, 404),
  },
});

export function quoteRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(list, async (c) => {
    const { limit, cursor, order, speaker, country, speaker_kind, attributed, ...rest } =
      c.req.valid('query');
    const filter: QuoteFilter = Object.fromEntries(
      Object.entries({
        ...rest,
        speaker: speaker?.toUpperCase(),
        country: country?.toUpperCase(),
        speakerKind: speaker_kind,
        attributed: attributed === undefined ? undefined : isOn(attributed, true),
      }).filter(([, v]) => v !== undefined),
    );
    return c.json(await store.quotes(filter, { limit, cursor: cursor ?? null, order }), 200);
  });

  app.openapi(ofArticle, async (c) => {
    const articleId = c.req.valid('param').id;
    const known = await store.knownArticles([articleId]);
    if (!known.has(articleId)) throw new ApiProblem(404, 'no article with this id');
    const attributes = await store.attributes(articleId);
    return c.json(
      {
        article_id: articleId,
        quotes: await store.articleQuotes(articleId),
        topics: attributes?.topics ?? [],
        attributions: attributes?.attributions ?? [],
        casualties: attributes?.casualties ?? [],
      },
      200,
    );
  });
}
