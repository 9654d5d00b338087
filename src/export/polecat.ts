// POLECAT-style PLOVER JSON: one record per event, in the PLOVER interchange fields
// (id, date, actor, recipient, event, mode, context, quad_code, event_text, event_loc,
// link, text_info, cite_info, coder). Events with no PLOVER type (CAMEO 01, 02) are left
// out, as PLOVER drops those categories. Written as JSON Lines.
import { readFileSync } from 'node:fs';
import { isReligion } from '../ontology/index.ts';
import type { ArticleSummary, StoredEvent } from '../store/index.ts';

const VERSION: string = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
).version;
export const CODER = `dyad ${VERSION}`;

/** Codes where PLOVER differs from CAMEO: PLOVER's European Union is EUR. */
const PLOVER_CODE: Record<string, string> = { EEC: 'EUR' };

export interface PloverEntity {
  code: string;
  sector?: string;
  entity_text: string;
  /** The event's stored group when it is a religion (`MOS`, `CHR`). */
  religion?: string;
  /** The event's stored group when it is an ethnic group (`KUR`, `HUT`). */
  ethnicity?: string;
}

export interface PloverRecord {
  id: string;
  has_event: true;
  date: string;
  actor: PloverEntity[];
  recipient: PloverEntity[];
  event: string[];
  mode: string[];
  context: string[];
  quad_code: number;
  event_text: string[];
  event_loc?: { extracted_place: string };
  link: string | null;
  text_info: { sequence: number; start: number[]; end: number[] };
  cite_info: { url?: string; title?: string; language: string; publication?: string; citation: string };
  coder: string;
  coded_date?: string;
  comment?: string;
}

/** PLOVER's entity block; the group ("Iraqi Kurds" → `KUR`) goes to `ethnicity` or `religion`. */
function entity(code: string, name: string | null, group: string | null): PloverEntity {
  const head = code.slice(0, 3);
  const sector = code.slice(3, 6);
  const out: PloverEntity = { code: PLOVER_CODE[head] ?? head, entity_text: name ?? code };
  if (sector) out.sector = sector;
  if (group) {
    if (isReligion(group)) out.religion = group;
    else out.ethnicity = group;
  }
  return out;
}

/** The record of one event; null for an event PLOVER has no type for. */
export function ploverRecord(e: StoredEvent, article: ArticleSummary | null): PloverRecord | null {
  if (!e.plover || !e.quad) return null;
  const date = e.date ?? article?.published;
  if (!date) return null;
  const r: PloverRecord = {
    id: e.id,
    has_event: true,
    date,
    actor: [entity(e.source, e.source_name, e.source_group)],
    recipient: [entity(e.target, e.target_name, e.target_group)],
    event: [e.plover],
    mode: e.mode ? [e.mode] : [],
    context: e.contexts,
    quad_code: e.quad,
    event_text: e.evidence.map((s) => s.text),
    link: e.cluster_id,
    text_info: {
      sequence: e.sentence,
      start: e.evidence.map((s) => s.start),
      end: e.evidence.map((s) => s.end),
    },
    cite_info: { language: article?.lang ?? 'en', citation: e.article_id },
    coder: CODER,
  };
  if (e.location) r.event_loc = { extracted_place: e.location };
  if (article?.url) r.cite_info.url = article.url;
  if (article?.title) r.cite_info.title = article.title;
  if (article?.domain) r.cite_info.publication = article.domain;
  if (article?.coded_at) r.coded_date = article.coded_at.slice(0, 10);
  if (e.symmetric) r.comment = 'symmetric: actor and recipient act on each other';
  return r;
}
