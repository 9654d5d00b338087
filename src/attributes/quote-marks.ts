/** A pair of quotation marks in the article text. */
export interface QuoteMarks {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or of the paragraph end for a quote left open. */
  close: number;
  /** The words between the marks, trimmed: `[start, end)`. */
  start: number;
  end: number;
  /** False when the paragraph ended before a closing mark (a quote continued in the next paragraph). */
  closed: boolean;
}

// Line breaks end paragraphs; a closing single mark is only taken before a non-letter,
// so apostrophes ("Pakistan’s") never close a quote.
const MARKS = /[\n“”"«»‘]|’(?![\p{L}\p{N}])/gu;
const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && WORD.test(c);
}

function isSpaceOrStart(c: string | undefined): boolean {
  return c === undefined || SPACE.test(c) || c === '(' || c === '[' || c === '—' || c === '–';
}

/**
 * Quotation-mark pairs of a text, in order: curly and straight double quotes, guillemets,
 * and curly single quotes outside double ones (British style). Single marks inside a
 * double quote are a nested quote and stay part of it. Pairing restarts at each line break.
 */
export function quotationMarks(text: string): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  let dq = -1;
  let sq = -1;
  const push = (open: number, close: number, closed: boolean) => {
    let start = open + 1;
    let end = close;
    while (start < end && SPACE.test(text[start])) start++;
    while (end > start && SPACE.test(text[end - 1])) end--;
    if (end > start) out.push({ open, close, start, end, closed });
  };
  MARKS.lastIndex = 0;
  // test, not exec: every mark is one UTF-16 unit, just before lastIndex, and exec would
  // allocate a match array for each mark and line break of the article
  while (MARKS.test(text)) {
    const i = MARKS.lastIndex - 1;
    const c = text[i];
    const prev = i > 0 ? text[i - 1] : undefined;
    const next = text[i + 1];
    if (c === '\n') {
      if (dq >= 0) push(dq, i, false);
      dq = -1;
      sq = -1;
    } else if (c === '“' || c === '«') {
      if (dq >= 0) push(dq, i, false);
      dq = i;
      sq = -1;
    } else if (c === '”' || c === '»') {
      if (dq >= 0) {
        push(dq, i, true);
        dq = -1;
      } else if (c === '”' && isSpaceOrStart(prev) && isWordChar(next)) {
        dq = i; // a closing mark typed as an opening one
      }
    } else if (c === '"') {
      const opening = isSpaceOrStart(prev) && !SPACE.test(next ?? ' ');
      if (dq >= 0 && !(opening && i - dq > 1 && /[\s(]/.test(prev ?? ''))) {
        push(dq, i, true);
        dq = -1;
      } else if (dq >= 0) {
        push(dq, i, false); // the earlier mark was never closed
        dq = i;
      } else if (opening || prev === undefined || !isWordChar(prev)) {
        dq = i;
      }
    } else if (c === '‘') {
      if (
        dq < 0 &&
        sq < 0 &&
        isSpaceOrStart(prev) &&
        isWordChar(next) &&
        !/^‘\d\ds/.test(text.slice(i, i + 4))
      )
        sq = i;
    } else if (sq >= 0 && dq < 0) {
      // ’ before a non-letter: closes a single quote of at least two words
      if (text.slice(sq + 1, i).includes(' ')) {
        push(sq, i, true);
        sq = -1;
      }
    }
  }
  if (dq >= 0) push(dq, text.length, false);
  return out;
}
