import type { Article } from './article.ts';
import type { Attribution, Casualty, Quote, Topic } from './attributes.ts';
import type { Event } from './event.ts';
import type { Mention } from './mention.ts';
import type { Message } from './message.ts';
import type { Span } from './span.ts';

/** Universal POS tags as wink-nlp assigns them. */
export type Pos =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

export interface Token extends Span {
  /** Exactly `article.text.slice(start, end)`. */
  text: string;
  /** Lower-cased text with curly apostrophes straightened. */
  lower: string;
  /** Lower-cased lemma ("held" → "hold", "talks" → "talk"). */
  lemma: string;
  pos: Pos;
  /** Index of the sentence holding this token. */
  sentence: number;
}

export interface Sentence extends Span {
  index: number;
  /** Token range `[tokenStart, tokenEnd)` in `Doc.tokens`. */
  tokenStart: number;
  tokenEnd: number;
  /** Set when the line is page furniture ("Read More: …", captions): kept, never coded. */
  skip?: 'boilerplate';
}

/** Where the article says it was filed: "Islamabad, April 08:". */
export interface Dateline extends Span {
  place?: string;
  /** `YYYY-MM-DD` when the dateline carries a date. */
  date?: string;
}

/**
 * The article plus everything the pipeline found in it. Plain JSON:
 * `JSON.parse(JSON.stringify(doc))` is the same doc, so it crosses worker threads unchanged.
 */
export interface Doc {
  article: Article;
  sentences: Sentence[];
  tokens: Token[];
  dateline?: Dateline;
  mentions: Mention[];
  events: Event[];
  /** Candidate events that were found and dropped, with why (for `dyad explain`). */
  dropped: DroppedEvent[];
  messages: Message[];
  /** Quotations and attributed statements, with their speakers. */
  quotes?: Quote[];
  /** Counts of killed, wounded, arrested, … attached to the events they belong to. */
  casualties?: Casualty[];
  /** PLOVER contexts of the whole article, with the words that show each. */
  topics?: Topic[];
  /** Whom the article says it relies on (a ministry statement, officials, a monitor). */
  attributions?: Attribution[];
}

export interface DroppedEvent {
  sentence: number;
  cameo: string;
  rule: string;
  reason:
    | 'negated'
    | 'hypothetical'
    | 'no-source'
    | 'no-target'
    | 'same-actor'
    | 'no-country'
    | 'guard'
    | 'absorbed'
    | 'travel-at-home'
    | 'poll'
    | 'press'
    | 'informational';
  evidence: Span[];
}

/** Whether token `j` is a hyphen written without spaces between two words: the "-" of "day-old". */
export function joinedHyphen(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return (
    t?.text === '-' &&
    j > 0 &&
    j + 1 < tokens.length &&
    tokens[j - 1].end === t.start &&
    t.end === tokens[j + 1].start
  );
}
