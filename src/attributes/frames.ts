import type { QuoteKind } from '../model/attributes.ts';
import type { Doc, Span } from '../model/index.ts';
import type { Range } from './np.ts';

/** A quote found in the text before its speaker is resolved. */
export interface Frame {
  kind: QuoteKind;
  span: Span;
  cue: Span | null;
  /** Token index of the cue word, so one cue serves one quote. */
  cueToken: number;
  speaker: Range | null;
  /** Token index bounding the words read to classify the source. */
  contextEnd: number;
  rule: string;
  /** Paragraph (non-empty line) of the quote's start. */
  paragraph: number;
  /** For a direct quote: false when its paragraph ended before a closing mark. */
  closed: boolean;
}

/** Paragraph numbers of offsets: each non-empty line is one paragraph. */
export function paragraphIndex(text: string): (offset: number) => number {
  const starts: number[] = [];
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    for (let i = at; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 13 && c !== 160) {
        starts.push(at);
        break;
      }
    }
    at = end + 1;
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

/** True when a line break lies between two offsets. */
export function crossesLine(text: string, from: number, to: number): boolean {
  const i = text.indexOf('\n', from);
  return i >= 0 && i < to;
}

/** The first token of a sentence that is not part of the dateline. */
export function sentenceFloor(doc: Doc, token: number): number {
  const s = doc.sentences[doc.tokens[token].sentence];
  let lo = s.tokenStart;
  const dl = doc.dateline;
  if (dl) while (lo < s.tokenEnd && doc.tokens[lo].start < dl.end) lo++;
  return lo;
}
