// Between the model's records and table rows.
import { clusterKey } from '../cluster/index.ts';
import type { Doc, Event } from '../model/index.ts';
import type { PloverType, Quad } from '../ontology/index.ts';
import { eventId } from './ids.ts';
import type { EventsTable, MentionsTable } from './schema.ts';
import type { ArticleInput, StoredEvent } from './types.ts';

/** The outlet an article came from: its `source`, else the host name of its URL. */
export function domainOf(a: Pick<ArticleInput, 'source' | 'url'>): string | null {
  if (a.source) return a.source;
  if (!a.url) return null;
  try {
    return new URL(a.url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

export function eventRow(article: ArticleInput, doc: Doc, e: Event): EventsTable {
  const sentence = doc.sentences[e.sentence];
  return {
    id: eventId(article.id, e.sentence, e.source, e.target, e.cameo),
    article_id: article.id,
    article: e.article,
    sentence: e.sentence,
    source: e.source,
    target: e.target,
    source_country: e.source.slice(0, 3),
    target_country: e.target.slice(0, 3),
    source_name: e.source_name,
    target_name: e.target_name,
    cameo: e.cameo,
    root: e.cameo.slice(0, 2),
    plover: e.plover,
    mode: e.mode,
    symmetric: e.symmetric ? 1 : 0,
    goldstein: e.goldstein,
    quad: e.quad,
    date: e.date,
    day: e.date ?? article.published ?? '',
    location: e.location,
    negated: e.negated ? 1 : 0,
    evidence: JSON.stringify(e.evidence),
    rule: e.rule,
    confidence: e.confidence,
    contexts: JSON.stringify(e.contexts),
    source_rule: e.source_rule,
    target_rule: e.target_rule,
    source_group: e.source_group ?? null,
    target_group: e.target_group ?? null,
    sentence_text: sentence ? doc.article.text.slice(sentence.start, sentence.end) : '',
    cluster_key: clusterKey(e),
    cluster_id: null,
  };
}

export function mentionRows(articleId: string, doc: Doc): MentionsTable[] {
  return doc.mentions.map((m, idx) => ({
    article_id: articleId,
    idx,
    sentence: m.sentence,
    span_start: m.start,
    span_end: m.end,
    kind: m.kind,
    text: doc.article.text.slice(m.start, m.end),
    codes: m.actors.map((a) => a.code).join(' '),
  }));
}

/** A stored row back as the event record plus ids (the field order of the record). */
export function storedEvent(r: EventsTable): StoredEvent {
  return {
    id: r.id,
    article_id: r.article_id,
    cluster_id: r.cluster_id,
    article: r.article,
    sentence: Number(r.sentence),
    source: r.source,
    target: r.target,
    source_name: r.source_name,
    target_name: r.target_name,
    cameo: r.cameo,
    plover: r.plover as PloverType | null,
    mode: r.mode,
    symmetric: Boolean(r.symmetric),
    goldstein: Number(r.goldstein),
    quad: r.quad === null ? null : (Number(r.quad) as Quad),
    date: r.date,
    location: r.location,
    negated: Boolean(r.negated),
    evidence: JSON.parse(r.evidence),
    rule: r.rule,
    confidence: Number(r.confidence),
    contexts: JSON.parse(r.contexts),
    source_rule: r.source_rule,
    target_rule: r.target_rule,
    source_group: r.source_group ?? null,
    target_group: r.target_group ?? null,
  };
}

/** Rows in chunks small enough for either engine's limit on bound parameters. */
export function chunks<T>(rows: readonly T[], columns: number): T[][] {
  const size = Math.max(1, Math.floor(8000 / Math.max(1, columns)));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** A list in slices of at most `size`. */
export function slices<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
