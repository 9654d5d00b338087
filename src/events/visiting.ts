// "told visiting U.S. Secretary of State George Shultz": a visit named by the adjective
// "visiting" before its visitor is hosted by the clause's subject.
import type { Mention, Token } from '../model/index.ts';
import type { PatternMatch } from './patterns.ts';

/**
 * The match recoded as hosting (043) when "visiting" modifies the visitor named right after it
 * and is no verb of its own ("Deng told visiting U.S. Secretary of State Shultz", "talks with
 * the visiting Japanese prime minister"): the subject is the host, the visitor the target, as
 * in "Deng hosted Shultz". "Obama is visiting Israel", "Obama, visiting Israel, said" are visits.
 */
const BEFORE_ADJECTIVE = new Set(['DET', 'VERB', 'ADP', 'SCONJ']);

export function prenominalVisiting(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  m: PatternMatch,
): PatternMatch | undefined {
  const a = tokens[m.anchor];
  if (m.pattern.code !== '042' || a.lower !== 'visiting' || m.positions.length !== 1) return undefined;
  const before = tokens[m.anchor - 1];
  // after an article, a verb or a preposition ("the visiting", "told visiting", "with visiting");
  // "spent his time visiting businesses", "is visiting" are verbs
  if (!before || before.sentence !== a.sentence || !BEFORE_ADJECTIVE.has(before.pos)) return undefined;
  if (mentions.some((x) => x.tokenEnd === m.anchor)) return undefined;
  if (!mentions.some((x) => x.tokenStart === m.anchor + 1 && !x.placeOnly)) return undefined;
  return {
    ...m,
    pattern: { ...m.pattern, code: '043', mode: 'host' },
    recoded: 'host:visiting-before-visitor',
  };
}
