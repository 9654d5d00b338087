import type { DateGranularity, EventDate } from '../model/attributes.ts';
import type { Doc, Sentence } from '../model/index.ts';
import { statedDate } from './dates.ts';
import { spanText } from './doc-index.ts';

const BY_HOW: Record<string, DateGranularity> = {
  explicit: 'day',
  'weekday-past': 'weekday',
  'weekday-future': 'weekday',
  relative: 'relative',
};

/**
 * The date of an event in `sentence`, with how it was found: a date the sentence states
 * (resolved against the article date, as `statedDate` does), else the dateline's date,
 * else the article's. Gives the same dates the events stage assigns today.
 */
export function eventDate(doc: Doc, sentence: Sentence): EventDate {
  const base = doc.dateline?.date ?? doc.article.published ?? null;
  const ref = doc.article.published ?? base ?? undefined;
  const stated = statedDate(doc.article.text.slice(sentence.start, sentence.end), sentence.start, ref);
  if (stated) {
    // the dateline's own date words, read as part of the first sentence
    const inDateline = doc.dateline && stated.start >= doc.dateline.start && stated.end <= doc.dateline.end;
    const granularity = inDateline ? 'dateline' : (BY_HOW[stated.how] ?? 'day');
    return { date: stated.date, granularity, how: stated.how, span: spanText(doc, stated) };
  }
  if (doc.dateline?.date) return { date: doc.dateline.date, granularity: 'dateline', how: 'dateline' };
  if (doc.article.published) return { date: doc.article.published, granularity: 'article', how: 'article' };
  return { date: null, granularity: 'none', how: 'none' };
}

/** `eventDate` per sentence index, computed once per sentence (many events share a sentence). */
export function eventDates(doc: Doc): (sentence: number) => EventDate {
  const cache = new Map<number, EventDate>();
  return (i) => {
    let d = cache.get(i);
    if (!d) {
      d = eventDate(doc, doc.sentences[i]);
      cache.set(i, d);
    }
    return d;
  };
}
