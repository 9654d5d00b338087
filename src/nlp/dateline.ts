import type { Dateline } from '../model/index.ts';

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

// "Islamabad, April 08:", "WASHINGTON (Reuters) -", "KABUL, Afghanistan, March 3 (AP) —", "BRASILIA, MARCH 6 -"
const DATELINE =
  /^\s*([A-Z][A-Za-z.'’-]+(?:[ -][A-Z][A-Za-z.'’-]+){0,3})((?:,\s*[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+)?)?)(?:,\s*([A-Z][a-z]{2,8}|[A-Z]{3,9})\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?)?\s*(\((?:[A-Z][\w.&' ]{1,30})\)\s*)?(:|—|–|--|-)\s+/;

/**
 * Parses a dateline at the start of an article. The date, when there is one, takes its
 * year from the article date (a dateline in early January of a December-dated article is
 * not expected; the nearest year would be a guess).
 */
export function parseDateline(text: string, articleDate?: string): Dateline | undefined {
  const line = datelineAt(text, 0, articleDate, false);
  if (line) return line;
  // "7 years ago\n\nWashington (CNN) - Attacks on…": a short line of page furniture (a blog's
  // age stamp, a byline, a caption) may stand before it; there only a dateline with an agency
  // tag counts
  const lead = LEAD_LINE.exec(text);
  return lead ? datelineAt(text, lead[0].length, articleDate, true) : undefined;
}

/** A first line of at most 80 characters and the line breaks after it. */
const LEAD_LINE = /^[^\n]{1,80}\n+/;

function datelineAt(text: string, at: number, articleDate: string | undefined, agencyOnly: boolean) {
  const head = text.slice(at, at + 160);
  const m = DATELINE.exec(head);
  if (!m) return undefined;
  const hasDate = m[3] !== undefined;
  const hasAgency = m[6] !== undefined;
  const isUpper = m[1] === m[1].toUpperCase() && /[A-Z]{3}/.test(m[1]);
  // Without a date, an agency tag or an all-caps place, "Word word: ..." is just a sentence.
  if (!hasDate && !hasAgency && !isUpper) return undefined;
  if (agencyOnly && !hasAgency) return undefined;
  const end = at + m[0].length;
  const place = titleCase(m[1]);
  const line: Dateline = { start: at + m.index, end, place };
  if (hasDate) {
    const month =
      MONTHS[m[3].slice(0, 4).toLowerCase().replace(/t$/, '')] ?? MONTHS[m[3].slice(0, 3).toLowerCase()];
    const day = Number(m[4]);
    const year = m[5] ? Number(m[5]) : articleDate ? Number(articleDate.slice(0, 4)) : undefined;
    if (month && day >= 1 && day <= 31 && year) line.date = isoDate(year, month, day);
  }
  return line;
}

function titleCase(s: string): string {
  if (s !== s.toUpperCase()) return s;
  return s.toLowerCase().replace(/(^|[\s-])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase());
}

export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
