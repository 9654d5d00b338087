// Bodies of the quote routes: a stored quote with its speaker, and an article's topics,
// attributions and casualty counts.
import { z } from '@hono/zod-openapi';
import { QUOTE_KINDS, SOURCE_KINDS } from '../../model/attributes.ts';
import { SpanSchema } from './records.ts';

export const QuoteSpeakerSchema = z
  .object({
    text: z.string().openapi({ example: 'the statement' }),
    start: z.number().int(),
    end: z.number().int(),
    code: z.string().nullable().openapi({ description: 'the first resolved actor', example: 'PAKGOV' }),
    country: z.string().nullable(),
    sector: z.string().nullable(),
    actors: z.array(z.string()).openapi({ description: 'every resolved actor code' }),
    kind: z.enum(SOURCE_KINDS),
    rule: z.string().openapi({ description: 'how the speaker was found', example: 'speaker:refers-back' }),
    refers_to: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'ordinal of the earlier quote whose speaker this one refers back to' }),
  })
  .openapi('QuoteSpeaker', { description: 'who said it; offsets into the article text' });

export const QuoteSchema = z
  .object({
    id: z.string(),
    article_id: z.string(),
    ordinal: z.number().int().openapi({ description: "its index among the article's quotes, in text order" }),
    kind: z.enum(QUOTE_KINDS),
    sentence: z.number().int(),
    last_sentence: z.number().int(),
    start: z.number().int().openapi({ description: 'UTF-16 offset of the quoted words in the article text' }),
    end: z.number().int(),
    text: z.string().openapi({ description: 'the quoted or reported words, without quotation marks' }),
    cue: SpanSchema.nullable().openapi({ description: 'the reporting words: "said", "according to"' }),
    speaker: QuoteSpeakerSchema.nullable(),
    rule: z.string().openapi({ example: 'quote:direct-after' }),
    day: z.string().openapi({ description: "the article's publication date, else ''" }),
    events: z
      .array(z.string())
      .openapi({ description: 'ids of the events whose evidence lies inside the quote' }),
  })
  .openapi('Quote');

const ActorSchema = z
  .object({
    code: z.string(),
    country: z.string(),
    sector: z.string().nullable(),
    name: z.string().optional(),
    office: z.string().optional(),
    rules: z.array(z.string()),
  })
  .openapi('Actor');

export const TopicSchema = z
  .object({
    context: z.string().openapi({ example: 'terrorism' }),
    count: z.number().int(),
    terms: z.array(z.string()),
    sentences: z.array(z.number().int()),
    spans: z.array(SpanSchema),
    rules: z.array(z.string()),
  })
  .openapi('Topic');

export const AttributionSchema = z
  .object({
    kind: z.enum(SOURCE_KINDS),
    span: SpanSchema,
    actors: z.array(ActorSchema),
    spans: z.array(SpanSchema),
    quotes: z.array(z.number().int()).openapi({ description: 'ordinals of the quotes from this source' }),
    events: z.array(z.string()).openapi({ description: 'ids of the events reported through this source' }),
  })
  .openapi('Attribution');

const count = {
  low: z.number().nullable(),
  high: z.number().nullable(),
  qualifier: z.string().openapi({ example: 'at-least' }),
};

export const CasualtySchema = z
  .object({
    kind: z.string().openapi({ example: 'killed' }),
    ...count,
    sentence: z.number().int(),
    span: SpanSchema,
    cue: SpanSchema.nullable(),
    who: z.array(z.string()),
    parts: z.array(z.object({ ...count, span: SpanSchema, who: z.string().nullable() })).optional(),
    within: z.number().int().optional(),
    event: z.string().nullable().openapi({ description: 'id of the event the count belongs to' }),
    rule: z.string(),
  })
  .openapi('Casualty');

export const ArticleQuotesSchema = z
  .object({
    article_id: z.string(),
    quotes: z.array(QuoteSchema),
    topics: z.array(TopicSchema),
    attributions: z.array(AttributionSchema),
    casualties: z.array(CasualtySchema),
  })
  .openapi('ArticleQuotes');
