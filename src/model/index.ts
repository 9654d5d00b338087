export { type Actor, actorWith, inCountry, newActor } from './actor.ts';
export { type Article, MAX_ARTICLE_CHARS, tooLongForArticle } from './article.ts';
export type * from './attributes.ts';
export {
  type Dateline,
  type Doc,
  type DroppedEvent,
  joinedHyphen,
  type Pos,
  type Sentence,
  type Token,
} from './doc.ts';
export { type Event, withGroupCodes } from './event.ts';
export { type Mention, type MentionKind, mentionWith } from './mention.ts';
export type { Message } from './message.ts';
export { type Span, type TextSpan, textSpan } from './span.ts';
