// Content hashes. `contentId` is the store's article id formula (sha256 of the text with
// whitespace collapsed, 20 hex chars), so ingest and store name an article alike;
// `storyFingerprint` is looser, for the same story syndicated with different punctuation,
// quotes or casing.
import { createHash } from 'node:crypto';

/** Runs of characters that are neither letters nor digits (built once: see nlp/capitals.ts). */
const NON_WORD = /[^\p{L}\p{N}]+/gu;

const ID_LENGTH = 20;

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, ID_LENGTH);
}

export function contentId(text: string): string {
  return sha(text.replace(/\s+/gu, ' ').trim());
}

export function storyFingerprint(text: string): string {
  return sha(text.normalize('NFKC').toLowerCase().replace(NON_WORD, ' ').trim());
}
