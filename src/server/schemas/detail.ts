// Bodies of the detail routes: one event, one cluster, one article with its spans.
import { z } from '@hono/zod-openapi';
import { QuoteSchema } from './quotes.ts';
import { ArticleSummarySchema, ClusterSchema, EventSchema } from './records.ts';

const Linked = ArticleSummarySchema.extend({
  href: z.string().openapi({ description: 'the API path of the article' }),
});

export const HighlightSchema = z
  .object({
    role: z.enum(['verb', 'source', 'target', 'evidence']),
    start: z.number().int(),
    end: z.number().int(),
    text: z.string(),
    in_sentence: z.boolean(),
  })
  .openapi('Highlight', { description: 'an evidence span (offsets into the article text) and its role' });

export const EventDetailSchema = z
  .object({
    event: EventSchema,
    sentence: z.object({
      text: z.string(),
      start: z.number().int().nullable(),
      end: z.number().int().nullable(),
    }),
    highlights: z.array(HighlightSchema),
    rule: z.string(),
    article: Linked,
    quote: QuoteSchema.nullable().openapi({
      description: "the quote holding the event's evidence (who said it), or null",
    }),
    cluster: ClusterSchema.extend({ articles: z.array(Linked), events: z.number().int() }).nullable(),
  })
  .openapi('EventDetail');

export const ClusterDetailSchema = z
  .object({ cluster: ClusterSchema, events: z.array(EventSchema), articles: z.array(Linked) })
  .openapi('ClusterDetail');

export const ArticleSpanSchema = z
  .object({
    start: z.number().int(),
    end: z.number().int(),
    text: z.string(),
    role: z.enum(['verb', 'source', 'target', 'evidence']),
    event: z.string(),
  })
  .openapi('ArticleSpan');

export const ArticleDetailSchema = z
  .object({
    article: ArticleSummarySchema.extend({ text: z.string() }),
    spans: z.array(ArticleSpanSchema),
    events: z.array(EventSchema),
  })
  .openapi('ArticleDetail');
