// "rocket fire from Gaza", "criticism from both parties", "took a pounding from the left":
// the actor after "from" is who did what an event noun names.
import type { Mention, Sentence, Token } from '../model/index.ts';
import type { PatternMatch } from './patterns.ts';
import type { Role } from './roles.ts';
import { BOUNDARY } from './words.ts';

/**
 * Roots whose event nouns take their doer after "from". Yielding, reducing relations and
 * expelling name where someone leaves ("withdrawal from Afghanistan", "expulsion from the
 * party", "deportation from the US"); a force posture names where troops come from.
 */
const FROM_AGENT_ROOTS = new Set([
  '01',
  '02',
  '03',
  '04',
  '05',
  '06',
  '07',
  '10',
  '11',
  '12',
  '13',
  '14',
  '17',
  '18',
  '19',
  '20',
]);
const FROM_PLACE_CODES = new Set(['174']);

/** Words that may stand between an event noun and its "from": "a pounding, mostly from". */
function beforeFrom(t: Token): boolean {
  return t.pos === 'ADV' || t.text === ',' || t.pos === 'NOUN';
}

/**
 * The mention after "from" right behind the event noun at `anchor` (whose pattern ends at
 * `last`), when its code's root takes its doer there.
 */
export function fromAgent(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  anchor: number,
  last: number,
  end: number,
  code: string,
): Mention | undefined {
  if (tokens[anchor].pos !== 'NOUN' || !FROM_AGENT_ROOTS.has(code.slice(0, 2)) || FROM_PLACE_CODES.has(code))
    return undefined;
  // the pattern may end in the "from" itself ("rocket fire from")
  for (let i = tokens[last].lower === 'from' ? last : last + 1; i < end && i <= last + 3; i++) {
    const t = tokens[i];
    if (t.lower === 'from') {
      const m = mentions.find(
        (x) => x.tokenStart > i && x.tokenStart <= i + 3 && !x.placeOnly && x.actors.length > 0,
      );
      // "from Monday to Friday", "from 2010": no actor right after it
      return m && !tokens.slice(i + 1, m.tokenStart).some((x) => BOUNDARY.has(x.text)) ? m : undefined;
    }
    if (!beforeFrom(t) || BOUNDARY.has(t.text)) return undefined;
  }
  return undefined;
}

/**
 * Verbs whose subject receives what their object noun names: "received support from", "took a
 * pounding from", "replied to a warning from".
 */
const RECEIVING_VERBS = new Set([
  'receive',
  'get',
  'face',
  'take',
  'draw',
  'win',
  'earn',
  'gain',
  'attract',
  'enjoy',
  'endure',
  'suffer',
  'undergo',
  'weather',
  'absorb',
  'accept',
  'welcome',
  'engage',
  'come',
  'experience',
  // "replying to a warning from Turkey": the warning was addressed to the one replying
  'reply',
  'respond',
  'react',
]);

/**
 * Whether the event noun at `anchor` is the object of a receiving verb ("faced criticism
 * from", "came under fire from", "engaged in questioning from"): its subject is the target.
 */
export function receivedNoun(tokens: readonly Token[], anchor: number, from: number): boolean {
  for (let i = anchor - 1; i >= from && i >= anchor - 6; i--) {
    const t = tokens[i];
    if (t.pos === 'VERB') return RECEIVING_VERBS.has(t.lemma);
    if (t.pos === 'AUX' || t.text === ',' || BOUNDARY.has(t.text)) return false;
  }
  return false;
}

/**
 * The roles of an event noun whose doer follows "from": that doer as the source and, when a
 * receiving verb governs the noun ("faced criticism from", "replied to a warning from"), that
 * verb's subject (`subject()`) as the target.
 */
export function fromAgentRoles(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  m: PatternMatch,
  s: Sentence,
  subject: () => Role | undefined,
): { source: Role; target?: Role } | undefined {
  const doer = fromAgent(tokens, mentions, m.anchor, m.positions.at(-1)!, s.tokenEnd, m.pattern.code);
  if (!doer) return undefined;
  const source: Role = { mention: doer, rule: 'source:from-agent-of-event-noun' };
  if (!receivedNoun(tokens, m.anchor, s.tokenStart)) return { source };
  const receiver = subject();
  return receiver && receiver.mention !== doer
    ? { source, target: { mention: receiver.mention, rule: 'target:receiving-subject' } }
    : { source };
}
