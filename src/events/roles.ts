import { HONORIFICS, TEMPORAL_NOUNS } from '../actors/index.ts';
import { COMPASS_ADJECTIVES } from '../geo/index.ts';
import type { Mention, Token } from '../model/index.ts';
import { isLowerInitial } from '../nlp/capitals.ts';

/** A mention chosen for a role, with the coder rule that chose it. */
export interface Role {
  mention: Mention;
  rule: string;
}

/** The index of the word before a mention, looking past a courtesy title ("than Mr. Romney" → "than"). */
export function prevWordIndex(tokens: readonly Token[], m: Mention): number {
  let i = m.tokenStart - 1;
  if (i > 0 && HONORIFICS.has(tokens[i].lower) && tokens[i - 1].sentence === tokens[i].sentence) i--;
  // "of southern Serbia", "from neighbouring Syria": the preposition before the place's adjective
  if (i > 0 && PLACE_ADJECTIVES.has(tokens[i].lower) && tokens[i - 1].sentence === tokens[i].sentence) i--;
  // "to European governments", "from a riled-up crowd": the preposition before the adjectives
  let adjectives = 0;
  while (
    adjectives < 3 &&
    i > 0 &&
    tokens[i].pos === 'ADJ' &&
    tokens[i - 1].sentence === tokens[i].sentence
  ) {
    i--;
    adjectives++;
  }
  // "in every U.S. school", "with some Republican senators": the preposition before the determiner
  if (
    i > 0 &&
    tokens[i].pos === 'DET' &&
    (adjectives > 0 || tokens[i - 1].pos === 'ADP') &&
    tokens[i - 1].sentence === tokens[i].sentence
  )
    i--;
  return i;
}

export function prevWord(tokens: readonly Token[], m: Mention): Token | undefined {
  const i = prevWordIndex(tokens, m);
  return i >= 0 ? tokens[i] : undefined;
}

/** Adjectives that sit between a preposition and a place: "in northern Iraq". */
const PLACE_ADJECTIVES = new Set<string>([...COMPASS_ADJECTIVES, 'neighboring', 'neighbouring', 'occupied']);

/** A mention used as a modifier of a following noun ("US military equipment"). */
export function isModifier(tokens: readonly Token[], m: Mention, sentenceEnd: number): boolean {
  if (m.possessive) return true;
  const next = m.tokenEnd < sentenceEnd ? tokens[m.tokenEnd] : undefined;
  if (next?.pos !== 'NOUN' || !isLowerInitial(next.text) || TEMPORAL.has(next.lower)) return false;
  // "the Palestinian Islamic Jihad movement", "the UNITA militarist wing": a named group's
  // generic head noun is the group itself
  return !(m.kind === 'organization' && ORGANIZATION_HEADS.has(next.lemma));
}

/** Generic head nouns after a group's name that name the group itself. */
const ORGANIZATION_HEADS = new Set([
  'movement',
  'group',
  'organization',
  'organisation',
  'faction',
  'wing',
  'militia',
  'party',
  'front',
  'coalition',
  'alliance',
  'network',
  'leadership',
  'command',
  'guerrilla',
  'rebel',
  'fighter',
  'militant',
]);

/** Nouns of time that follow a subject without modifying it ("Iran today threatened"), and adverbs that do so too. */
export const TEMPORAL = new Set([
  ...TEMPORAL_NOUNS,
  'afternoon',
  'earlier',
  'later',
  'recently',
  'also',
  'again',
]);

export function canAct(m: Mention): boolean {
  return !m.placeOnly && m.actors.length > 0;
}

/**
 * Whether mention `m` is a person named right before a group of people that took its country
 * from them ("Morsi supporters", "Assad's forces": src/actors/possessor.ts): the name, bare or
 * possessive, says whose the group is, and the group heads the noun phrase. Not an office or a
 * body, whose sector a possessor does not fix ("Reid's chief of staff" serves the Senate, not
 * the government), nor a quality ("praised Romney's leadership"): both stay the person's.
 */
export function ownerOfNextAgent(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  m: Mention,
): boolean {
  return mentions.some(
    (x) =>
      x.tokenStart === m.tokenEnd &&
      x.collective === true &&
      pluralHead(tokens, x) &&
      x.actors.some((a) => a.rules.includes('agent-of-possessor')),
  );
}

/** Whether a mention's last word is a plural noun: "supporters", "forces", "officials". */
function pluralHead(tokens: readonly Token[], m: Mention): boolean {
  const last = tokens[m.tokenEnd - 1];
  return last.pos === 'NOUN' && last.lower !== last.lemma;
}
