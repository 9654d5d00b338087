import * as chrono from 'chrono-node';
import { isoDate } from '../nlp/dateline.ts';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_RE = /\b(on\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;
const CALENDAR = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\d{1,4}[/-]\d{1,2}/i;
/**
 * A superset of what chrono reads as a calendar day that passes CALENDAR, safe to test on the
 * whole sentence: a month name or abbreviation as chrono knows them (a word, though digits may
 * follow: "March5"), or a numeric date.
 */
const MAY_HOLD_CALENDAR =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)(?![a-z])|\d[/-]\d/i;
/**
 * A day of the month, as chrono reads one beside a month name: digits or an ordinal word
 * ("March 5", "5th of May", "the fifth of May", "May twenty-first"). Without one, a month
 * name ("may", "March") cannot make a certain day.
 */
const MAY_HOLD_DAY =
  /\d|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b/i;
const FUTURE_RE = /\b(will|shall|is to|are to|is due to|are due to|plans? to|next)\b/i;

export interface StatedDate {
  date: string;
  /** `weekday-past`, `weekday-future`, `explicit`, `relative` (today/yesterday), or `article`. */
  how: string;
  start: number;
  end: number;
}

function parseIso(d: string): Date {
  return new Date(`${d}T12:00:00Z`);
}

function toIso(d: Date): string {
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * The date a sentence states for its event, resolved against the article date. A weekday
 * in a past-tense sentence is the latest such day on or before the article date (chrono
 * would pick the nearest one); in a future sentence, the next one after.
 */
export function statedDate(
  sentence: string,
  offset: number,
  articleDate: string | undefined,
): StatedDate | undefined {
  if (!articleDate) return undefined;
  const ref = parseIso(articleDate);
  const wd = WEEKDAY_RE.exec(sentence);
  if (wd) {
    const target = WEEKDAYS.indexOf(wd[2].toLowerCase());
    const future = FUTURE_RE.test(sentence);
    const d = new Date(ref);
    const diff = future ? (target - ref.getUTCDay() + 7) % 7 || 7 : -((ref.getUTCDay() - target + 7) % 7);
    d.setUTCDate(d.getUTCDate() + diff);
    const start = offset + wd.index + (wd[1]?.length ?? 0);
    return {
      date: toIso(d),
      how: future ? 'weekday-future' : 'weekday-past',
      start,
      end: start + wd[2].length,
    };
  }
  if (/\byesterday\b/i.test(sentence)) {
    const m = /\byesterday\b/i.exec(sentence)!;
    const d = new Date(ref);
    d.setUTCDate(d.getUTCDate() - 1);
    return { date: toIso(d), how: 'relative', start: offset + m.index, end: offset + m.index + m[0].length };
  }
  // explicit calendar dates ("March 3", "3 March 2024"); bare years and ranges are not a day.
  // A date counts only if its text passes CALENDAR, so a sentence with none of CALENDAR's
  // letters or digit runs cannot hold one: skip chrono, the costliest step of coding.
  if (!MAY_HOLD_CALENDAR.test(sentence) || !MAY_HOLD_DAY.test(sentence)) return undefined;
  const results = chrono.en.casual.parse(sentence, ref, { forwardDate: false });
  for (const r of results) {
    if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
    // a calendar date names a month or is numeric; "next week", "today" are not stated days
    if (!CALENDAR.test(r.text)) continue;
    const d = r.start.date();
    const year = r.start.isCertain('year') ? d.getFullYear() : ref.getUTCFullYear();
    let iso = isoDate(year, d.getMonth() + 1, d.getDate());
    // a month-day without a year after the article date belongs to the previous year
    if (!r.start.isCertain('year') && iso > articleDate)
      iso = isoDate(year - 1, d.getMonth() + 1, d.getDate());
    return { date: iso, how: 'explicit', start: offset + r.index, end: offset + r.index + r.text.length };
  }
  return undefined;
}
