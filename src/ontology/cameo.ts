// CAMEO event codes with their Goldstein value, PLOVER type/mode/contexts and quad classes.
// The table is cameo.tsv beside this file (our own wording; see its header comment).
import { readFileSync } from 'node:fs';

// ---------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------

export type PloverType =
  | 'AGREE'
  | 'CONSULT'
  | 'SUPPORT'
  | 'CONCEDE'
  | 'COOPERATE'
  | 'AID'
  | 'RETREAT'
  | 'REQUEST'
  | 'ACCUSE'
  | 'REJECT'
  | 'THREATEN'
  | 'PROTEST'
  | 'SANCTION'
  | 'MOBILIZE'
  | 'COERCE'
  | 'ASSAULT';

/** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type Quad = 1 | 2 | 3 | 4;

export interface CameoCode {
  code: string;
  /** Two-digit cue category ('04' for '042'). */
  root: string;
  name: string;
  goldstein: number;
  plover: PloverType | null;
  mode: string | null;
  contexts: string[];
}

// ---------------------------------------------------------------------------
// PLOVER types and their quad classes
// ---------------------------------------------------------------------------

const PLOVER_QUAD: Record<PloverType, Quad> = {
  AGREE: 1,
  CONSULT: 1,
  SUPPORT: 1,
  CONCEDE: 1,
  COOPERATE: 2,
  AID: 2,
  RETREAT: 2,
  REQUEST: 3,
  ACCUSE: 3,
  REJECT: 3,
  THREATEN: 3,
  PROTEST: 4,
  SANCTION: 4,
  MOBILIZE: 4,
  COERCE: 4,
  ASSAULT: 4,
};

export const PLOVER_TYPES: readonly PloverType[] = Object.freeze(Object.keys(PLOVER_QUAD) as PloverType[]);

/** PLOVER 0.5 names still found in older data and gold files. */
const LEGACY_PLOVER: Record<string, PloverType> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
};

function isPloverType(s: string): s is PloverType {
  return Object.hasOwn(PLOVER_QUAD, s);
}

/** Current PLOVER type for a name, old or new, any case; null when unknown. */
export function normalizePlover(name: string): PloverType | null {
  const n = name.trim().toUpperCase();
  if (isPloverType(n)) return n;
  return LEGACY_PLOVER[n] ?? null;
}

/** PLOVER/ICEWS quad class of a PLOVER type. */
export function ploverQuad(type: PloverType): Quad {
  return PLOVER_QUAD[type];
}

// ---------------------------------------------------------------------------
// Loading cameo.tsv (once, on first use)
// ---------------------------------------------------------------------------

let table: Map<string, CameoCode> | undefined;
let list: readonly CameoCode[] = [];

function parse(text: string): Map<string, CameoCode> {
  const out = new Map<string, CameoCode>();
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line === '' || line.startsWith('#') || line.startsWith('code\t')) return;
    const where = `cameo.tsv line ${i + 1}`;
    const cols = line.split('\t');
    if (cols.length !== 6) throw new Error(`${where}: expected 6 columns, got ${cols.length}`);
    const [code, name, goldstein, plover, mode, contexts] = cols;
    if (!/^(0[1-9]|1\d|20)\d{0,2}$/.test(code)) throw new Error(`${where}: bad code ${code}`);
    if (out.has(code)) throw new Error(`${where}: duplicate code ${code}`);
    const g = Number(goldstein);
    if (goldstein === '' || !Number.isFinite(g)) throw new Error(`${where}: bad Goldstein ${goldstein}`);
    if (plover !== '' && !isPloverType(plover)) throw new Error(`${where}: bad PLOVER ${plover}`);
    out.set(code, {
      code,
      root: code.slice(0, 2),
      name,
      goldstein: g,
      plover: plover === '' ? null : (plover as PloverType),
      mode: mode === '' ? null : mode,
      contexts: contexts === '' ? [] : contexts.split(',').map((c) => c.trim()),
    });
  });
  return out;
}

function load(): Map<string, CameoCode> {
  if (!table) {
    table = parse(readFileSync(new URL('./cameo.tsv', import.meta.url), 'utf8'));
    for (const c of table.values()) {
      Object.freeze(c.contexts);
      Object.freeze(c);
    }
    list = Object.freeze([...table.values()]);
  }
  return table;
}

// ---------------------------------------------------------------------------
// Lookups
// ---------------------------------------------------------------------------

/** The entry for an exact CAMEO code ('042', not '42'). */
export function cameo(code: string): CameoCode | undefined {
  return load().get(code);
}

export function isCameoCode(code: string): boolean {
  return load().has(code);
}

/** Every code, in table order (root, then its 3- and 4-digit codes). */
export function allCameoCodes(): readonly CameoCode[] {
  load();
  return list;
}

function rootNumber(code: string): number | null {
  return isCameoCode(code) ? Number(code.slice(0, 2)) : null;
}

/** PLOVER/ICEWS grouping by root: 01-05 → 1, 06-08 → 2, 09-13 → 3, 14-20 → 4. */
export function cameoQuad(code: string): Quad | null {
  const r = rootNumber(code);
  if (r === null) return null;
  return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
}

/** GDELT QuadClass by root: 01-05 → 1, 06-09 → 2, 10-14 → 3, 15-20 → 4. */
export function gdeltQuad(code: string): Quad | null {
  const r = rootNumber(code);
  if (r === null) return null;
  return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
}

/** CAMEO roots of military force (fight, mass violence, assault): "attack", "shelling", "massacre". */
export const FORCE_ROOTS: ReadonlySet<string> = new Set(['18', '19', '20']);
