// GDELT 2.0 event table rows: one per cluster (one real-world event), 61 tab-separated
// fields in GDELT's order, no header, as GDELT ships its *.export.CSV files.
import { gdeltQuad } from '../ontology/index.ts';
import type { ArticleSummary, Cluster, StoredEvent } from '../store/index.ts';
import { gdeltActor } from './cameo-codes.ts';
import { countryGeo, type Geo, NO_GEO, placeGeo } from './geo.ts';

export const GDELT_COLUMNS = 61;

/** GDELT's numeric id, from the cluster id (52 bits: exact in a double, stable across runs). */
export function globalEventId(clusterId: string): number {
  return Number.parseInt(clusterId.slice(0, 13), 16);
}

/** YYYY.FFFF with FFFF = ((month - 1) * 30 + day) / 365, GDELT's approximation. */
export function fractionDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return (y + ((m - 1) * 30 + d) / 365).toFixed(4);
}

/** YYYYMMDDHHMMSS (UTC) of the 15-minute batch holding an ISO time. */
export function dateAdded(iso: string): string {
  const t = new Date(iso);
  t.setUTCMinutes(t.getUTCMinutes() - (t.getUTCMinutes() % 15), 0, 0);
  return t.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/[\t\r\n]+/g, ' ').trim();
const float = (n: number | null) => (n === null ? '' : String(n));
const goldstein = (g: number) => (Number.isInteger(g) ? g.toFixed(1) : String(g));

function actorFields(code: string, name: string | null, group: string | null): string[] {
  const a = gdeltActor(code, group);
  return [a.code, clean(name).toUpperCase(), a.country, a.knownGroup, a.ethnic, a.religion, '', ...a.types];
}

function geoFields(g: Geo): string[] {
  return [
    String(g.type),
    clean(g.fullName),
    g.country,
    g.adm1,
    g.adm2,
    float(g.lat),
    float(g.long),
    g.featureId,
  ];
}

function actorGeo(code: string): Geo {
  const a = gdeltActor(code);
  return a.country ? countryGeo(a.country) : NO_GEO;
}

export interface GdeltInput {
  cluster: Cluster;
  /** The cluster's representative event. */
  event: StoredEvent;
  /** Its first report (for SOURCEURL). */
  first: ArticleSummary | null;
}

export function gdeltFields({ cluster, event, first }: GdeltInput): string[] {
  const day = event.date || cluster.first_date || cluster.first_seen.slice(0, 10);
  const [y, m] = day.split('-');
  const cameo = event.cameo;
  const fields = [
    String(globalEventId(cluster.id)),
    day.replaceAll('-', ''),
    `${y}${m}`,
    y,
    fractionDate(day),
    ...actorFields(event.source, event.source_name, event.source_group),
    ...actorFields(event.target, event.target_name, event.target_group),
    event.sentence <= 2 ? '1' : '0',
    cameo,
    cameo.length > 3 ? cameo.slice(0, 3) : cameo,
    cameo.slice(0, 2),
    String(gdeltQuad(cameo) ?? 0),
    goldstein(event.goldstein),
    String(cluster.n_events),
    String(cluster.n_sources),
    String(cluster.n_articles),
    '',
    ...geoFields(actorGeo(event.source)),
    ...geoFields(actorGeo(event.target)),
    ...geoFields(placeGeo(event.location)),
    dateAdded(cluster.first_seen),
    clean(first?.url ?? first?.external_id ?? cluster.first_article),
  ];
  if (fields.length !== GDELT_COLUMNS) throw new Error(`GDELT row has ${fields.length} fields`);
  return fields;
}

export const gdeltRow = (input: GdeltInput): string => `${gdeltFields(input).join('\t')}\n`;
