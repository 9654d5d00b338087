import type { Actor } from './actor.ts';
import type { Span } from './span.ts';

export type MentionKind =
  | 'country'
  | 'capital'
  | 'seat'
  | 'people'
  | 'agent'
  | 'person'
  | 'organization'
  | 'title-name'
  | 'pronoun'
  | 'group-reference'
  | 'place';

/**
 * A stretch of text naming an actor (or a place). `actors` has one entry for a single actor,
 * two or more for a coordination or a group reference ("Dar and Rubio", "both sides").
 */
export interface Mention extends Span {
  sentence: number;
  /** Token range `[tokenStart, tokenEnd)`. */
  tokenStart: number;
  tokenEnd: number;
  kind: MentionKind;
  actors: Actor[];
  /** True for a possessive ("Pakistan's"), which modifies a noun rather than acting. */
  possessive?: boolean;
  /** True when the phrase is a place only (a capital used as a location). */
  placeOnly?: boolean;
  /** True for "A and B": `actors` holds each. */
  coordinated?: boolean;
  /** True for an agent naming an institution or a group ("the opposition", "troops"): no "he" or "she". */
  collective?: boolean;
}

/**
 * `m` with some fields changed, as a new mention. Written field by field rather than spread:
 * a spread copy gets a hidden class of its own, with most fields outside the object, and the
 * stages reading mentions of many classes run slower and are re-optimized again and again.
 */
export function mentionWith(m: Mention, change: Partial<Mention>): Mention {
  const out: Mention = {
    start: m.start,
    end: m.end,
    sentence: m.sentence,
    tokenStart: m.tokenStart,
    tokenEnd: m.tokenEnd,
    kind: m.kind,
    actors: m.actors,
    possessive: m.possessive,
    collective: m.collective,
    coordinated: m.coordinated,
    placeOnly: m.placeOnly,
  };
  return Object.assign(out, change);
}
