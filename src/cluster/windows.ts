// How the dated events of one key are cut into clusters.
//
// A cluster spans at most WINDOW_DAYS days: it starts at the earliest day not yet taken and
// takes every event up to two days later, so each member is within ±1 day of the middle
// day. The cut is a function of the set of days alone (never of the order events arrived
// in), and unlike linking every pair within a day it cannot chain a dyad that is in the
// news every day into one cluster spanning months.
import { addDays } from './days.ts';

export const WINDOW_DAYS = 3;

export interface Window {
  /** First day of the cluster (the earliest day of its events). */
  anchor: string;
  /** Last day the window may hold (anchor + 2). */
  end: string;
}

/** Windows over sorted, distinct days. */
export function windows(days: readonly string[]): Window[] {
  const out: Window[] = [];
  for (const day of days) {
    const last = out.at(-1);
    if (last && day <= last.end) continue;
    out.push({ anchor: day, end: addDays(day, WINDOW_DAYS - 1) });
  }
  return out;
}

/**
 * The windows to rebuild after the days in [lo, hi] changed, given the days of the key from
 * `start` on (sorted, distinct; `start` is the last old anchor on or before `lo`, or the first
 * day) and the old anchors from `start` on. Rebuilding stops at the first new anchor after
 * `hi` that was already an anchor: from there on the cut is the same as before. `until` is
 * that anchor (exclusive), or null when everything from `start` on is rebuilt.
 */
export function windowsToRebuild(
  days: readonly string[],
  oldAnchors: ReadonlySet<string>,
  hi: string,
): { windows: Window[]; until: string | null } {
  const out: Window[] = [];
  for (const w of windows(days)) {
    if (w.anchor > hi && oldAnchors.has(w.anchor)) return { windows: out, until: w.anchor };
    out.push(w);
  }
  return { windows: out, until: null };
}
