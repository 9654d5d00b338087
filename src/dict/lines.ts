import { DyadError } from '../errors.ts';

/** One meaningful line of a dictionary file, with its id `file:line`. */
export interface SourceLine {
  id: string;
  /** The line without its comment, trailing spaces removed. */
  text: string;
  /** True when the line starts with whitespace (a continuation, e.g. a person's office). */
  indented: boolean;
  /** Columns split on two or more spaces or tabs (after removing the options part). */
  columns: string[];
  /** `; key=value flag` options at the end of the line. */
  options: Record<string, string>;
}

/** A problem found while reading a dictionary; `dyad dict lint` prints these. */
export interface Problem {
  id: string;
  code: 'syntax' | 'unknown-code' | 'duplicate' | 'bad-date' | 'alias-overlap' | 'unreachable';
  message: string;
}

const COMMENT = /(^|\s)#.*$/;
const COLUMNS = /\t+|\s{2,}/;

export function splitLines(file: string, content: string): SourceLine[] {
  const out: SourceLine[] = [];
  const raw = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < raw.length; i++) {
    const text = raw[i].replace(COMMENT, '').trimEnd();
    if (text.trim() === '') continue;
    const indented = /^\s/.test(text);
    let body = text.trim();
    const options: Record<string, string> = {};
    const semi = body.indexOf(' ;');
    if (semi >= 0 || body.startsWith(';')) {
      const at = Math.max(semi, 0);
      for (const part of body.slice(at).replace(/^\s*;/, '').trim().split(/\s+/)) {
        if (part === '') continue;
        const eq = part.indexOf('=');
        if (eq > 0) options[part.slice(0, eq)] = part.slice(eq + 1);
        else options[part] = 'true';
      }
      body = body.slice(0, at).trim();
    }
    out.push({ id: `${file}:${i + 1}`, text: body, indented, columns: body.split(COLUMNS), options });
  }
  return out;
}

/** Splits a `a | b | c` column into phrases. */
export function phrases(column: string | undefined): string[] {
  if (!column) return [];
  return column
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}

export interface DateRange {
  from?: string;
  to?: string;
}

/** Parses `FROM..TO` (either side may be empty); throws DYAD_E_DATE on a bad date. */
export function parseRange(s: string): DateRange {
  const m = /^([^.]*)\.\.([^.]*)$/.exec(s.trim());
  if (!m) throw new DyadError('DYAD_E_DATE', `"${s}" is not a FROM..TO date range`);
  const range: DateRange = {};
  if (m[1]) {
    if (!isIsoDate(m[1])) throw new DyadError('DYAD_E_DATE', `"${m[1]}" is not a valid YYYY-MM-DD date`);
    range.from = m[1];
  }
  if (m[2]) {
    if (!isIsoDate(m[2])) throw new DyadError('DYAD_E_DATE', `"${m[2]}" is not a valid YYYY-MM-DD date`);
    range.to = m[2];
  }
  if (range.from && range.to && range.from > range.to) {
    throw new DyadError('DYAD_E_DATE', `range ${s} ends before it starts`);
  }
  return range;
}

export function inRange(date: string | undefined, range: DateRange): boolean {
  if (!date) return true;
  if (range.from && date < range.from) return false;
  if (range.to && date > range.to) return false;
  return true;
}
