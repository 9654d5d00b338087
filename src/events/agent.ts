import type { Doc, Mention, Token } from '../model/index.ts';
import { canAct, ownerOfNextAgent, type Role } from './roles.ts';
import { BOUNDARY, RELATIVES } from './words.ts';

/** "by the regional powerhouses of Qatar": a noun phrase whose "of" names the agent, right after "by". */
function ofPhraseAgent(tokens: readonly Token[], by: number, x: Mention): boolean {
  if (x.tokenStart > by + 6 || tokens[x.tokenStart - 1].lower !== 'of') return false;
  for (let k = by + 1; k < x.tokenStart - 1; k++)
    if (tokens[k].pos !== 'DET' && tokens[k].pos !== 'ADJ' && tokens[k].pos !== 'NOUN') return false;
  return true;
}

/**
 * The passive agent: "was praised by X". With `reach` beyond the default, the "by" may
 * follow a prepositional phrase of the verb ("were killed in an air strike by Afghan
 * forces") but not a comma, another verb or a new clause.
 */
export function findAgent(
  doc: Doc,
  mentions: readonly Mention[],
  after: number,
  sentenceEnd: number,
  reach = 3,
): Role | undefined {
  const tokens = doc.tokens;
  let open = true; // no comma, verb or clause yet: the "by" may still follow
  for (let i = after + 1; i < sentenceEnd && i <= after + reach; i++) {
    const t = tokens[i];
    if (t.lower !== 'by') {
      if (AGENT_PHRASE_STOPS.has(t.pos) || t.text === ',' || BOUNDARY.has(t.text) || RELATIVES.has(t.lower))
        open = false;
      if (!open && i >= after + 3) break;
      continue;
    }
    if (i > after + 3 && !open) break;
    // "his attacks on Clinton by suggesting that the former secretary…": "by" + gerund is the means
    if (meansGerund(tokens[i + 1])) break;
    let m = mentions.find(
      (x) => x.tokenStart > i && (x.tokenStart <= i + 3 || ofPhraseAgent(tokens, i, x)) && canAct(x),
    );
    // "protests by Bernie Sanders supporters": the person says whose the group is, which acted
    if (m && ownerOfNextAgent(tokens, mentions, m))
      m = mentions.find((x) => x.tokenStart === m?.tokenEnd) ?? m;
    if (m)
      return {
        mention: m,
        rule: i > after + 3 ? 'source:passive-by-agent-after-phrase' : 'source:passive-by-agent',
      };
  }
  return undefined;
}

/** -ing words that, after "by", describe the doer rather than name the means: "by ruling party lawmakers". */
const GROUP_PARTICIPLES = new Set([
  'ruling',
  'governing',
  'warring',
  'fighting',
  'rioting',
  'protesting',
  'striking',
  'opposing',
  'retreating',
  'advancing',
  'invading',
  'leading',
  'outgoing',
  'incoming',
  'retiring', // "the seat left open by retiring Sen. Saxby Chambliss"
  'departing',
  'sitting',
  'visiting',
  'serving',
  'reigning',
  'dissenting',
]);

/** "by suggesting", "by refusing", "by calling Obama a liar": a means clause, whose objects are no agent. */
export function meansGerund(t: Token | undefined): boolean {
  return !!t && t.pos === 'VERB' && t.lower.endsWith('ing') && !GROUP_PARTICIPLES.has(t.lower);
}

/** Words that end the verb's phrases: a "by" after them belongs to another clause. */
const AGENT_PHRASE_STOPS = new Set(['VERB', 'AUX', 'SCONJ', 'CCONJ', 'PRON']);

/**
 * A passive agent inside a pattern, right after its verb: "was urged by the UN to release",
 * "were pressured by Congress into". Not when a verb follows the agent before the pattern
 * ends ("bills considered by Congress could trigger retaliation by"): the gap then runs on
 * into another clause.
 */
export function agentInPattern(
  doc: Doc,
  mentions: readonly Mention[],
  anchor: number,
  last: number,
): Role | undefined {
  if (last <= anchor) return undefined;
  const agent = findAgent(doc, mentions, anchor, last);
  if (!agent) return undefined;
  for (let i = agent.mention.tokenEnd; i < last; i++)
    if (doc.tokens[i].pos === 'VERB' || doc.tokens[i].pos === 'AUX') return undefined;
  return agent;
}
