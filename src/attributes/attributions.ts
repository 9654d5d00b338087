import {
  type Attribution,
  type Quote,
  SOURCE_KINDS,
  type SourceKind,
  type Speaker,
} from '../model/attributes.ts';
import type { Doc, TextSpan } from '../model/index.ts';
import { findQuotes } from './quotes.ts';

/** When one source is named several ways, the most telling kind wins (SOURCE_KINDS' order). */
const PRIORITY: readonly SourceKind[] = SOURCE_KINDS;
const DETERMINERS = /^(the|a|an|this|that)\s+/i;

/** Who a speaker is, so that "the Foreign Office" and "a statement issued by the Foreign Office" are one source. */
function identity(s: Speaker): string {
  if (s.actors.length > 0) return s.actors.map((a) => `${a.code}|${a.name ?? a.office ?? ''}`).join('+');
  const words = s.span.text.split(/\s+/);
  const last = words[words.length - 1];
  if (s.kind === 'person' && /^[A-Z]/.test(last)) return `name:${last.toLowerCase()}`;
  return `text:${s.span.text.toLowerCase().replace(DETERMINERS, '')}`;
}

/** The quote whose speaker a back-reference ("he", "the statement") ends at. */
function origin(quotes: readonly Quote[], i: number): number {
  let at = i;
  for (let guard = 0; guard < quotes.length; guard++) {
    const r = quotes[at].speaker?.refersTo;
    if (r === undefined || r >= at) return at;
    at = r;
  }
  return at;
}

/**
 * The sources an article relies on — a ministry statement, a monitoring group, anonymous
 * officials, a named minister — one record per source, with the quotes and the events
 * reported through it. `quotes` defaults to `findQuotes(doc)`.
 */
export function findAttributions(doc: Doc, quotes: readonly Quote[] = findQuotes(doc)): Attribution[] {
  const byKey = new Map<string, Attribution>();
  const keyOf: string[] = [];
  quotes.forEach((q, i) => {
    if (!q.speaker) return;
    const from = origin(quotes, i);
    const key = from === i ? identity(q.speaker) : keyOf[from];
    keyOf[i] = key;
    let a = byKey.get(key);
    if (!a) {
      a = {
        kind: q.speaker.kind,
        span: q.speaker.span,
        actors: q.speaker.actors,
        spans: [],
        quotes: [],
        events: [],
      };
      byKey.set(key, a);
    }
    if (PRIORITY.indexOf(q.speaker.kind) < PRIORITY.indexOf(a.kind)) a.kind = q.speaker.kind;
    if (a.actors.length === 0) a.actors = q.speaker.actors;
    if (q.speaker.refersTo === undefined && q.speaker.span.text.length > a.span.text.length)
      a.span = q.speaker.span;
    if (!a.spans.some((s: TextSpan) => s.start === q.speaker!.span.start)) a.spans.push(q.speaker.span);
    a.quotes.push(i);
    for (const e of q.events) if (!a.events.includes(e)) a.events.push(e);
  });
  const out = [...byKey.values()];
  for (const a of out) a.events.sort((x, y) => x - y);
  return out;
}

/** For each event of the doc, the index of the attribution it was reported through, or null. */
export function eventSources(doc: Doc, attributions: readonly Attribution[]): (number | null)[] {
  const out: (number | null)[] = doc.events.map(() => null);
  attributions.forEach((a, i) => {
    for (const e of a.events) out[e] ??= i;
  });
  return out;
}
