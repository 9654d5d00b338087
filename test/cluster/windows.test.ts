// Windows: the cut of one key's days into clusters, and its incremental rebuild.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { addDays, type Window, windows, windowsToRebuild } from '../../src/cluster/index.ts';

const day = (n: number) => addDays('2025-01-01', n);

test('windows take the earliest free day and the two after it', () => {
  const days = [0, 1, 2, 3, 5, 9, 10].map(day);
  assert.deepEqual(
    windows(days).map((w) => [w.anchor, w.end]),
    [
      [day(0), day(2)],
      [day(3), day(5)],
      [day(9), day(11)],
    ],
  );
  assert.deepEqual(windows([]), []);
});

test('windows cross month and year ends', () => {
  assert.deepEqual(
    windows(['2024-12-31', '2025-01-02', '2025-01-03']).map((w) => w.anchor),
    ['2024-12-31', '2025-01-03'],
  );
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
});

/** What the store does: keep old windows before `start` and from `until` on, rebuild between. */
function incremental(oldDays: Set<number>, newDays: Set<number>, changed: number[]): Window[] {
  const old = windows([...oldDays].sort((a, b) => a - b).map(day));
  const lo = day(Math.min(...changed));
  const hi = day(Math.max(...changed));
  const before = old.filter((w) => w.anchor <= lo);
  const start = before.at(-1)?.anchor ?? '0000-00-00';
  const current = [...newDays]
    .sort((a, b) => a - b)
    .map(day)
    .filter((d) => d >= start);
  const plan = windowsToRebuild(
    current,
    new Set(old.filter((w) => w.anchor >= start).map((w) => w.anchor)),
    hi,
  );
  return [
    ...old.filter((w) => w.anchor < start),
    ...plan.windows,
    ...(plan.until ? old.filter((w) => w.anchor >= plan.until!) : []),
  ];
}

test('rebuilding only around the changed days gives the same cut as starting over', () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 30 }),
      fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 5 }),
      fc.boolean(),
      (base, change, remove) => {
        const oldDays = new Set(base);
        const newDays = new Set(base);
        for (const c of change) {
          if (remove) newDays.delete(c);
          else newDays.add(c);
        }
        const expected = windows([...newDays].sort((a, b) => a - b).map(day));
        assert.deepEqual(incremental(oldDays, newDays, change), expected);
      },
    ),
    { numRuns: 500 },
  );
});
