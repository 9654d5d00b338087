// Query parameters (validated, as sent) → store filters (normalized: codes upper case,
// PLOVER names canonical, absent keys left out).
import { normalizePlover } from '../ontology/index.ts';
import type { ClusterFilter, EventFilter } from '../store/index.ts';

export interface EventQuery {
  from?: string;
  to?: string;
  source?: string;
  target?: string;
  actor?: string;
  country?: string;
  plover?: string;
  cameo?: string;
  quad?: number;
  q?: string;
  min_confidence?: number;
  location?: string;
  cluster?: string;
  article?: string;
}

const up = (s: string | undefined) => s?.toUpperCase();

function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;
}

export function eventFilter(q: EventQuery): EventFilter {
  return compact({
    from: q.from,
    to: q.to,
    source: up(q.source),
    target: up(q.target),
    actor: up(q.actor),
    country: up(q.country),
    plover: q.plover ? (normalizePlover(q.plover) ?? undefined) : undefined,
    cameo: q.cameo,
    quad: q.quad,
    q: q.q,
    minConfidence: q.min_confidence,
    location: q.location,
    cluster: q.cluster,
    article: q.article,
  });
}

export interface ClusterQuery {
  from?: string;
  to?: string;
  source?: string;
  target?: string;
  actor?: string;
  country?: string;
  plover?: string;
  cameo?: string;
  min_articles?: number;
}

export function clusterFilter(q: ClusterQuery): ClusterFilter {
  return compact({
    from: q.from,
    to: q.to,
    source: up(q.source),
    target: up(q.target),
    actor: up(q.actor),
    country: up(q.country),
    plover: q.plover ? (normalizePlover(q.plover) ?? undefined) : undefined,
    cameo: q.cameo,
    minArticles: q.min_articles,
  });
}

/** `true` for the flag values `true` and `1`; `fallback` when absent. */
export const isOn = (v: string | undefined, fallback: boolean) =>
  v === undefined ? fallback : v === 'true' || v === '1';

/**
 * The filters to run for a request: with `both` and a source and a target, the dyad's two
 * directions (the store has no OR across sides); otherwise the filter itself.
 */
export function directions(filter: EventFilter, both: boolean): EventFilter[] {
  if (!both || !filter.source || !filter.target) return [filter];
  return [filter, { ...filter, source: filter.target, target: filter.source }];
}
