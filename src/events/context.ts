// What the events stage knows while it codes one sentence: shared by its helpers.
import type { Lexicon } from '../dict/index.ts';
import type { Actor, DateGranularity, Doc, Mention, Sentence } from '../model/index.ts';
import type { PatternMatch } from './patterns.ts';
import type { Role } from './roles.ts';

/** A coded exchange between two actors: what an unstated target can refer back to. */
export interface Exchange {
  sentence: number;
  /** The CAMEO code of the event between them. */
  code: string;
  a: Actor;
  b: Actor;
  aRole: Role;
  bRole: Role;
}

export interface SentenceContext {
  doc: Doc;
  s: Sentence;
  mentions: Mention[];
  bySentence: Map<number, Mention[]>;
  baseDate: string | null;
  lexicon: Lexicon;
  /** Exchanges coded so far in the article, oldest first. */
  recent: Exchange[];
  /** Source role chosen for each coded pattern anchor of this sentence. */
  subjects: Map<number, Role>;
  /** The sentence's pattern matches after overlaps are resolved. */
  matches: readonly PatternMatch[];
  attributes?: SentenceAttributes;
}

export interface SentenceAttributes {
  date: string | null;
  dateGranularity: DateGranularity;
  location: string | null;
  /** The one country whose places the sentence names. */
  placeCountry: string | undefined;
  contexts: string[];
}
