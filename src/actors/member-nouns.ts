import { type Mention, mentionWith, type Token } from '../model/index.ts';

/** Nouns for a body's own people, which act for the body: "Taliban members", "opposition members". */
const MEMBER_NOUNS = new Set(['member', 'members']);
/** Mentions that are bodies of people; a country's "members" are not its government ("Israeli members of the panel"). */
const BODIES = new Set(['organization', 'agent']);

/**
 * An organization or a body named right before "members" is the actor of the whole phrase:
 * "Four Taliban members met Alice Wells", "Syrian opposition members have said they will
 * release". Without this the noun after the name heads the phrase and the sentence has no
 * subject. A demonym is not extended: "Russian members of the crew" are no government.
 */
export function withMemberNouns(tokens: readonly Token[], mentions: Mention[]): Mention[] {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const next = tokens[m.tokenEnd];
    if (
      !next ||
      next.sentence !== m.sentence ||
      !MEMBER_NOUNS.has(next.lower) ||
      !BODIES.has(m.kind) ||
      m.possessive ||
      mentions[k + 1]?.tokenStart === m.tokenEnd
    )
      continue;
    mentions[k] = mentionWith(m, { end: next.end, tokenEnd: m.tokenEnd + 1 });
  }
  return mentions;
}
