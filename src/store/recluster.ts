// Keeping clusters right as events arrive or are replaced. For each cluster key a batch
// touched, only the windows around the changed days are rebuilt (see src/cluster/windows.ts);
// the result is the same as clustering every stored event from scratch. All keys of a batch
// are handled together, in a handful of queries whatever the number of keys.
import { type Expression, type Kysely, type SqlBool, sql, type Transaction } from 'kysely';
import {
  type ClusterMember,
  type ClusterRow,
  summarize,
  type Window,
  windowsToRebuild,
} from '../cluster/index.ts';
import { chunks, slices } from './rows.ts';
import type { Database } from './schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** Cluster keys a batch touched: the days of dated events, the articles of undated ones. */
export class Affected {
  readonly keys = new Map<string, { days: Set<string>; undated: Set<string> }>();

  add(key: string, day: string, articleId: string): void {
    let k = this.keys.get(key);
    if (!k) {
      k = { days: new Set(), undated: new Set() };
      this.keys.set(key, k);
    }
    if (day === '') k.undated.add(articleId);
    else k.days.add(day);
  }
}

/** Ids of the clusters a rebuild deleted (some come back) and wrote. */
export interface Rebuilt {
  removed: string[];
  written: string[];
}

interface Member extends ClusterMember {
  cluster_key: string;
  cluster_id: string | null;
}

/** Keys (or articles) per `in (…)` list, and key ranges per `or` of ranges. */
const IN_LIST = 5000;
const RANGES = 200;

function selectMembers(db: Db) {
  return db
    .selectFrom('events as e')
    .innerJoin('articles as a', 'a.id', 'e.article_id')
    .select([
      'e.id',
      'e.article_id',
      'e.cluster_key',
      'e.cluster_id',
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

function asMember(r: Member): Member {
  return {
    ...r,
    quad: r.quad === null ? null : Number(r.quad),
    goldstein: Number(r.goldstein),
    confidence: Number(r.confidence),
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

interface Plan {
  key: string;
  windows: Window[];
}

/** Which dated clusters to drop and which windows to rebuild, key by key. */
async function planDated(db: Db, affected: Affected, keys: string[], removed: Set<string>): Promise<Plan[]> {
  const old = new Map<string, { id: string; first_date: string }[]>();
  const days = new Map<string, string[]>();
  for (const part of slices(keys, IN_LIST)) {
    const clusters = await db
      .selectFrom('clusters')
      .select(['id', 'key', 'first_date'])
      .where('key', 'in', part)
      .where('article_id', 'is', null)
      .execute();
    for (const c of clusters) push(old, c.key, c);
    const rows = await db
      .selectFrom('events')
      .select(['cluster_key', 'day'])
      .distinct()
      .where('cluster_key', 'in', part)
      .where('day', '<>', '')
      .execute();
    for (const r of rows) push(days, r.cluster_key, r.day);
  }
  const plans: Plan[] = [];
  for (const key of keys) {
    const changed = [...affected.keys.get(key)!.days].sort();
    const lo = changed[0];
    const hi = changed[changed.length - 1];
    const clusters = old.get(key) ?? [];
    let start = '0000-00-00';
    for (const c of clusters) if (c.first_date <= lo && c.first_date > start) start = c.first_date;
    const current = (days.get(key) ?? []).filter((d) => d >= start).sort();
    const anchors = new Set(clusters.filter((c) => c.first_date >= start).map((c) => c.first_date));
    const plan = windowsToRebuild(current, anchors, hi);
    for (const c of clusters) {
      if (c.first_date >= start && (plan.until === null || c.first_date < plan.until)) removed.add(c.id);
    }
    if (plan.windows.length) plans.push({ key, windows: plan.windows });
  }
  return plans;
}

async function datedMembers(db: Db, plans: Plan[]): Promise<Member[]> {
  const out: Member[] = [];
  for (const part of slices(plans, RANGES)) {
    const rows = await selectMembers(db)
      .where((eb) =>
        eb.or(
          part.map(
            (p): Expression<SqlBool> =>
              eb.and([
                eb('e.cluster_key', '=', p.key),
                eb('e.day', '>=', p.windows[0].anchor),
                eb('e.day', '<=', p.windows[p.windows.length - 1].end),
              ]),
          ),
        ),
      )
      .execute();
    out.push(...rows.map(asMember));
  }
  return out;
}

/** Rebuilds the clusters around every change in `affected`. */
export async function recluster(db: Db, affected: Affected): Promise<Rebuilt> {
  const keys = [...affected.keys.keys()].sort();
  const removed = new Set<string>();
  const rows: { row: ClusterRow; members: Member[] }[] = [];

  // Dated events: windows per key.
  const datedKeys = keys.filter((k) => affected.keys.get(k)!.days.size > 0);
  const plans = await planDated(db, affected, datedKeys, removed);
  const byKey = new Map<string, Member[]>();
  for (const m of await datedMembers(db, plans)) push(byKey, m.cluster_key, m);
  for (const p of plans) {
    const members = byKey.get(p.key) ?? [];
    for (const w of p.windows) {
      const group = members.filter((m) => m.day >= w.anchor && m.day <= w.end);
      if (group.length) rows.push({ row: summarize(p.key, group, null), members: group });
    }
  }

  // Undated events: one cluster per key and article.
  const undated = new Set(keys.flatMap((k) => [...affected.keys.get(k)!.undated]));
  for (const part of slices([...undated].sort(), IN_LIST)) {
    const old = await db
      .selectFrom('clusters')
      .select(['id', 'key', 'article_id'])
      .where('article_id', 'in', part)
      .execute();
    for (const c of old)
      if (c.article_id && affected.keys.get(c.key)?.undated.has(c.article_id)) removed.add(c.id);
    const members = await selectMembers(db)
      .where('e.day', '=', '')
      .where('e.article_id', 'in', part)
      .execute();
    const groups = new Map<string, Member[]>();
    for (const m of members) {
      if (affected.keys.get(m.cluster_key)?.undated.has(m.article_id))
        push(groups, `${m.cluster_key}\n${m.article_id}`, asMember(m));
    }
    for (const group of groups.values()) {
      rows.push({ row: summarize(group[0].cluster_key, group, group[0].article_id), members: group });
    }
  }

  for (const part of slices([...removed], IN_LIST))
    await db.deleteFrom('clusters').where('id', 'in', part).execute();
  for (const part of chunks(rows, 18)) {
    await db
      .insertInto('clusters')
      .values(part.map((r) => r.row))
      .execute();
  }
  // Point each event at its cluster, touching only the events whose cluster changed.
  const moves = rows.flatMap((r) =>
    r.members.filter((m) => m.cluster_id !== r.row.id).map((m) => [m.id, r.row.id]),
  );
  for (const part of chunks(moves, 3)) {
    const cases = sql.join(
      part.map(([id, c]) => sql`when ${id} then ${c}`),
      sql` `,
    );
    await db
      .updateTable('events')
      .set({ cluster_id: sql<string>`case id ${cases} end` })
      .where(
        'id',
        'in',
        part.map(([id]) => id),
      )
      .execute();
  }
  return { removed: [...removed], written: rows.map((r) => r.row.id) };
}
