import type { Doc, Mention, Span, TextSpan, Token } from '../model/index.ts';
import { textSpan } from '../model/index.ts';

/** Index of the first token starting at or after `offset` (`tokens.length` when none). */
export function tokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the sentence holding a character offset (the nearest earlier one between sentences). */
export function sentenceAt(doc: Doc, offset: number): number {
  const s = doc.sentences;
  let lo = 0;
  let hi = s.length - 1;
  if (hi < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The mentions of a sentence, indexed on first use (most sentences never ask). */
export function sentenceMentions(doc: Doc): (sentence: number) => readonly Mention[] {
  let index: Map<number, Mention[]> | undefined;
  return (sentence) => {
    if (!index) {
      index = new Map();
      for (const m of doc.mentions) {
        const list = index.get(m.sentence);
        if (list) list.push(m);
        else index.set(m.sentence, [m]);
      }
    }
    return index.get(sentence) ?? [];
  };
}

/** The text span of tokens `[from, to)`. */
export function tokenSpan(doc: Doc, from: number, to: number): TextSpan {
  return textSpan(doc.article.text, { start: doc.tokens[from].start, end: doc.tokens[to - 1].end });
}

export function spanText(doc: Doc, span: Span): TextSpan {
  return textSpan(doc.article.text, span);
}

/**
 * Indices of events whose verb evidence (their first evidence span) lies inside `span`,
 * looking only at events of sentences `[first, last]` (events come in sentence order).
 */
export function eventsInside(doc: Doc, span: Span, first: number, last: number): number[] {
  const out: number[] = [];
  const events = doc.events;
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid].sentence < first) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < events.length && events[i].sentence <= last; i++) {
    const v = events[i].evidence[0];
    if (v && v.start >= span.start && v.end <= span.end) out.push(i);
  }
  return out;
}

export function isPunct(t: Token): boolean {
  return t.pos === 'PUNCT';
}

const QUOTE_CHARS = new Set(['"', '“', '”', '‘', '’', '«', '»', "''", '``']);

export function isQuoteMark(t: Token): boolean {
  return QUOTE_CHARS.has(t.text);
}
