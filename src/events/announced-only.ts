import type { Token } from '../model/index.ts';
import type { PatternMatch } from './patterns.ts';

/**
 * Bare verbs coded only as an announced act. The base form of "attack" is mostly words in
 * politics when it is done or possible ("used Twitter to attack journalists", "the GOP started
 * to attack Senate Democrats", "less able to attack the United States"), but announced by
 * will/would/plans-to it is a threat of force: "Iran will attack Israel" (138), "Islamic State
 * militants plan to attack the United States". The present "attacks" is left too ("Trump attacks
 * the media"); acts done are coded by "attacked", "attack on". So too "strike $" and "bomb $"
 * with an actor right after: "the United States will strike ISIS" (138), "Ted Cruz said he would
 * like to bomb Syria", but not "Turkey continues to bomb Kurds" nor "an earthquake will strike Tokyo".
 */
const ANNOUNCED_ONLY: ReadonlySet<string> = new Set([
  'attack',
  'attacks',
  'strike',
  'strikes',
  'struck',
  'bomb',
  'bombs',
]);

/** Whether `m` is such a bare verb, to be dropped unless announced. */
export function announcedOnly(tokens: readonly Token[], m: PatternMatch): boolean {
  const t = tokens[m.anchor];
  const w = m.pattern.words;
  return (
    (w.length === 1 || (w.length === 2 && w[1].type === 'target')) &&
    t.pos === 'VERB' &&
    ANNOUNCED_ONLY.has(t.lower)
  );
}
