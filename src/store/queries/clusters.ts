// Clusters: a filtered page, one cluster with its events and articles.
import type { Kysely } from 'kysely';
import { storedEvent } from '../rows.ts';
import type { ClustersTable, Database } from '../schema.ts';
import type { Cluster, ClusterDetail, ClusterFilter, Page, PageRequest } from '../types.ts';
import { articleSummaryColumns } from './articles.ts';
import { afterCursor, pageLimit, toPage } from './cursor.ts';
import { clusterWhere } from './filter.ts';

export function asCluster(r: ClustersTable): Cluster {
  return {
    ...r,
    quad: r.quad === null ? null : Number(r.quad),
    goldstein: Number(r.goldstein),
    n_articles: Number(r.n_articles),
    n_sources: Number(r.n_sources),
    n_events: Number(r.n_events),
  };
}

export async function listClusters(
  db: Kysely<Database>,
  filter: ClusterFilter = {},
  page: PageRequest = {},
): Promise<Page<Cluster>> {
  const limit = pageLimit(page);
  const desc = page.order !== 'asc';
  let q = db
    .selectFrom('clusters')
    .selectAll()
    .where((eb) => clusterWhere(eb, filter));
  if (page.cursor) q = q.where(afterCursor(page.cursor, 'first_date', desc));
  const rows = await q
    .orderBy('first_date', desc ? 'desc' : 'asc')
    .orderBy('id', desc ? 'desc' : 'asc')
    .limit(limit + 1)
    .execute();
  return toPage(rows, limit, (r) => [r.first_date, r.id], asCluster);
}

export async function getCluster(db: Kysely<Database>, id: string): Promise<ClusterDetail | null> {
  const row = await db.selectFrom('clusters').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const events = await db
    .selectFrom('events')
    .selectAll()
    .where('cluster_id', '=', id)
    .orderBy('day')
    .orderBy('id')
    .execute();
  const ids = [...new Set(events.map((e) => e.article_id))];
  const articles = ids.length
    ? await db
        .selectFrom('articles')
        .select(articleSummaryColumns)
        .where('id', 'in', ids)
        .orderBy('id')
        .execute()
    : [];
  return {
    cluster: asCluster(row),
    events: events.map(storedEvent),
    articles: articles.map((a) => ({ ...a, n_events: Number(a.n_events) })),
  };
}
