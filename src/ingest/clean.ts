// The text that is stored, and that every span of the coder points into: same words as
// the source, with whitespace normalized and (for web pages) furniture lines dropped.
import { isFurniture } from './furniture.ts';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: vertical tab and form feed are line breaks here
const LINE_BREAKS = /\r\n?|[\u000B\u000C\u0085\u2028\u2029]/g;
// Controls, soft hyphen, zero-width space, word joiner, BOM. ZWNJ/ZWJ stay: Persian and
// Indic scripts need them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00AD\u200B\u2060\uFEFF]/g;
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

export interface CleanOptions {
  /** Drop furniture lines (web pages, feeds, archives; not user files). */
  furniture?: boolean;
}

/** Lines trimmed, runs of spaces collapsed, at most one blank line between paragraphs. */
export function cleanText(text: string, opts: CleanOptions = {}): string {
  const normalized = text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(LINE_BREAKS, '\n')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ');
  const out: string[] = [];
  let blank = false;
  for (const raw of normalized.split('\n')) {
    const line = raw.replace(/ {2,}/g, ' ').trim();
    if (line === '' || (opts.furniture && isFurniture(line))) {
      blank = out.length > 0;
      continue;
    }
    if (blank) out.push('');
    blank = false;
    out.push(line);
  }
  return out.join('\n');
}
