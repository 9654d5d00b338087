import type { Actor } from './actor.ts';
import type { TextSpan } from './span.ts';

/**
 * Records for what an analyst reads from a story besides its events: quotes and who said
 * them, casualty and crowd counts, topics, the sources the story relies on, and how an
 * event's date was found. All plain JSON; every record carries the spans that evidence it.
 */

/** `direct`: words in quotation marks; `reported`: "X said (that) …"; `according-to`: "…, according to X". */
export const QUOTE_KINDS = ['direct', 'reported', 'according-to'] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];

/**
 * What kind of source a speaker is, so events can be filtered by how they were reported.
 * Listed from the most to the least telling: when one source is named several ways, the
 * earlier kind wins (src/attributes/attributions.ts).
 */
export const SOURCE_KINDS = [
  'statement',
  'document',
  'social-media',
  'monitor',
  'media',
  'anonymous',
  'witness',
  'official',
  'organization',
  'person',
  'unknown',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Speaker {
  /** The words naming the speaker: "the statement", "Interior Ministry spokesman Nasrat Rahimi". */
  span: TextSpan;
  /** Resolved actors; empty when the speaker could not be resolved. */
  actors: Actor[];
  kind: SourceKind;
  /** How the speaker was found (`speaker:mention`, `speaker:refers-back`, …). */
  rule: string;
  /** Index (in the quotes array) of the earlier quote whose speaker this one refers back to. */
  refersTo?: number;
}

export interface Quote {
  kind: QuoteKind;
  /** First and last sentence the quoted words lie in. */
  sentence: number;
  lastSentence: number;
  /** The quoted or reported words, without quotation marks. */
  span: TextSpan;
  /** The reporting words: "said", "read", "according to"; null for a continued quote. */
  cue: TextSpan | null;
  speaker: Speaker | null;
  /** Indices into `doc.events` of the events whose verb evidence lies inside `span`. */
  events: number[];
  /** The rule that found the quote and its speaker, e.g. `quote:direct-after`. */
  rule: string;
}

/** Who the article says it relies on: one record per distinct source. */
export interface Attribution {
  kind: SourceKind;
  /** The fullest phrase naming the source. */
  span: TextSpan;
  actors: Actor[];
  /** Every phrase naming this source. */
  spans: TextSpan[];
  /** Indices into the quotes array. */
  quotes: number[];
  /** Indices into `doc.events` of the events reported through this source. */
  events: number[];
}

export type CasualtyKind =
  | 'killed'
  | 'wounded'
  | 'casualties'
  | 'arrested'
  | 'abducted'
  | 'missing'
  | 'displaced'
  | 'protesters'
  | 'troops';

/** How a count was qualified in the text. */
export type CountQualifier =
  | 'exact'
  | 'at-least'
  | 'more-than'
  | 'up-to'
  | 'fewer-than'
  | 'about'
  | 'nearly'
  | 'range'
  | 'vague';

/** A number as the text gives it: `low`/`high` are null where the text leaves that side open. */
export interface Count {
  low: number | null;
  high: number | null;
  qualifier: CountQualifier;
}

export interface CasualtyPart extends Count {
  span: TextSpan;
  /** Lemma of the counted noun ("troop", "civilian"), or null ("killing 19"). */
  who: string | null;
}

export interface Casualty extends Count {
  kind: CasualtyKind;
  sentence: number;
  /** The counted phrase: "at least 19 people", "two U.S. troops and two civilians". */
  span: TextSpan;
  /** The words saying what happened to them: "killed", "were wounded", "death toll". */
  cue: TextSpan | null;
  /** Lemmas of the counted nouns. */
  who: string[];
  /** Each number of a coordination ("two U.S. troops and two civilians"); absent for one number. */
  parts?: CasualtyPart[];
  /** Index (in the casualties array) of the count this one breaks down ("…, including two troops"). */
  within?: number;
  /** Index into `doc.events` of the event the count belongs to, or null. */
  event: number | null;
  rule: string;
}

export interface Topic {
  /** PLOVER context from dictionaries/issues.txt ("terrorism", "economic"). */
  context: string;
  /** Number of topic phrases found. */
  count: number;
  /** Distinct dictionary phrases that matched, most frequent first. */
  terms: string[];
  sentences: number[];
  spans: TextSpan[];
  /** Dictionary entries (file:line) that fired. */
  rules: string[];
}

/**
 * How an event's date was found: a stated calendar `day`, a `weekday` resolved by tense,
 * a `relative` day ("yesterday"), or a fallback to the `dateline` or `article` date.
 */
export type DateGranularity = 'day' | 'weekday' | 'relative' | 'dateline' | 'article' | 'none';

export interface EventDate {
  /** `YYYY-MM-DD`, or null when neither the text nor the article gives one. */
  date: string | null;
  granularity: DateGranularity;
  /** `statedDate`'s `how` for a stated date (`explicit`, `weekday-past`, …), else the granularity. */
  how: string;
  /** The date words, for a stated date. */
  span?: TextSpan;
}
