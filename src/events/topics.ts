import type { Mention, Token } from '../model/index.ts';
import { prevWordIndex } from './roles.ts';

/** Prepositions that open what an act or statement is about. */
const TOPIC_PREPOSITIONS = new Set(['about', 'regarding', 'concerning', 'over']);

/**
 * Nouns of talk whose "on" opens their topic ("comment on", "talks on", "a hearing on"); not
 * "debate": "refused to end debate on Hagel's nomination" acts on what is debated.
 */
const TALK_NOUNS = new Set([
  'comment',
  'comments',
  'talks',
  'hearing',
  'hearings',
  'question',
  'questions',
  'report',
  'views',
  'remarks',
  'statement',
  'claims',
  'information',
  'answers',
  'documents',
  'leaks',
  'testimony',
  'briefing',
  'reports',
  'provision',
  'investigation',
  'inquiry',
]);

/**
 * Prepositions by which a topic's noun names whom it concerns ("the shift in U.S. policy",
 * "campaigns against Iran"); not "from", "with" or "for", which often name the doer or the
 * other party the act is aimed at ("concerns over threats coming from Pyongyang", "concern
 * about trade deficits with South Korea").
 */
const TOPIC_OWNER_PREPOSITIONS = new Set(['of', 'in', 'by', 'on', 'against', 'to']);

/** Verbs of talk whose "on" opens their topic past the pattern ("agreed to testify on Libya"). */
const TALK_VERBS = new Set(['consult', 'testify', 'comment', 'brief', 'speak', 'report', 'write', 'focus']);

/** Whether the word before a preposition is a noun or verb of talk. */
function talkWord(t: Token | undefined): boolean {
  if (!t) return false;
  return TALK_NOUNS.has(t.lower) || (t.pos === 'VERB' && TALK_VERBS.has(t.lemma));
}

/** Whether the token at `k` opens a topic phrase. */
function opensTopic(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (TOPIC_PREPOSITIONS.has(t.lower)) return t.pos === 'ADP' || t.pos === 'SCONJ';
  return t.lower === 'on' && talkWord(tokens[k - 1]);
}

/**
 * "called for hearings on Libya", "demanded answers about Iran": past the pattern, what a
 * noun of talk is on or about is its topic, not a party ("criticized hearings" keeps its own
 * object: the noun must lie past the pattern).
 */
function talkTopic(tokens: readonly Token[], p: number): boolean {
  const prep = tokens[p].lower;
  return (prep === 'on' || TOPIC_PREPOSITIONS.has(prep)) && talkWord(tokens[p - 1]);
}

/**
 * "rejected claims about the shift in U.S. military focus", "expressed doubts over the
 * prospects of Iran's talks": past the pattern, an actor hung by "of", "in" or "by" on a
 * topic's noun only says what the topic is about, not whom the act is aimed at ("criticized
 * the U.S. over its policy" names its target before the topic).
 */
export function insideTopicPhrase(tokens: readonly Token[], m: Mention, patternEnd: number): boolean {
  const p = prevWordIndex(tokens, m);
  if (p > patternEnd + 1 && talkTopic(tokens, p)) return true;
  if (!TOPIC_OWNER_PREPOSITIONS.has(tokens[p]?.lower ?? '')) return false;
  // the pattern's own last word may open the topic: "declined to comment on the prospects for
  // action by the Fed" ("expressed concern over Uganda's arrest" keeps the actor right after it)
  for (let k = patternEnd; k < p - 1; k++) {
    if (!opensTopic(tokens, k)) continue;
    // a noun between the topic's preposition and the owner's: the topic is not the actor
    if (tokens.slice(k + 1, p).some((t) => t.pos === 'NOUN')) return true;
  }
  return false;
}
