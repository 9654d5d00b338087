// The event record as flat columns (CSV, Parquet): the record's fields in order, after the
// store's ids. Spans are JSON; contexts are joined with `|`.
import type { StoredEvent } from '../store/index.ts';

export type Cell = string | number | boolean | null;

export const EVENT_COLUMNS = [
  'id',
  'article_id',
  'cluster_id',
  'article',
  'sentence',
  'source',
  'target',
  'source_name',
  'target_name',
  'cameo',
  'plover',
  'mode',
  'symmetric',
  'goldstein',
  'quad',
  'date',
  'location',
  'negated',
  'evidence',
  'rule',
  'confidence',
  'contexts',
  'source_rule',
  'target_rule',
  'source_group',
  'target_group',
] as const;

export type EventColumn = (typeof EVENT_COLUMNS)[number];

export function flatEvent(e: StoredEvent): Record<EventColumn, Cell> {
  return {
    id: e.id,
    article_id: e.article_id,
    cluster_id: e.cluster_id,
    article: e.article,
    sentence: e.sentence,
    source: e.source,
    target: e.target,
    source_name: e.source_name,
    target_name: e.target_name,
    cameo: e.cameo,
    plover: e.plover,
    mode: e.mode,
    symmetric: e.symmetric,
    goldstein: e.goldstein,
    quad: e.quad,
    date: e.date,
    location: e.location,
    negated: e.negated,
    evidence: JSON.stringify(e.evidence),
    rule: e.rule,
    confidence: e.confidence,
    contexts: e.contexts.join('|'),
    source_rule: e.source_rule,
    target_rule: e.target_rule,
    source_group: e.source_group,
    target_group: e.target_group,
  };
}
