// Running async work a few at a time while handing results on in input order.

/**
 * Maps `items` through `fn` with at most `limit` calls in flight; yields each item's
 * results in the order of the items. `fn` must not throw.
 */
export async function* mapOrdered<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  let next = 0;
  const fill = () => {
    while (next < items.length && pending.length < Math.max(1, limit)) pending.push(fn(items[next++]));
  };
  fill();
  while (pending.length > 0) {
    const r = await pending.shift()!;
    fill();
    yield r;
  }
}
