// One cluster row from its member events: counts, first seen, representative event, id.
import { createHash } from 'node:crypto';
import { cameoRoot } from './key.ts';

/** What clustering needs to know of a stored event and its article. */
export interface ClusterMember {
  id: string;
  article_id: string;
  /** The event's day (`YYYY-MM-DD`), or '' when neither the event nor its article is dated. */
  day: string;
  source: string;
  target: string;
  cameo: string;
  plover: string | null;
  quad: number | null;
  goldstein: number;
  confidence: number;
  /** Outlet or web domain of the article; null when unknown. */
  domain: string | null;
  published: string | null;
  /** When the article was first stored (ISO 8601). */
  ingested_at: string;
}

export interface ClusterRow {
  id: string;
  key: string;
  source: string;
  target: string;
  root: string;
  cameo: string;
  plover: string | null;
  quad: number | null;
  goldstein: number;
  /** Earliest event day ('' for an undated cluster). */
  first_date: string;
  last_date: string;
  /** When the first of its articles was stored. */
  first_seen: string;
  n_articles: number;
  /** Distinct outlets; articles with no known outlet count as one more. */
  n_sources: number;
  /** Events (mentions) in all its articles. */
  n_events: number;
  representative: string;
  /** The earliest report: by publication date, then article id (never by arrival order). */
  first_article: string;
  /** Set for an undated cluster, which never leaves its article. */
  article_id: string | null;
}

/** The cluster id: from its key and first day, or its key and article when undated. */
export function clusterId(key: string, firstDate: string, articleId: string | null): string {
  const material = ['cluster', key, firstDate, articleId ?? ''].join('\u001f');
  return createHash('sha256').update(material).digest('hex').slice(0, 20);
}

/** Most confident, then earliest, then smallest id: the event that stands for the cluster. */
function better(a: ClusterMember, b: ClusterMember): boolean {
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  if (a.day !== b.day) return a.day < b.day;
  return a.id < b.id;
}

function earlierArticle(a: ClusterMember, b: ClusterMember): boolean {
  const pa = a.published ?? '\uffff';
  const pb = b.published ?? '\uffff';
  if (pa !== pb) return pa < pb;
  return a.article_id < b.article_id;
}

export function summarize(
  key: string,
  members: readonly ClusterMember[],
  articleId: string | null,
): ClusterRow {
  if (members.length === 0) throw new Error(`cluster ${key}: no members`);
  let rep = members[0];
  let first = members[0];
  let firstDate = members[0].day;
  let lastDate = members[0].day;
  let firstSeen = members[0].ingested_at;
  const articles = new Set<string>();
  const domains = new Set<string>();
  let unknownDomain = false;
  for (const m of members) {
    if (better(m, rep)) rep = m;
    if (earlierArticle(m, first)) first = m;
    if (m.day < firstDate) firstDate = m.day;
    if (m.day > lastDate) lastDate = m.day;
    if (m.ingested_at < firstSeen) firstSeen = m.ingested_at;
    if (articles.has(m.article_id)) continue;
    articles.add(m.article_id);
    if (m.domain) domains.add(m.domain);
    else unknownDomain = true;
  }
  return {
    id: clusterId(key, firstDate, articleId),
    key,
    source: rep.source,
    target: rep.target,
    root: cameoRoot(rep.cameo),
    cameo: rep.cameo,
    plover: rep.plover,
    quad: rep.quad,
    goldstein: rep.goldstein,
    first_date: firstDate,
    last_date: lastDate,
    first_seen: firstSeen,
    n_articles: articles.size,
    n_sources: domains.size + (unknownDomain ? 1 : 0),
    n_events: members.length,
    representative: rep.id,
    first_article: first.article_id,
    article_id: articleId,
  };
}
