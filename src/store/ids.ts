// Deterministic ids: the same story and the same coded event always get the same id, so
// storing twice, or re-running after a crash, writes the same rows.
import { createHash } from 'node:crypto';

const ID_LENGTH = 20;

export function hashId(...parts: readonly (string | number)[]): string {
  return createHash('sha256').update(parts.join('\u001f')).digest('hex').slice(0, ID_LENGTH);
}

/** Text as hashed: whitespace runs collapsed to one space, trimmed. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** An article's id: 20 hex chars of the sha256 of its normalized text. */
export function articleId(text: string): string {
  return createHash('sha256').update(normalizeText(text)).digest('hex').slice(0, ID_LENGTH);
}

/** An event's id, from what makes it this event: article, sentence, source, target, code. */
export function eventId(
  article: string,
  sentence: number,
  source: string,
  target: string,
  cameo: string,
): string {
  return hashId('event', article, sentence, source, target, cameo);
}

/** A quote's id: its article, its place among the article's quotes and its span. */
export function quoteId(article: string, ordinal: number, start: number, end: number): string {
  return hashId('quote', article, ordinal, start, end);
}
