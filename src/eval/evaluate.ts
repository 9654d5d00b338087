import type { Coder } from '../coder/index.ts';
import { type Event, withGroupCodes } from '../model/index.ts';
import {
  type GoldRecord,
  matchTriples,
  type ScoredEvent,
  score,
  type Triple,
  triplesOf,
  type View,
  type ViewScore,
} from './score.ts';

export interface Miss {
  record: string;
  kind: 'missed' | 'spurious';
  triple: Triple;
  text: string;
  /** For spurious triples: the rule that fired and its evidence. */
  rule?: string;
  evidence?: string;
}

export interface EvalReport {
  scores: ViewScore[];
  /** gold type → system type → count, over dyads both coded (plover view). */
  confusion: Record<string, Record<string, number>>;
  misses: Miss[];
  events: Event[];
}

/** Codes every gold record's text and scores the events in each view. */
export function evaluate(
  coder: Coder,
  gold: readonly GoldRecord[],
  views: readonly View[],
  opts: { minConfidence?: number; groupCodes?: boolean } = {},
): EvalReport {
  const byArticle = new Map<string, Event[]>();
  const all: Event[] = [];
  for (const row of gold) {
    const article = {
      id: String(row.id),
      text: row.text ?? '',
      lang: 'en',
      ...(row.date ? { published: row.date } : {}),
    };
    let events = coder.code(article).events.filter((e) => e.confidence >= (opts.minConfidence ?? 0));
    if (opts.groupCodes) events = events.map(withGroupCodes);
    byArticle.set(article.id, events);
    all.push(...events);
  }
  const scores = views.map((v) => score(gold, byArticle, v));
  const confusion: Record<string, Record<string, number>> = {};
  const misses: Miss[] = [];
  const view = views[0] ?? 'plover';
  for (const row of gold) {
    const sys = byArticle.get(String(row.id)) ?? [];
    const g = triplesOf(row.events ?? [], view);
    const s = triplesOf(sys as ScoredEvent[], view);
    const pairs = matchTriples(g, s);
    const gm = new Set(pairs.map((p) => p[0]));
    const sm = new Set(pairs.map((p) => p[1]));
    const text = row.text ?? '';
    g.forEach((t, i) => {
      if (!gm.has(i)) misses.push({ record: String(row.id), kind: 'missed', triple: t, text });
    });
    s.forEach((t, i) => {
      if (sm.has(i)) return;
      const ev = sys.find(
        (e) => (e.source === t[0] && e.target === t[1]) || (e.source === t[1] && e.target === t[0]),
      );
      misses.push({
        record: String(row.id),
        kind: 'spurious',
        triple: t,
        text,
        rule: ev?.rule,
        evidence: ev?.evidence[0]?.text,
      });
    });
    // confusion over dyads present in both (types compared whatever they are)
    const gp = triplesOf(row.events ?? [], 'plover');
    const sp = triplesOf(sys as ScoredEvent[], 'plover');
    for (const gt of gp) {
      const same = sp.filter((st) => sameDyad(gt, st));
      confusion[gt[2]] ??= {};
      const row2 = confusion[gt[2]];
      if (same.length === 0) row2['(none)'] = (row2['(none)'] ?? 0) + 1;
      for (const st of same) row2[st[2]] = (row2[st[2]] ?? 0) + 1;
    }
  }
  return { scores, confusion, misses, events: all };
}

function sameDyad(g: Triple, s: Triple): boolean {
  const m = (a: string, b: string) => !a || a === '---' || a === b || (a.length === 3 && b.slice(0, 3) === a);
  return m(g[0], s[0]) && m(g[1], s[1]);
}
