/**
 * Scores events against gold exactly as shared/ANNOTATION.md and its reference scorer
 * (shared/tools/score.py) do: per article, distinct directed triples (a symmetric event
 * stands for both directions, every CONSULT is symmetric in the plover and dyad-quad
 * views), greedy one-to-one matching with `---`/missing gold actors as wildcards and a
 * 3-letter gold code matching any sector of that country; micro-averaged.
 */
export type View = 'plover' | 'dyad-quad' | 'cameo-root' | 'cameo';
export const VIEWS: readonly View[] = ['plover', 'dyad-quad', 'cameo-root', 'cameo'];

export interface ScoredEvent {
  source?: string | null;
  target?: string | null;
  plover?: string | null;
  cameo?: string | null;
  code?: string | null;
  symmetric?: boolean;
}

export interface GoldRecord {
  id: string;
  text?: string;
  date?: string | null;
  events: ScoredEvent[];
}

export type Triple = [string, string, string];

const QUAD: Record<string, number> = {};
for (const t of ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE']) QUAD[t] = 1;
for (const t of ['COOPERATE', 'AID', 'RETREAT']) QUAD[t] = 2;
for (const t of ['REQUEST', 'ACCUSE', 'REJECT', 'THREATEN']) QUAD[t] = 3;
for (const t of ['PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']) QUAD[t] = 4;
const CAMEO_QUAD: Record<string, number> = {
  '06': 2,
  '07': 2,
  '08': 2,
  '14': 4,
  '15': 4,
  '16': 3,
  '17': 4,
  '18': 4,
  '19': 4,
  '20': 4,
};
for (let i = 1; i <= 5; i++) CAMEO_QUAD[String(i).padStart(2, '0')] = 1;
for (let i = 9; i <= 13; i++) CAMEO_QUAD[String(i).padStart(2, '0')] = 3;

/** The quad class of a CAMEO code's root, as shared/tools/score.py has it (root 16 is verbal conflict), or undefined. */
export function cameoQuadClass(cameo: string): number | undefined {
  return CAMEO_QUAD[cameo.slice(0, 2)];
}
const LEGACY: Record<string, string> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
};

export function normActor(code: string | null | undefined): string {
  let c = (code ?? '').trim().toUpperCase();
  if (c.startsWith('IGO') && c.length >= 6) c = c.slice(3);
  return c;
}

export function actorMatch(gold: string, sys: string): boolean {
  if (!gold || gold === '---') return true;
  return sys === gold || (gold.length === 3 && sys.slice(0, 3) === gold);
}

/** Reduces an event to the key compared in one view (undefined when it has none there). */
export function viewKey(ev: ScoredEvent, view: View): [string, string, string, boolean] | undefined {
  let src = normActor(ev.source);
  let tgt = normActor(ev.target);
  let cameo = String(ev.cameo || ev.code || '');
  let plover = typeof ev.plover === 'string' ? ev.plover.toUpperCase() : '';
  plover = LEGACY[plover] ?? plover;
  if (!ev.plover && cameo && !/^\d/.test(cameo)) {
    plover = LEGACY[cameo.toUpperCase()] ?? cameo.toUpperCase();
    cameo = '';
  }
  const sym = !!ev.symmetric || ((view === 'plover' || view === 'dyad-quad') && plover === 'CONSULT');
  let key: string | number | undefined;
  if (view === 'plover') key = plover || undefined;
  else if (view === 'cameo-root') key = cameo.slice(0, 2) || undefined;
  else if (view === 'cameo') key = cameo || undefined;
  else {
    key = QUAD[plover] ?? cameoQuadClass(cameo);
    src = src.slice(0, 3);
    tgt = tgt.slice(0, 3);
  }
  if (key === undefined) return undefined;
  return [src, tgt, String(key), sym];
}

/** Distinct directed triples; a symmetric event stands for both directions. */
export function dedupe(keys: readonly [string, string, string, boolean][]): Triple[] {
  const out: Triple[] = [];
  const seen = new Set<string>();
  for (const [s, t, k, sym] of keys) {
    const dirs: Triple[] = sym
      ? [
          [s, t, k],
          [t, s, k],
        ]
      : [[s, t, k]];
    for (const d of dirs) {
      const id = d.join('\u0000');
      if (!seen.has(id)) {
        seen.add(id);
        out.push(d);
      }
    }
  }
  return out;
}

/** Greedy one-to-one matching; returns the index pairs [gold, system]. */
export function matchTriples(gold: readonly Triple[], system: readonly Triple[]): [number, number][] {
  const used = new Set<number>();
  const pairs: [number, number][] = [];
  gold.forEach((g, gi) => {
    for (let i = 0; i < system.length; i++) {
      const s = system[i];
      if (used.has(i) || s[2] !== g[2]) continue;
      if (actorMatch(g[0], s[0]) && actorMatch(g[1], s[1])) {
        used.add(i);
        pairs.push([gi, i]);
        break;
      }
    }
  });
  return pairs;
}

export interface ViewScore {
  view: View;
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
  exact_records: number;
  records: number;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function triplesOf(events: readonly ScoredEvent[], view: View): Triple[] {
  return dedupe(
    events.map((e) => viewKey(e, view)).filter((k): k is [string, string, string, boolean] => !!k),
  );
}

export function score(
  gold: readonly GoldRecord[],
  byArticle: ReadonlyMap<string, readonly ScoredEvent[]>,
  view: View,
): ViewScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let exact = 0;
  for (const row of gold) {
    const g = triplesOf(row.events ?? [], view);
    const s = triplesOf(byArticle.get(String(row.id)) ?? [], view);
    const t = matchTriples(g, s).length;
    tp += t;
    fp += s.length - t;
    fn += g.length - t;
    if (t === g.length && t === s.length) exact++;
  }
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return {
    view,
    precision: round3(p),
    recall: round3(r),
    f1: round3(f),
    tp,
    fp,
    fn,
    exact_records: exact,
    records: gold.length,
  };
}
