// Every matching row of the store, page by page, oldest first.
import type { Cluster, ClusterFilter, EventFilter, Store, StoredEvent } from '../store/index.ts';

const PAGE = 1000;

export async function* allEvents(store: Store, filter: EventFilter): AsyncGenerator<StoredEvent[]> {
  let cursor: string | null = null;
  do {
    const page = await store.events(filter, { limit: PAGE, cursor, order: 'asc' });
    if (page.items.length) yield page.items;
    cursor = page.next;
  } while (cursor);
}

export async function* allClusters(store: Store, filter: ClusterFilter): AsyncGenerator<Cluster[]> {
  let cursor: string | null = null;
  do {
    const page = await store.clusters(filter, { limit: PAGE, cursor, order: 'asc' });
    if (page.items.length) yield page.items;
    cursor = page.next;
  } while (cursor);
}
