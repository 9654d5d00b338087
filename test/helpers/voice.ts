import assert from 'node:assert/strict';
import { verbalParticiple } from '../../src/events/participles.ts';
import type { Token } from '../../src/model/index.ts';
import { analyzeText } from '../../src/nlp/index.ts';

/** The voice read for the first token `word` of `text`, as the coder sees it. */
export function voice(text: string, word: string): string | undefined {
  const { tokens } = analyzeText(text);
  const i = tokens.findIndex((t: Token) => t.lower === word);
  assert.ok(i >= 0, `${word} in ${text}`);
  return verbalParticiple(tokens, i, 0, tokens.length);
}
