// Filters as parameterized WHERE clauses (never string-built SQL).
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '../schema.ts';
import type { ClusterFilter, EventFilter } from '../types.ts';

type EventsEb = ExpressionBuilder<Database, 'events'>;
type ClustersEb = ExpressionBuilder<Database, 'clusters'>;

/** A LIKE pattern matching `text` anywhere, with `!` escaping the wildcards. */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

function likeLower(column: string, pattern: string): Expression<SqlBool> {
  return sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '!'`;
}

/** A three-letter code matches the country (or group) of every sector; longer ones exactly. */
function actorMatch(eb: EventsEb, side: 'source' | 'target', code: string): Expression<SqlBool> {
  return code.length === 3 ? eb(`${side}_country`, '=', code) : eb(side, '=', code);
}

function clusterActorMatch(eb: ClustersEb, side: 'source' | 'target', code: string): Expression<SqlBool> {
  return code.length === 3
    ? eb(eb.fn('substr', [side, sql.lit(1), sql.lit(3)]), '=', code)
    : eb(side, '=', code);
}

export function eventWhere(eb: EventsEb, f: EventFilter = {}): Expression<SqlBool> {
  const all: Expression<SqlBool>[] = [];
  if (f.from) all.push(eb('day', '>=', f.from));
  if (f.to) all.push(eb('day', '<=', f.to));
  if (f.from && !f.to) all.push(eb('day', '<>', ''));
  if (f.source) all.push(actorMatch(eb, 'source', f.source));
  if (f.target) all.push(actorMatch(eb, 'target', f.target));
  if (f.actor) all.push(eb.or([actorMatch(eb, 'source', f.actor), actorMatch(eb, 'target', f.actor)]));
  if (f.country)
    all.push(eb.or([eb('source_country', '=', f.country), eb('target_country', '=', f.country)]));
  if (f.plover) all.push(eb('plover', '=', f.plover.toUpperCase()));
  if (f.cameo) {
    all.push(
      f.cameo.length === 2 ? eb('root', '=', f.cameo) : eb('cameo', 'like', `${f.cameo.replace(/\D/g, '')}%`),
    );
  }
  if (f.quad !== undefined) all.push(eb('quad', '=', f.quad));
  if (f.minConfidence !== undefined) all.push(eb('confidence', '>=', f.minConfidence));
  if (f.cluster) all.push(eb('cluster_id', '=', f.cluster));
  if (f.article) all.push(eb('article_id', '=', f.article));
  if (f.location) all.push(eb('location', '=', f.location));
  if (f.q) {
    const p = containsPattern(f.q);
    all.push(
      eb.or([likeLower('sentence_text', p), likeLower('source_name', p), likeLower('target_name', p)]),
    );
  }
  return eb.and(all);
}

export function clusterWhere(eb: ClustersEb, f: ClusterFilter = {}): Expression<SqlBool> {
  const all: Expression<SqlBool>[] = [];
  if (f.from) all.push(eb('first_date', '>=', f.from));
  if (f.to) all.push(eb('first_date', '<=', f.to));
  if (f.from && !f.to) all.push(eb('first_date', '<>', ''));
  if (f.source) all.push(clusterActorMatch(eb, 'source', f.source));
  if (f.target) all.push(clusterActorMatch(eb, 'target', f.target));
  if (f.actor) {
    all.push(eb.or([clusterActorMatch(eb, 'source', f.actor), clusterActorMatch(eb, 'target', f.actor)]));
  }
  if (f.country) {
    all.push(
      eb.or([
        clusterActorMatch(eb, 'source', f.country.slice(0, 3)),
        clusterActorMatch(eb, 'target', f.country.slice(0, 3)),
      ]),
    );
  }
  if (f.plover) all.push(eb('plover', '=', f.plover.toUpperCase()));
  if (f.cameo) all.push(eb('root', '=', f.cameo.slice(0, 2)));
  if (f.minArticles !== undefined) all.push(eb('n_articles', '>=', f.minArticles));
  return eb.and(all);
}
