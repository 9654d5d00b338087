// Between a coded doc's quotes and attributes and their rows: quotes one row each, the events
// inside them as (quote, event) links, topics, attributions and casualties as one JSON row.
// Indices into `doc.events` become event ids, so the rows survive the events being re-coded
// in another order.
import type { Doc } from '../model/index.ts';
import { eventId, quoteId } from './ids.ts';
import type { ArticleAttributesTable, QuoteEventsTable, QuotesTable } from './schema.ts';
import type { StoredAttribution, StoredCasualty, StoredQuote } from './types.ts';

function eventIds(articleId: string, doc: Doc): (string | undefined)[] {
  return doc.events.map((e) => eventId(articleId, e.sentence, e.source, e.target, e.cameo));
}

function idsOf(all: readonly (string | undefined)[], indices: readonly number[]): string[] {
  const out: string[] = [];
  for (const i of indices) {
    const id = all[i];
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}

export interface QuoteRows {
  quotes: QuotesTable[];
  links: QuoteEventsTable[];
  attributes: ArticleAttributesTable | null;
}

/** The rows of a coded doc's quotes and attributes; `day` is the article's effective date. */
export function quoteRows(articleId: string, doc: Doc, day: string): QuoteRows {
  const events = eventIds(articleId, doc);
  const quotes: QuotesTable[] = [];
  const links: QuoteEventsTable[] = [];
  (doc.quotes ?? []).forEach((q, ordinal) => {
    const id = quoteId(articleId, ordinal, q.span.start, q.span.end);
    const s = q.speaker;
    const first = s?.actors[0];
    quotes.push({
      id,
      article_id: articleId,
      ordinal,
      kind: q.kind,
      sentence: q.sentence,
      last_sentence: q.lastSentence,
      span_start: q.span.start,
      span_end: q.span.end,
      text: q.span.text,
      cue: q.cue?.text ?? null,
      cue_start: q.cue?.start ?? null,
      cue_end: q.cue?.end ?? null,
      speaker: s?.span.text ?? null,
      speaker_start: s?.span.start ?? null,
      speaker_end: s?.span.end ?? null,
      speaker_code: first?.code ?? null,
      speaker_country: first?.country ?? null,
      speaker_sector: first?.sector ?? null,
      speaker_codes: s ? [...new Set(s.actors.map((a) => a.code))].join(' ') : '',
      speaker_kind: s?.kind ?? null,
      speaker_rule: s?.rule ?? null,
      refers_to: s?.refersTo ?? null,
      rule: q.rule,
      day,
    });
    for (const e of idsOf(events, q.events)) links.push({ quote_id: id, event_id: e, article_id: articleId });
  });
  const coded = doc.topics !== undefined || doc.attributions !== undefined || doc.casualties !== undefined;
  if (!coded) return { quotes, links, attributes: null };
  const attributions: StoredAttribution[] = (doc.attributions ?? []).map((a) => ({
    ...a,
    events: idsOf(events, a.events),
  }));
  const casualties: StoredCasualty[] = (doc.casualties ?? []).map((c) => ({
    ...c,
    event: c.event === null ? null : (events[c.event] ?? null),
  }));
  return {
    quotes,
    links,
    attributes: {
      article_id: articleId,
      topics: JSON.stringify(doc.topics ?? []),
      attributions: JSON.stringify(attributions),
      casualties: JSON.stringify(casualties),
    },
  };
}

/** A stored row (with its event links) back as the quote record. */
export function storedQuote(r: QuotesTable, events: string[]): StoredQuote {
  const num = (v: number | null) => (v === null ? null : Number(v));
  return {
    id: r.id,
    article_id: r.article_id,
    ordinal: Number(r.ordinal),
    kind: r.kind as StoredQuote['kind'],
    sentence: Number(r.sentence),
    last_sentence: Number(r.last_sentence),
    start: Number(r.span_start),
    end: Number(r.span_end),
    text: r.text,
    cue: r.cue === null ? null : { start: Number(r.cue_start), end: Number(r.cue_end), text: r.cue },
    speaker:
      r.speaker === null
        ? null
        : {
            text: r.speaker,
            start: Number(r.speaker_start),
            end: Number(r.speaker_end),
            code: r.speaker_code,
            country: r.speaker_country,
            sector: r.speaker_sector,
            actors: r.speaker_codes ? r.speaker_codes.split(' ') : [],
            kind: (r.speaker_kind ?? 'unknown') as NonNullable<StoredQuote['speaker']>['kind'],
            rule: r.speaker_rule ?? '',
            refers_to: num(r.refers_to),
          },
    rule: r.rule,
    day: r.day,
    events,
  };
}
