// CAMEO 193-195 by the weapon the text names: a general use of force (190) "by a US drone
// strike", "with rockets", "in an air raid", or by "Israeli aircraft" is the specific kind.
import type { Mention, Token } from '../model/index.ts';
import type { PatternMatch } from './patterns.ts';
import { BOUNDARY, NOMINAL_PHRASE } from './words.ts';

/** Weapon words and the code of a fight with them; CAMEO's precedence is remote > aerial > heavy > small. */
const WEAPONS: ReadonlyMap<string, string> = new Map([
  ['drone', '1952'],
  ['drones', '1952'],
  ['airstrike', '195'],
  ['airstrikes', '195'],
  ['air-strike', '195'],
  ['air-strikes', '195'],
  ['aircraft', '195'],
  ['warplane', '195'],
  ['warplanes', '195'],
  ['gunship', '195'],
  ['gunships', '195'],
  ['helicopter', '195'],
  ['helicopters', '195'],
  ['artillery', '194'],
  ['shelling', '194'],
  ['tank', '194'],
  ['tanks', '194'],
  ['rocket', '194'],
  ['rockets', '194'],
  ['howitzer', '194'],
  ['howitzers', '194'],
  ['warship', '194'],
  ['warships', '194'],
  ['gunfire', '193'],
  ['rifle', '193'],
  ['rifles', '193'],
  ['sniper', '193'],
  ['snipers', '193'],
  ['gunmen', '193'],
  ['gunman', '193'],
  ['bullets', '193'],
  ['pistol', '193'],
  ['handgun', '193'],
]);
/** "air strike", "air raid", "air force": aerial when written as two words. */
const AIR_SECOND = new Set(['strike', 'strikes', 'raid', 'raids', 'force', 'power', 'attack', 'attacks']);
/** "think tank", "fuel tank": no weapon. */
const NOT_WEAPON_BEFORE = new Set(['think', 'fuel', 'gas', 'oil', 'water', 'septic', 'storage', 'shark']);
const PRECEDENCE = ['1952', '195', '194', '193'];
/** Words that introduce the means after the verb: "killed by a drone", "attacked them with rockets". */
const MEANS_CUES = new Set(['by', 'with', 'in', 'using']);
/** How far the means may stand from the pattern's end, and how long its noun phrase may be. */
const AFTER_REACH = 8;
const PHRASE_REACH = 5;
const SUBJECT_REACH = 8;

function weaponAt(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (t.lower === 'air' && AIR_SECOND.has(tokens[i + 1]?.lower ?? '')) return '195';
  const code = WEAPONS.get(t.lower);
  if (!code || (prev && NOT_WEAPON_BEFORE.has(prev.lower))) return undefined;
  return code;
}

function strongest(codes: readonly string[]): string | undefined {
  return PRECEDENCE.find((c) => codes.includes(c));
}

/**
 * The specific fight code (1952, 195, 194, 193) for a general use of force (190) whose doer or
 * means names its weapon: in the subject's words before the verb ("a CIA drone killed",
 * "Israeli aircraft struck"), or in a by/with/in/using phrase right after the pattern ("killed by
 * Palestinian rocket fire", "attacking rebels with rockets"). A weapon that is the object ("fired
 * on a U.S. drone", "destroyed 45 tanks") is what was hit, not the means.
 */
export function weaponCode(
  tokens: readonly Token[],
  m: PatternMatch,
  source: Mention | undefined,
  sentenceEnd: number,
): string | undefined {
  if (m.pattern.code !== '190') return undefined;
  const found: string[] = [];
  // the doer's own words up to the verb: "a U.S. drone killed", "Israeli Defense Forces aircraft struck"
  if (source && source.tokenStart < m.anchor && m.anchor - source.tokenStart <= SUBJECT_REACH) {
    for (let i = source.tokenStart; i < m.anchor; i++) {
      const t = tokens[i];
      if (BOUNDARY.has(t.text) || t.text === ',') {
        found.length = 0;
        break;
      }
      const c = weaponAt(tokens, i);
      if (c) found.push(c);
    }
  }
  // the means after the pattern: "by a US drone strike", "with rockets"
  const last = m.positions.at(-1)!;
  const end = Math.min(sentenceEnd, last + 1 + AFTER_REACH);
  for (let i = last + 1; i < end; i++) {
    const t = tokens[i];
    if (BOUNDARY.has(t.text) || t.text === ',') break;
    if (t.pos === 'VERB' && t.lower !== 'using') break;
    if (!MEANS_CUES.has(t.lower)) continue;
    for (let k = i + 1; k < Math.min(sentenceEnd, i + 1 + PHRASE_REACH); k++) {
      const w = tokens[k];
      if (!NOMINAL_PHRASE.has(w.pos) && w.text !== '-') break;
      const c = weaponAt(tokens, k);
      if (c) found.push(c);
    }
  }
  return strongest(found);
}
