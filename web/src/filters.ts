// The dashboard's filters: kept in the URL hash (so a view can be bookmarked and shared)
// and turned into API query strings.
export interface Filters {
  from: string;
  to: string;
  /** First actor (a code: PAK, PAKGOV). */
  a: string;
  /** Second actor: with `a`, the dyad in both directions. */
  b: string;
  country: string;
  plover: string;
  quad: string;
  q: string;
}

export const EMPTY: Filters = { from: '', to: '', a: '', b: '', country: '', plover: '', quad: '', q: '' };

const KEYS = Object.keys(EMPTY) as (keyof Filters)[];

export function parseFilters(params: URLSearchParams): Filters {
  const f = { ...EMPTY };
  for (const k of KEYS) f[k] = params.get(k)?.trim() ?? '';
  return f;
}

export function filtersQuery(f: Filters): string {
  const p = new URLSearchParams();
  for (const k of KEYS) if (f[k]) p.set(k, f[k]);
  return p.toString();
}

/** Query parameters of the event routes (/events, /network, /map) for these filters. */
export function apiParams(
  f: Filters,
  extra: Record<string, string | number | undefined> = {},
): URLSearchParams {
  const p = new URLSearchParams();
  const set = (k: string, v: string | number | undefined) => {
    if (v !== undefined && v !== '') p.set(k, String(v));
  };
  set('from', f.from);
  set('to', f.to);
  if (f.a && f.b) {
    set('source', f.a.toUpperCase());
    set('target', f.b.toUpperCase());
    set('both', 'true');
  } else set('actor', (f.a || f.b).toUpperCase());
  set('country', f.country.toUpperCase());
  set('plover', f.plover);
  set('quad', f.quad);
  set('q', f.q);
  for (const [k, v] of Object.entries(extra)) set(k, v);
  return p;
}

export const PLOVER = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
];

export const QUADS: Record<string, string> = {
  '1': 'verbal cooperation',
  '2': 'material cooperation',
  '3': 'verbal conflict',
  '4': 'material conflict',
};
