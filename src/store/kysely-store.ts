// The Store over a kysely database: the same code for both engines, which differ only in
// how they connect (sqlite/open.ts, postgres/open.ts).
import type { Kysely } from 'kysely';
import { locations, network, timeline, topActors } from './queries/aggregates.ts';
import { getArticle, knownArticles, listArticles } from './queries/articles.ts';
import { getCluster, listClusters } from './queries/clusters.ts';
import { countEvents, getEvent, listEvents } from './queries/events.ts';
import { articleAttributes, articleQuotes, listQuotes } from './queries/quotes.ts';
import { errors, runs, stats } from './queries/stats.ts';
import { finishRun, startRun } from './runs.ts';
import type { Database } from './schema.ts';
import { addSources, listSources, storeFeedStates } from './sources.ts';
import type { Engine, Store } from './types.ts';
import { writeBatch } from './write.ts';

export function kyselyStore(
  db: Kysely<Database>,
  engine: Engine,
  location: string,
  close: () => Promise<void>,
): Store {
  return {
    engine,
    location,
    startRun: (info) => startRun(db, info),
    finishRun: (id, summary, status) => finishRun(db, id, summary, status),
    knownArticles: (ids) => knownArticles(db, ids),
    write: (items, errs, runId) => writeBatch(db, items, errs, runId),
    addSources: (articleId, sources) => addSources(db, articleId, sources),
    feedStates: (feedUrls) => storeFeedStates(db, feedUrls),
    article: (id) => getArticle(db, id),
    articles: (filter, page) => listArticles(db, filter, page),
    event: (id) => getEvent(db, id),
    events: (filter, page) => listEvents(db, filter, page),
    countEvents: (filter) => countEvents(db, filter),
    cluster: (id) => getCluster(db, id),
    clusters: (filter, page) => listClusters(db, filter, page),
    actors: (opts) => topActors(db, opts),
    timeline: (req) => timeline(db, req),
    network: (filter, opts) => network(db, filter, opts),
    locations: (filter, limit) => locations(db, filter, limit),
    stats: () => stats(db),
    errors: (opts) => errors(db, opts),
    runs: (limit) => runs(db, limit),
    sources: (articleId) => listSources(db, articleId),
    quotes: (filter, page) => listQuotes(db, filter, page),
    articleQuotes: (articleId) => articleQuotes(db, articleId),
    attributes: (articleId) => articleAttributes(db, articleId),
    close,
  };
}
