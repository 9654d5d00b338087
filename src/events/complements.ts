import type { Token } from '../model/index.ts';
import type { PatternMatch } from './patterns.ts';
import { intentCode, threatCode } from './intent.ts';
import { BOUNDARY } from './words.ts';

const MARKERS = new Set(['to', 'of', 'for', 'against', 'from']);
const REACH = 8;

/**
 * In a chain ("threatened to impose sanctions", "accused Iran of attacking", "agreed to
 * remain engaged and to collaborate") the first event pattern governs: later patterns
 * introduced by to/of/for within its clause are absorbed. Returns [kept, absorbed].
 */
export function absorbComplements(
  tokens: readonly Token[],
  matches: readonly PatternMatch[],
): [PatternMatch[], PatternMatch[]] {
  const kept: PatternMatch[] = [];
  const absorbed: PatternMatch[] = [];
  for (const b of matches) {
    const governor = kept.find((a) => governs(tokens, a, b));
    if (governor) absorbed.push(b);
    else kept.push(b);
  }
  return [kept, absorbed];
}

function governs(tokens: readonly Token[], a: PatternMatch, b: PatternMatch): boolean {
  const end = a.positions.at(-1)!;
  if (end >= b.anchor || b.anchor - end > REACH) return false;
  for (let i = end + 1; i < b.anchor; i++)
    if (BOUNDARY.has(tokens[i].text) || tokens[i].text === ',') return false;
  let i = b.anchor - 1;
  while (i > end && tokens[i].pos === 'ADV') i--;
  return i > end - 1 && MARKERS.has(tokens[i].lower);
}
