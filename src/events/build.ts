import type { Actor, DateGranularity, Doc, Event, Mention, Span } from '../model/index.ts';
import { textSpan } from '../model/index.ts';
import { cameo as cameoInfo, ploverQuad } from '../ontology/cameo.ts';
import type { PatternMatch } from './patterns.ts';
import type { Role } from './roles.ts';

export interface Found {
  match: PatternMatch;
  source: Role;
  sourceActor: Actor;
  target: Role;
  targetActor: Actor;
  symmetric: boolean;
  confidence: number;
  date: string | null;
  dateGranularity: DateGranularity;
  location: string | null;
  contexts: string[];
}

function actorName(doc: Doc, actor: Actor, m: Mention): string {
  return actor.name ?? doc.article.text.slice(m.start, m.end);
}

/** The event record for one source–target pair of a matched pattern. */
export function buildEvent(doc: Doc, sentence: number, f: Found): Event {
  const p = f.match.pattern;
  const info = cameoInfo(p.code);
  const plover = info?.plover ?? null;
  const patternSpan: Span = {
    start: doc.tokens[f.match.positions[0]].start,
    end: doc.tokens[f.match.positions.at(-1)!].end,
  };
  const spans = [patternSpan, f.source.mention, f.target.mention].map((s) => textSpan(doc.article.text, s));
  const contexts = [
    ...new Set([...(p.contexts.length ? p.contexts : (info?.contexts ?? [])), ...f.contexts]),
  ];
  const event: Event = {
    article: doc.article.id,
    sentence,
    source: f.sourceActor.code,
    target: f.targetActor.code,
    source_name: actorName(doc, f.sourceActor, f.source.mention),
    target_name: actorName(doc, f.targetActor, f.target.mention),
    cameo: p.code,
    plover,
    mode: p.mode ?? info?.mode ?? null,
    symmetric: f.symmetric || plover === 'CONSULT',
    goldstein: info?.goldstein ?? 0,
    quad: plover ? ploverQuad(plover) : null,
    date: f.date,
    location: f.location,
    negated: false,
    evidence: spans,
    rule: [p.id, f.match.recoded, f.match.specializedBy ? `complement:${f.match.specializedBy}` : undefined]
      .filter(Boolean)
      .join(' '),
    confidence: Math.round(f.confidence * 100) / 100,
    contexts,
    source_rule: [f.source.rule, ...f.sourceActor.rules].join(' '),
    target_rule: [f.target.rule, ...f.targetActor.rules].join(' '),
    date_granularity: f.dateGranularity,
  };
  // only where there is one, so that events without (nearly all) keep their shape
  if (f.sourceActor.group) event.source_group = f.sourceActor.group;
  if (f.targetActor.group) event.target_group = f.targetActor.group;
  return event;
}
