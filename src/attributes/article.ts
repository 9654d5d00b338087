// The public face of the article-level attributes (quotes, casualties, topics, sources,
// event dates); src/attributes/index.ts re-exports it.
import type { Lexicon } from '../dict/index.ts';
import type { Attribution, Casualty, Quote, Topic } from '../model/attributes.ts';
import type { Doc } from '../model/index.ts';
import { findAttributions } from './attributions.ts';
import { findCasualties } from './casualties.ts';
import { findQuotes } from './quotes.ts';
import type { Resolver } from './speakers.ts';
import { articleTopics } from './topics.ts';

export type * from '../model/attributes.ts';
export { eventSources, findAttributions } from './attributions.ts';
export { findCasualties } from './casualties.ts';
export { eventDate, eventDates } from './event-date.ts';
export { parseCount } from './numbers.ts';
export { quotationMarks } from './quote-marks.ts';
export { findQuotes } from './quotes.ts';
export type { Resolver } from './speakers.ts';
export { articleTopics } from './topics.ts';

export interface ArticleAttributes {
  quotes: Quote[];
  casualties: Casualty[];
  topics: Topic[];
  attributions: Attribution[];
}

/** Everything an analyst reads from a coded story besides its events, in one pass. */
export function articleAttributes(doc: Doc, lexicon: Lexicon, resolve?: Resolver): ArticleAttributes {
  const quotes = findQuotes(doc, resolve);
  return {
    quotes,
    casualties: findCasualties(doc, doc.events),
    topics: articleTopics(doc, lexicon),
    attributions: findAttributions(doc, quotes),
  };
}
