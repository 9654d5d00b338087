// Counts over events: top actors, a dyad's timeline, network edges, places.
import { type Kysely, sql } from 'kysely';
import { addDays } from '../../cluster/index.ts';
import type { Database } from '../schema.ts';
import type {
  ActorCount,
  Edge,
  EventFilter,
  LocationCount,
  QuadCounts,
  TimelinePoint,
  TimelineRequest,
} from '../types.ts';
import { containsPattern, eventWhere } from './filter.ts';

const quadSum = (q: number) => sql<number>`sum(case when quad = ${sql.lit(q)} then 1 else 0 end)`;
const quads = (r: { q1: unknown; q2: unknown; q3: unknown; q4: unknown }): QuadCounts => ({
  1: Number(r.q1),
  2: Number(r.q2),
  3: Number(r.q3),
  4: Number(r.q4),
});

export async function topActors(
  db: Kysely<Database>,
  opts: { q?: string; filter?: EventFilter; limit?: number } = {},
): Promise<ActorCount[]> {
  const side = (code: 'source' | 'target', name: 'source_name' | 'target_name', s: number) =>
    db
      .selectFrom('events')
      .where((eb) => eventWhere(eb, opts.filter))
      .select([
        `${code} as code`,
        `${name} as name`,
        sql<number>`${sql.lit(s)}`.as('s'),
        sql<number>`${sql.lit(1 - s)}`.as('t'),
      ]);
  let q = db
    .selectFrom(
      side('source', 'source_name', 1)
        .unionAll(side('target', 'target_name', 0))
        .as('x'),
    )
    .select((eb) => [
      'code',
      eb.fn.max('name').as('name'),
      eb.fn.countAll().as('events'),
      eb.fn.sum<number>('s').as('as_source'),
      eb.fn.sum<number>('t').as('as_target'),
    ])
    .groupBy('code');
  if (opts.q) {
    const text = opts.q;
    q = q.having((eb) =>
      eb.or([
        eb('code', 'like', `${text.toUpperCase().replace(/[^A-Z0-9-]/g, '')}%`),
        sql<boolean>`lower(max(name)) like ${containsPattern(text)} escape '!'`,
      ]),
    );
  }
  const rows = await q
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('code')
    .limit(opts.limit ?? 50)
    .execute();
  return rows.map((r) => ({
    code: r.code,
    name: r.name ?? null,
    events: Number(r.events),
    as_source: Number(r.as_source),
    as_target: Number(r.as_target),
  }));
}

/** Monday of the ISO week holding `day`. */
export function weekOf(day: string): string {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

export async function timeline(db: Kysely<Database>, req: TimelineRequest): Promise<TimelinePoint[]> {
  const both = req.both ?? true;
  const rows = await db
    .selectFrom('events')
    .where((eb) => eventWhere(eb, req.filter))
    .where('day', '<>', '')
    .where((eb) => {
      const match = (side: 'source' | 'target', code: string) =>
        code.length === 3 ? eb(`${side}_country`, '=', code) : eb(side, '=', code);
      const forward = eb.and([match('source', req.source), match('target', req.target)]);
      if (!both) return forward;
      return eb.or([forward, eb.and([match('source', req.target), match('target', req.source)])]);
    })
    .select((eb) => [
      'day',
      eb.fn.countAll().as('n'),
      eb.fn.sum<number>('goldstein').as('g'),
      quadSum(1).as('q1'),
      quadSum(2).as('q2'),
      quadSum(3).as('q3'),
      quadSum(4).as('q4'),
    ])
    .groupBy('day')
    .orderBy('day')
    .execute();
  const out = new Map<string, { events: number; g: number; quads: QuadCounts }>();
  for (const r of rows) {
    const period = req.bucket === 'week' ? weekOf(r.day) : r.day;
    const p = out.get(period) ?? { events: 0, g: 0, quads: { 1: 0, 2: 0, 3: 0, 4: 0 } };
    const qs = quads(r);
    p.events += Number(r.n);
    p.g += Number(r.g);
    for (const k of [1, 2, 3, 4] as const) p.quads[k] += qs[k];
    out.set(period, p);
  }
  return [...out].map(([period, p]) => ({
    period,
    events: p.events,
    quads: p.quads,
    goldstein: Math.round((p.g / p.events) * 100) / 100,
  }));
}

export async function network(
  db: Kysely<Database>,
  filter: EventFilter = {},
  opts: { limit?: number; minEvents?: number } = {},
): Promise<Edge[]> {
  const rows = await db
    .selectFrom('events')
    .where((eb) => eventWhere(eb, filter))
    .select((eb) => [
      'source',
      'target',
      eb.fn.countAll().as('n'),
      eb.fn.avg<number>('goldstein').as('g'),
      quadSum(1).as('q1'),
      quadSum(2).as('q2'),
      quadSum(3).as('q3'),
      quadSum(4).as('q4'),
    ])
    .groupBy(['source', 'target'])
    .having(sql`count(*)`, '>=', opts.minEvents ?? 1)
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('source')
    .orderBy('target')
    .limit(opts.limit ?? 500)
    .execute();
  return rows.map((r) => ({
    source: r.source,
    target: r.target,
    events: Number(r.n),
    goldstein: Math.round(Number(r.g) * 100) / 100,
    quads: quads(r),
  }));
}

export async function locations(
  db: Kysely<Database>,
  filter: EventFilter = {},
  limit = 100,
): Promise<LocationCount[]> {
  const rows = await db
    .selectFrom('events')
    .where((eb) => eventWhere(eb, filter))
    .where('location', 'is not', null)
    .select((eb) => [
      'location',
      eb.fn.countAll().as('n'),
      eb.fn.min('day').as('first'),
      eb.fn.max('day').as('last'),
    ])
    .groupBy('location')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('location')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    location: r.location as string,
    events: Number(r.n),
    first_day: r.first,
    last_day: r.last,
  }));
}
