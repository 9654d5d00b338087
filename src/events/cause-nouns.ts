import type { Token } from '../model/index.ts';

/** Nouns of an armed struggle that also name a cause: "the fight against ISIS", "a war against terror". */
const STRUGGLE_NOUNS = new Set(['fight', 'battle', 'war', 'struggle']);
/** Articles that give the struggle no owner (a possessive "its fight", "Iraq's battle" gives one). */
const UNOWNED = new Set(['the', 'a', 'an', 'another']);
/** Words between the article and the noun: "the global fight", "a long, hard war", "the U.S.-led fight". */
const BETWEEN = new Set(['ADJ', 'ADV', 'NUM', 'NOUN', 'PUNCT']);
/** How far back the article may stand: "a long, costly and bloody war". */
const REACH = 6;
/**
 * Verbs that make an unowned struggle the subject's own: "joined the fight against", "leads the
 * battle", "relying on Iraqis to carry the fight against the Islamic State".
 */
const OWN_STRUGGLE = new Set([
  'join',
  'lead',
  'wage',
  'win',
  'lose',
  'escalate',
  'intensify',
  'spearhead',
  'carry',
  'take',
  'continue',
]);
/** Verbs before "up" that do the same: "stepped up the fight against", "ramp up the war". */
const OWN_STRUGGLE_UP = new Set(['step', 'ramp', 'keep']);
/** Words before "in" that put the subject inside the struggle: "are in a fierce battle with", "locked in a war". */
const INSIDE = new Set(['be', 'remain', 'lock', 'engage', 'embroil', 'involve', 'mire', 'bog']);

/**
 * Whether the struggle noun at `anchor` names a cause rather than the clause subject's combat:
 * "offered assistance in the battle against ISIS", "are recruiting Christians to join… ", "expects
 * Turkey to step up in the fight against the militants", "steeling themselves for a yearslong
 * fight against the Islamic State", "focused on issues like the battle against Islamic militants".
 * An unowned "the/a fight against X" is the subject's only when a verb of taking it up governs it
 * ("joined the fight", "waged a war against", "stepped up the fight") or the subject is in it
 * ("are in a battle with"); an owner ("their daily fight against IS", "the U.S.-led fight",
 * found as the noun's own actor) still makes it an act.
 */
export function causeNoun(tokens: readonly Token[], anchor: number, sentenceStart: number): boolean {
  const a = tokens[anchor];
  if (a.pos !== 'NOUN' || !STRUGGLE_NOUNS.has(a.lemma)) return false;
  let i = anchor - 1;
  while (
    i > sentenceStart &&
    i >= anchor - REACH &&
    BETWEEN.has(tokens[i].pos) &&
    !UNOWNED.has(tokens[i].lower)
  )
    i--;
  if (!UNOWNED.has(tokens[i].lower)) return false;
  if (i <= sentenceStart) return false;
  const before = tokens[i - 1];
  if (before.pos === 'VERB' && OWN_STRUGGLE.has(before.lemma)) return false;
  if (before.lower === 'up' && i - 2 >= sentenceStart && OWN_STRUGGLE_UP.has(tokens[i - 2].lemma))
    return false;
  // "the rebels are in a fierce battle with government forces", "remain locked in a war"
  return !(before.lower === 'in' && i - 2 >= sentenceStart && INSIDE.has(tokens[i - 2].lemma));
}
