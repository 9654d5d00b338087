// Clustering a whole set of events at once: the reference the incremental store update is
// tested against, and what `rebuild` uses.
import type { ClusterMember, ClusterRow } from './summarize.ts';
import { summarize } from './summarize.ts';
import { windows } from './windows.ts';

export interface KeyedMember extends ClusterMember {
  cluster_key: string;
}

/** Clusters of the members of one key: dated ones by windows, undated ones by article. */
export function clusterKeyMembers(key: string, members: readonly ClusterMember[]): ClusterRow[] {
  const out: ClusterRow[] = [];
  const undated = new Map<string, ClusterMember[]>();
  const dated: ClusterMember[] = [];
  for (const m of members) {
    if (m.day !== '') dated.push(m);
    else undated.set(m.article_id, [...(undated.get(m.article_id) ?? []), m]);
  }
  dated.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const days = [...new Set(dated.map((m) => m.day))];
  let i = 0;
  for (const w of windows(days)) {
    const group: ClusterMember[] = [];
    while (i < dated.length && dated[i].day <= w.end) group.push(dated[i++]);
    out.push(summarize(key, group, null));
  }
  for (const [article, group] of undated) out.push(summarize(key, group, article));
  return out;
}

/** Every cluster of a set of events, keyed by cluster id. */
export function clusterAll(
  members: readonly KeyedMember[],
): Map<string, { row: ClusterRow; events: string[] }> {
  const byKey = new Map<string, KeyedMember[]>();
  for (const m of members) byKey.set(m.cluster_key, [...(byKey.get(m.cluster_key) ?? []), m]);
  const out = new Map<string, { row: ClusterRow; events: string[] }>();
  for (const [key, group] of byKey) {
    for (const row of clusterKeyMembers(key, group)) out.set(row.id, { row, events: [] });
  }
  // Membership: the cluster whose window or article holds the event.
  for (const [, c] of out) {
    for (const m of byKey.get(c.row.key) ?? []) {
      const inside =
        c.row.article_id !== null
          ? m.day === '' && m.article_id === c.row.article_id
          : m.day !== '' && m.day >= c.row.first_date && m.day <= c.row.last_date;
      if (inside) c.events.push(m.id);
    }
    c.events.sort();
  }
  return out;
}
