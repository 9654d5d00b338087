// Response bodies, as documented in /openapi.json. They describe what the store returns;
// responses are not re-validated at run time.
import { z } from '@hono/zod-openapi';

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

export const SpanSchema = z
  .object({ start: z.number().int(), end: z.number().int(), text: z.string() })
  .openapi('TextSpan', {
    description: 'UTF-16 offsets into the article text; text = text.slice(start, end)',
  });

export const EventSchema = z
  .object({
    id: z.string(),
    article_id: z.string(),
    cluster_id: z.string().nullable(),
    article: z.string().openapi({ description: "the input's own id" }),
    sentence: z.number().int(),
    source: z.string().openapi({ example: 'PAKGOV' }),
    target: z.string().openapi({ example: 'USAGOV' }),
    source_name: z.string().nullable(),
    target_name: z.string().nullable(),
    cameo: z.string().openapi({ example: '041' }),
    plover: z.string().nullable().openapi({ example: 'CONSULT' }),
    mode: z.string().nullable(),
    symmetric: z.boolean(),
    goldstein: z.number(),
    quad: z.number().int().nullable(),
    date: z.string().nullable(),
    location: z.string().nullable(),
    negated: z.boolean(),
    evidence: z.array(SpanSchema).openapi({ description: 'verb pattern, source mention, target mention' }),
    rule: z.string().openapi({ description: 'the verb pattern that fired, as file:line' }),
    confidence: z.number(),
    contexts: z.array(z.string()),
    source_rule: z.string(),
    target_rule: z.string(),
    source_group: z.string().nullable().openapi({
      example: 'KUR',
      description:
        'ethnic group or religion the source is named by (CAMEO third code part, dictionaries/groups.txt); null when none',
    }),
    target_group: z.string().nullable().openapi({ example: null }),
  })
  .openapi('Event');

export const ArticleSummarySchema = z
  .object({
    id: z.string(),
    external_id: z.string().nullable(),
    url: z.string().nullable(),
    source: z.string().nullable(),
    domain: z.string().nullable(),
    title: z.string().nullable(),
    published: z.string().nullable(),
    lang: z.string(),
    status: z.string(),
    coder: z.string().nullable(),
    n_events: z.number().int(),
    input: z.string().nullable(),
    run_id: z.string().nullable(),
    ingested_at: z.string(),
    coded_at: z.string().nullable(),
  })
  .openapi('ArticleSummary');

export const ClusterSchema = z
  .object({
    id: z.string(),
    key: z.string(),
    source: z.string(),
    target: z.string(),
    root: z.string(),
    cameo: z.string(),
    plover: z.string().nullable(),
    quad: z.number().int().nullable(),
    goldstein: z.number(),
    first_date: z.string(),
    last_date: z.string(),
    first_seen: z.string(),
    n_articles: z.number().int(),
    n_sources: z.number().int(),
    n_events: z.number().int(),
    representative: z.string(),
    first_article: z.string(),
    article_id: z.string().nullable(),
  })
  .openapi('Cluster');

export const QuadsSchema = z
  .object({ 1: z.number().int(), 2: z.number().int(), 3: z.number().int(), 4: z.number().int() })
  .openapi('QuadCounts', { description: 'events per quad class (PLOVER grouping)' });

export const pageOf = <T extends z.ZodType>(item: T, name: string) =>
  z
    .object({
      items: z.array(item),
      next: z.string().nullable().openapi({ description: 'cursor of the next page; null on the last' }),
    })
    .openapi(name);

/** The error responses every route can give. */
export const problems = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((code) => [
      code,
      { description: 'problem details', content: { 'application/problem+json': { schema: ProblemSchema } } },
    ]),
  );
