// Events as CSV: the columns and conventions of `dyad export --format csv` (evidence as
// JSON, contexts joined with `|`), one page at a time.
import { csvField, EVENT_COLUMNS } from '../export/index.ts';
import type { StoredEvent } from '../store/index.ts';

function cell(e: StoredEvent, column: (typeof EVENT_COLUMNS)[number]): string | number | boolean | null {
  if (column === 'evidence') return JSON.stringify(e.evidence);
  if (column === 'contexts') return e.contexts.join('|');
  return e[column];
}

export function eventsCsv(events: readonly StoredEvent[]): string {
  const rows = events.map((e) => EVENT_COLUMNS.map((c) => csvField(cell(e, c))).join(','));
  return `${[EVENT_COLUMNS.join(','), ...rows].join('\n')}\n`;
}

/** Whether the client asked for CSV: `?format=csv`, or an Accept header preferring it. */
export function wantsCsv(format: string | undefined, accept: string | undefined): boolean {
  if (format) return format === 'csv';
  if (!accept) return false;
  const types = accept
    .split(',')
    .map((part) => {
      const [type, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { type: type.trim(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((t) => t.q > 0);
  const q = (name: string) => Math.max(0, ...types.filter((t) => t.type === name).map((t) => t.q));
  return q('text/csv') > Math.max(q('application/json'), q('*/*') * 0.99);
}
