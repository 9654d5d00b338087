import type { Token } from '../model/index.ts';
import type { PatternMatch } from './patterns.ts';

/**
 * Bare verbs coded only as an announced act. The base form of "attack" is mostly words in
 * politics when it is done or possible ("used Twitter to attack journalists", "the GOP started
 * to attack Senate Democrats", "less able to attack the United States"), but announced by
 * will/would/plans-to it is a threat of force: "Iran will attack Israel" (138), "Islamic State
 * militants plan to attack the United States". The present "attacks" is left too ("Trump attacks
 * the media"); acts done are coded by "attacked", "attack on".
 */
const ANNOUNCED_ONLY: ReadonlySet<string> = new Set(['attack', 'attacks']);

/** Whether `m` is such a bare verb, to be dropped unless announced. */
export function announcedOnly(tokens: readonly Token[], m: PatternMatch): boolean {
  const t = tokens[m.anchor];
  return m.pattern.words.length === 1 && t.pos === 'VERB' && ANNOUNCED_ONLY.has(t.lower);
}
