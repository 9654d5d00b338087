// A dyad's events in both directions (A→B and B→A) as one keyset-paginated list. The store
// pages one filter at a time, so this pages both and merges them by (day, id). The cursor
// holds each direction's store cursor; when a page takes only part of one direction's
// items, one more store call with that count yields the store's cursor after them.
import { DyadError } from '../errors.ts';
import type { EventFilter, Page, PageRequest, Store, StoredEvent } from '../store/index.ts';

/** Where one direction stands: not started (null), at a store cursor, or done. */
type Side = string | null | false;

function encode(sides: [Side, Side]): string {
  return Buffer.from(JSON.stringify(sides)).toString('base64url');
}

function decode(cursor: string): [Side, Side] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const ok = (s: unknown) => s === null || s === false || typeof s === 'string';
    if (Array.isArray(v) && v.length === 2 && ok(v[0]) && ok(v[1])) return [v[0], v[1]];
  } catch {}
  throw new DyadError('DYAD_E_INPUT', `bad page cursor "${cursor}"`);
}

export async function dyadEvents(
  store: Store,
  filter: EventFilter,
  a: string,
  b: string,
  page: PageRequest,
): Promise<Page<StoredEvent>> {
  const limit = Math.min(10_000, Math.max(1, page.limit ?? 100));
  const desc = page.order !== 'asc';
  const sides = page.cursor ? decode(page.cursor) : ([null, null] as [Side, Side]);
  const filters = [
    { ...filter, source: a, target: b },
    { ...filter, source: b, target: a },
  ];
  const pages = await Promise.all(
    filters.map((f, i) =>
      sides[i] === false
        ? { items: [], next: null }
        : store.events(f, { limit, cursor: sides[i] as string | null, order: page.order }),
    ),
  );
  const tagged = await Promise.all(
    pages.flatMap((p, side) => p.items.map(async (e) => ({ e, side, day: await dayOf(store, e) }))),
  );
  tagged.sort((x, y) => {
    const c = cmp(x.day, y.day) || cmp(x.e.id, y.e.id);
    return desc ? -c : c;
  });
  const taken = tagged.slice(0, limit);
  const next: [Side, Side] = [false, false];
  for (const side of [0, 1]) {
    const p = pages[side];
    const used = taken.filter((t) => t.side === side).length;
    if (sides[side] === false) next[side] = false;
    else if (used === p.items.length) next[side] = p.next ?? false;
    else if (used === 0) next[side] = sides[side];
    else {
      const partial = await store.events(filters[side], {
        limit: used,
        cursor: sides[side] as string | null,
        order: page.order,
      });
      next[side] = partial.next ?? false;
    }
  }
  const done = next[0] === false && next[1] === false;
  return { items: taken.map((t) => t.e), next: done ? null : encode(next) };
}

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** The store orders by (day, id): an event's day is its date, else its article's date. */
async function dayOf(store: Store, e: StoredEvent): Promise<string> {
  if (e.date) return e.date;
  return (await store.event(e.id))?.article.published ?? '';
}
