// CSV (RFC 4180: comma-separated, CRLF-free, fields quoted when they need it) and JSONL of
// the event record.
import type { StoredEvent } from '../store/index.ts';
import { type Cell, EVENT_COLUMNS, flatEvent } from './record.ts';

export function csvField(v: Cell): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replaceAll('"', '""')}"` : s;
}

export const csvHeader = (): string => `${EVENT_COLUMNS.join(',')}\n`;

export function csvRow(e: StoredEvent): string {
  const flat = flatEvent(e);
  return `${EVENT_COLUMNS.map((c) => csvField(flat[c])).join(',')}\n`;
}

export const jsonlRow = (e: StoredEvent): string => `${JSON.stringify(e)}\n`;
