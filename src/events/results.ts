import { countryless } from '../actors/index.ts';
import { contextsIn, eventDate } from '../attributes/index.ts';
import type { Actor, Doc, DroppedEvent, Event, Sentence } from '../model/index.ts';
import { buildEvent, type Found } from './build.ts';
import type { SentenceAttributes, SentenceContext } from './context.ts';
import type { PatternMatch } from './patterns.ts';
import {
  abroad,
  actsAtHome,
  facedAtHome,
  onlyCountry,
  placeCountry,
  placedPair,
  protestingOwnState,
} from './place-country.ts';
import type { Role } from './roles.ts';

function span(doc: Doc, m: PatternMatch) {
  return { start: doc.tokens[m.positions[0]].start, end: doc.tokens[m.positions.at(-1)!].end };
}

export function drop(doc: Doc, s: Sentence, m: PatternMatch, reason: DroppedEvent['reason']): DroppedEvent {
  return { sentence: s.index, cameo: m.pattern.code, rule: m.pattern.id, reason, evidence: [span(doc, m)] };
}

/** Why no source–target pair made an event: the same actor on both sides, or no country on either. */
export function unpaired(sources: readonly Actor[], targets: readonly Actor[]): DroppedEvent['reason'] {
  return sources.some((a) => targets.some((b) => a.code === b.code)) ? 'same-actor' : 'no-country';
}

/**
 * How much less sure an event is when one side has no country at all (`---GOV`): the act may be
 * right, but the dyad cannot be, so `--min-confidence 0.45` leaves such events out (no other event falls below 0.45).
 */
const NO_COUNTRY_PENALTY = 0.5;

export function pushPair(
  ctx: SentenceContext,
  out: Event[],
  base: Omit<Found, 'source' | 'sourceActor' | 'target' | 'targetActor' | 'symmetric'>,
  source: Role,
  sa: Actor,
  target: Role,
  ta: Actor,
  symmetric: boolean,
): void {
  [sa, ta] = placedPair(
    sa,
    ta,
    base.match.pattern.code,
    () => sentenceAttributes(ctx).placeCountry,
    target.rule,
  );
  ta = facedAtHome(sa, ta, base.match.pattern.code, () => abroad(target.mention, ctx.doc.tokens));
  sa = protestingOwnState(
    sa,
    ta,
    base.match.pattern.code,
    () => onlyCountry(ctx.mentions, () => true),
    () => abroad(target.mention, ctx.doc.tokens),
  );
  if (actsAtHome(sa, ta, base.match.pattern.code, target.rule)) return;
  if (sa.code === ta.code || (countryless(sa) && countryless(ta))) return;
  ctx.recent.push({
    sentence: ctx.s.index,
    code: base.match.pattern.code,
    a: sa,
    b: ta,
    aRole: source,
    bRole: target,
  });
  const unplaced = sa.code.startsWith('---') || ta.code.startsWith('---');
  out.push(
    buildEvent(ctx.doc, ctx.s.index, {
      ...base,
      confidence: unplaced ? Math.max(0.1, base.confidence - NO_COUNTRY_PENALTY) : base.confidence,
      source,
      sourceActor: sa,
      target,
      targetActor: ta,
      symmetric,
    }),
  );
}

/**
 * One symmetric event between each two of the coordinated subject's actors: "Dar and Rubio
 * agreed…", "the Sudanese government and the SPLA agreed to allow access…".
 */
export function pushPartners(
  ctx: SentenceContext,
  out: Event[],
  sym: Omit<Found, 'source' | 'sourceActor' | 'target' | 'targetActor' | 'symmetric'>,
  source: Role,
  sources: readonly Actor[],
): void {
  const partner = { mention: source.mention, rule: 'target:coordinated-partner' };
  for (let i = 0; i < sources.length; i++)
    for (let j = i + 1; j < sources.length; j++)
      pushPair(ctx, out, sym, source, sources[i], partner, sources[j], true);
}

/** Date, location and contexts are per sentence: computed once for all its patterns. */
export function sentenceAttributes(ctx: SentenceContext): SentenceAttributes {
  if (!ctx.attributes) {
    const d = eventDate(ctx.doc, ctx.s);
    ctx.attributes = {
      date: d.date,
      dateGranularity: d.granularity,
      location: locationOf(ctx),
      placeCountry: placeCountry(ctx.mentions),
      contexts: contextsIn(ctx.lexicon, ctx.doc.tokens, ctx.s.tokenStart, ctx.s.tokenEnd),
    };
  }
  return ctx.attributes;
}

function locationOf(ctx: SentenceContext): string | null {
  const place = ctx.mentions.find((m) => m.placeOnly);
  if (place) return ctx.doc.article.text.slice(place.start, place.end);
  return ctx.doc.dateline?.place ?? null;
}
