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
