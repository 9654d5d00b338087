// What `dyad watch` remembers between polls: each feed's ETag and Last-Modified (for
// conditional GET) and the items already read, so only new items are fetched and coded.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

export interface ItemState {
  /** When the item was last tried (ISO time). */
  at: string;
  ok: boolean;
  tries: number;
}

export interface FeedState {
  etag?: string;
  lastModified?: string;
  polledAt?: string;
  items: Record<string, ItemState>;
}

export interface FeedStates {
  /** The state of one feed (created empty on first use); changes are kept in memory. */
  get(feedUrl: string): FeedState;
  /** Writes the states out; call after the articles they describe are stored. */
  save(): Promise<void>;
}

/** An item is read again until it succeeds or has failed this many times. */
export const MAX_ITEM_TRIES = 3;
/** Items remembered per feed; feeds list their newest items, so older keys can go. */
const MAX_ITEMS = 5000;

export function shouldRead(state: FeedState | undefined, key: string): boolean {
  const s = state?.items[key];
  return !s || (!s.ok && s.tries < MAX_ITEM_TRIES);
}

export function markItem(state: FeedState | undefined, key: string, ok: boolean): void {
  if (!state) return;
  const prev = state.items[key];
  state.items[key] = { at: new Date().toISOString(), ok, tries: (prev?.tries ?? 0) + 1 };
}

function prune(state: FeedState): void {
  const keys = Object.keys(state.items);
  if (keys.length <= MAX_ITEMS) return;
  keys.sort((a, b) => (state.items[a].at < state.items[b].at ? -1 : 1));
  for (const k of keys.slice(0, keys.length - MAX_ITEMS)) delete state.items[k];
}

export function memoryFeedStates(initial: Record<string, FeedState> = {}): FeedStates & {
  all: Record<string, FeedState>;
} {
  const all = initial;
  return {
    all,
    get(url) {
      all[url] ??= { items: {} };
      return all[url];
    },
    async save() {
      for (const s of Object.values(all)) prune(s);
    },
  };
}

/** States kept in a JSON file, replaced atomically on save. */
export function fileFeedStates(path: string): FeedStates {
  let initial: Record<string, FeedState> = {};
  try {
    initial = JSON.parse(readFileSync(path, 'utf8')) as Record<string, FeedState>;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const mem = memoryFeedStates(initial);
  return {
    get: mem.get,
    async save() {
      await mem.save();
      const tmp = `${path}.tmp`;
      writeFileSync(tmp, `${JSON.stringify(mem.all)}\n`);
      renameSync(tmp, path);
    },
  };
}
