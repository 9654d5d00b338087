// Text cut at every span boundary, each piece with the roles of the spans covering it, so
// overlapping spans (a verb pattern that contains its target) highlight without nesting.
import type { Role } from '../types.ts';

export interface Mark {
  start: number;
  end: number;
  role: Role;
  /** The event a span belongs to, when the text holds several events. */
  event?: string;
}

export interface Segment {
  start: number;
  end: number;
  roles: Role[];
  events: string[];
}

/** Cuts `[0, length)` at every span boundary; each piece knows the spans covering it. */
export function segments(length: number, marks: readonly Mark[]): Segment[] {
  const cuts = new Set([0, length]);
  for (const m of marks) {
    if (m.end <= m.start) continue;
    cuts.add(Math.max(0, Math.min(length, m.start)));
    cuts.add(Math.max(0, Math.min(length, m.end)));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const covering = marks.filter((m) => m.start <= start && m.end >= end);
    out.push({
      start,
      end,
      roles: [...new Set(covering.map((m) => m.role))],
      events: [...new Set(covering.flatMap((m) => (m.event ? [m.event] : [])))],
    });
  }
  return out;
}
