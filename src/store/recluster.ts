// Keeping clusters right as events arrive or are replaced. For each cluster key a batch
// touched, only the windows around the changed days are rebuilt (see src/cluster/windows.ts);
// the result is the same as clustering every stored event from scratch.
import type { Kysely, Transaction } from 'kysely';
import { type ClusterMember, type ClusterRow, summarize, windowsToRebuild } from '../cluster/index.ts';
import type { Database } from './schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** Cluster keys a batch touched: the days of dated events, the articles of undated ones. */
export class Affected {
  readonly keys = new Map<string, { days: Set<string>; undated: Set<string> }>();

  add(key: string, day: string, articleId: string): void {
    let k = this.keys.get(key);
    if (!k) this.keys.set(key, (k = { days: new Set(), undated: new Set() }));
    if (day === '') k.undated.add(articleId);
    else k.days.add(day);
  }
}

function members(db: Db) {
  return db
    .selectFrom('events as e')
    .innerJoin('articles as a', 'a.id', 'e.article_id')
    .select([
      'e.id',
      'e.article_id',
      'e.day',
      'e.source',
      'e.target',
      'e.cameo',
      'e.plover',
      'e.quad',
      'e.goldstein',
      'e.confidence',
      'a.domain',
      'a.published',
      'a.ingested_at',
    ]);
}

function asMember(r: ClusterMember): ClusterMember {
  return {
    ...r,
    quad: r.quad === null ? null : Number(r.quad),
    goldstein: Number(r.goldstein),
    confidence: Number(r.confidence),
  };
}

async function insertCluster(
  db: Db,
  row: ClusterRow,
  where: { from: string; to: string } | { article: string },
) {
  await db.insertInto('clusters').values(row).execute();
  let q = db.updateTable('events').set({ cluster_id: row.id }).where('cluster_key', '=', row.key);
  q =
    'article' in where
      ? q.where('day', '=', '').where('article_id', '=', where.article)
      : q.where('day', '>=', where.from).where('day', '<=', where.to);
  await q.execute();
}

async function rebuildDated(db: Db, key: string, changed: Set<string>): Promise<string[]> {
  const sorted = [...changed].sort();
  const lo = sorted[0];
  const hi = sorted[sorted.length - 1];
  const prev = await db
    .selectFrom('clusters')
    .select((eb) => eb.fn.max('first_date').as('start'))
    .where('key', '=', key)
    .where('article_id', 'is', null)
    .where('first_date', '<=', lo)
    .executeTakeFirst();
  const start = prev?.start ?? '0000-00-00';
  const days = await db
    .selectFrom('events')
    .select('day')
    .distinct()
    .where('cluster_key', '=', key)
    .where('day', '>=', start)
    .where('day', '<>', '')
    .orderBy('day')
    .execute();
  const anchors = await db
    .selectFrom('clusters')
    .select('first_date')
    .where('key', '=', key)
    .where('article_id', 'is', null)
    .where('first_date', '>=', start)
    .execute();
  const plan = windowsToRebuild(
    days.map((d) => d.day),
    new Set(anchors.map((a) => a.first_date)),
    hi,
  );
  let del = db
    .deleteFrom('clusters')
    .where('key', '=', key)
    .where('article_id', 'is', null)
    .where('first_date', '>=', start);
  if (plan.until) del = del.where('first_date', '<', plan.until);
  await del.execute();
  if (plan.windows.length === 0) return [];

  const rows = await members(db)
    .where('e.cluster_key', '=', key)
    .where('e.day', '>=', plan.windows[0].anchor)
    .where('e.day', '<=', plan.windows[plan.windows.length - 1].end)
    .execute();
  const ids: string[] = [];
  for (const w of plan.windows) {
    const group = rows.filter((r) => r.day >= w.anchor && r.day <= w.end).map(asMember);
    if (group.length === 0) continue;
    const row = summarize(key, group, null);
    await insertCluster(db, row, { from: w.anchor, to: w.end });
    ids.push(row.id);
  }
  return ids;
}

async function rebuildUndated(db: Db, key: string, articles: Set<string>): Promise<string[]> {
  const list = [...articles].sort();
  await db.deleteFrom('clusters').where('key', '=', key).where('article_id', 'in', list).execute();
  const rows = await members(db)
    .where('e.cluster_key', '=', key)
    .where('e.day', '=', '')
    .where('e.article_id', 'in', list)
    .execute();
  const ids: string[] = [];
  for (const article of list) {
    const group = rows.filter((r) => r.article_id === article).map(asMember);
    if (group.length === 0) continue;
    const row = summarize(key, group, article);
    await insertCluster(db, row, { article });
    ids.push(row.id);
  }
  return ids;
}

/** Rebuilds the clusters around every change in `affected`; returns the ids written. */
export async function recluster(db: Db, affected: Affected): Promise<string[]> {
  const ids: string[] = [];
  for (const key of [...affected.keys.keys()].sort()) {
    const k = affected.keys.get(key)!;
    if (k.days.size > 0) ids.push(...(await rebuildDated(db, key, k.days)));
    if (k.undated.size > 0) ids.push(...(await rebuildUndated(db, key, k.undated)));
  }
  return ids;
}
