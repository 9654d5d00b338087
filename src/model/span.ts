/**
 * A half-open range of UTF-16 code units into `Article.text`: `text.slice(start, end)`.
 * Every mention, event, date, location and quote carries the spans that evidence it.
 */
export interface Span {
  start: number;
  end: number;
}

/** A span with the exact words it covers, as events carry their evidence. */
export interface TextSpan extends Span {
  text: string;
}

export function textSpan(text: string, span: Span): TextSpan {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}
