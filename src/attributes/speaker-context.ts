import type { Quote } from '../model/attributes.ts';
import type { Actor, Doc, Mention, MentionKind } from '../model/index.ts';
import type { Range } from './np.ts';

/** Resolves a speaker phrase no mention covers ("a spokesman for the ministry"). */
export type Resolver = (phrase: string) => Actor | null;

export interface SpeakerContext {
  doc: Doc;
  mentions: (sentence: number) => readonly Mention[];
  resolve?: Resolver;
  /** Quotes found so far, in text order: what "he" and "the statement" refer back to. */
  quotes: readonly Quote[];
  /** Whether an offset lies inside quotation marks. */
  inQuote?: (offset: number) => boolean;
}

/** The actors a phrase's mentions give, and the kinds of those mentions. */
export interface Picked {
  actors: Actor[];
  kinds: Set<MentionKind>;
}

const KIND_WEIGHT: Partial<Record<MentionKind, number>> = {
  person: 6,
  'title-name': 6,
  organization: 5,
  agent: 4,
  seat: 3,
  capital: 3,
  'group-reference': 2,
  country: 2,
  pronoun: 1,
};

function weight(m: Mention): number {
  return (KIND_WEIGHT[m.kind] ?? 0) - (m.possessive ? 3 : 0) + (m.tokenEnd - m.tokenStart) * 0.01;
}

/** The actors of the mentions inside a speaker phrase: the strongest, latest mention wins. */
export function pickMention(ctx: SpeakerContext, sentence: number, r: Range): Picked {
  let best: Mention | undefined;
  let bestScore = -1;
  const kinds = new Set<MentionKind>();
  for (const m of ctx.mentions(sentence)) {
    if (m.tokenEnd <= r.from || m.tokenStart >= r.to || m.placeOnly) continue;
    kinds.add(m.kind);
    const score = weight(m);
    if (score >= bestScore) {
      best = m;
      bestScore = score;
    }
  }
  if (!best) return { actors: [], kinds };
  let actors = best.actors;
  // a coordination only partly inside the phrase ("protesters, a senior official"): its near end
  if (best.coordinated && actors.length > 1) {
    if (best.tokenStart < r.from) actors = [actors[actors.length - 1]];
    else if (best.tokenEnd > r.to) actors = [actors[0]];
  }
  return { actors, kinds };
}

/** The subject-like actor of tokens `[from, to)` of a sentence: its first mention that is not a possessive or a place. */
export function firstActor(ctx: SpeakerContext, sentence: number, from: number, to: number): Actor[] {
  let fallback: Actor[] = [];
  for (const m of ctx.mentions(sentence)) {
    if (m.tokenStart < from || m.tokenStart >= to || m.placeOnly) continue;
    if (!m.possessive && m.actors.length > 0) return m.actors;
    if (fallback.length === 0) fallback = m.actors;
  }
  return fallback;
}
