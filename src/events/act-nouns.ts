import type { Mention, Token } from '../model/index.ts';
import { isCapitalized, isLowerInitial } from '../nlp/capitals.ts';
import { isModifier } from './roles.ts';

/** A lower-case word ending in -ed or -ing (built once: see nlp/capitals.ts). */
const PARTICIPLE_FORM = /^\p{Ll}+(?:ed|ing)$/u;

/**
 * Nouns of an actor's deciding, trying or setting out to act, whose "to"-infinitive is that
 * actor's act: "Russia's decision to expel Ukrainian diplomats", "Obama's move to recognize the
 * Syrian opposition", "a growing Chinese willingness to challenge Pyongyang". modality.ts reads
 * what each makes of the act: decision announces it (as "decided to" does), as do willingness,
 * readiness, offer, plan, intention, pledge, promise and vow; refusal and failure say it was not
 * done; move, order, bid, attempt, effort and push leave it the act (as "moved to", "tried to"
 * and "attempted to" do: "his successful order to kill Osama bin Laden").
 */
export const ACT_NOUNS: ReadonlySet<string> = new Set([
  'decision',
  'move',
  'order',
  'bid',
  'attempt',
  'effort',
  'push',
  'willingness',
  'readiness',
  'offer',
  'plan',
  'intention',
  'intent',
  'refusal',
  'failure',
  'pledge',
  'promise',
  'vow',
]);
/** Words that may stand between the owner and its act noun: "Russia's recent decision", "a growing Chinese willingness". */
const DESCRIBING = new Set(['ADJ', 'PART']);
const DESCRIBING_REACH = 3;
/** Prepositions that name the owner after its act noun: "a decision by Israel to attack", "the willingness of Iran to talk". */
const OWNER_PREPOSITIONS = new Set(['by', 'of']);

/**
 * The actor whose act noun heads the "to"-infinitive of the verb at `anchor`: its possessor or
 * modifier ("Russia's decision to expel", "the Chinese decision to send", "the U.S. move to
 * impose") or the actor named by "by"/"of" right after it ("a decision by Russia to expel").
 */
export function actNounOwner(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  anchor: number,
  sentenceStart: number,
  sentenceEnd: number,
): Mention | undefined {
  let to = anchor - 1;
  while (to > sentenceStart && tokens[to].pos === 'ADV') to--;
  // "the Obama administration's policy of granting de facto amnesty": a gerund after a noun of
  // an actor's standing practice is that actor's act
  if (tokens[to]?.lower === 'of' && tokens[anchor].lower.endsWith('ing'))
    return PRACTICE_NOUNS.has(tokens[to - 1]?.lemma ?? '')
      ? ownerOf(tokens, mentions, to - 1, sentenceStart, sentenceEnd)
      : undefined;
  if (tokens[to]?.lower !== 'to') return undefined;
  const noun = infinitiveNoun(tokens, to);
  // "a decision by Russia to expel": the actor between the noun and "to"
  if (noun < to - 1) return mentions.find((m) => m.tokenEnd === to && m.tokenStart > noun + 1);
  if (noun <= sentenceStart || !actNoun(tokens[noun])) return undefined;
  return ownerOf(tokens, mentions, noun, sentenceStart, sentenceEnd);
}

/** Nouns of an actor's standing way of acting, whose "of"-gerund is its act: "policy of granting". */
const PRACTICE_NOUNS = new Set(['policy', 'practice', 'strategy', 'tactic', 'habit']);

/** The possessor or modifier of the act noun at `noun`, past its describing words. */
function ownerOf(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  noun: number,
  sentenceStart: number,
  sentenceEnd: number,
): Mention | undefined {
  if (noun <= sentenceStart) return undefined;
  let k = noun - 1;
  while (k > sentenceStart && noun - k <= DESCRIBING_REACH && describing(tokens[k])) k--;
  for (; k < noun; k++) {
    const owner = mentions.find((m) => m.tokenEnd === k + 1);
    if (owner && isModifier(tokens, owner, sentenceEnd) && ownsFrom(tokens, owner, noun)) return owner;
  }
  return undefined;
}

function actNoun(t: Token | undefined): boolean {
  return t !== undefined && ACT_NOUNS.has(t.lemma) && isLowerInitial(t.text);
}

/** "recent", "'s", "renewed", "growing": a word describing the act noun. */
function describing(t: Token): boolean {
  return DESCRIBING.has(t.pos) || t.lower === "'s" || t.lower === '’s' || PARTICIPLE_FORM.test(t.text);
}

/** Whether only describing words stand between the owner and the noun. */
function ownsFrom(tokens: readonly Token[], owner: Mention, noun: number): boolean {
  return tokens.slice(owner.tokenEnd, noun).every(describing);
}

/** Words of a name after "by"/"of": "the", "U.S.", "Defense", "Department". */
const NAME_WORDS = new Set(['DET', 'PROPN']);
const NAME_REACH = 5;

/**
 * Where the noun a "to"-infinitive depends on stands, when an owner named by "by"/"of" comes
 * between them ("a decision by Russia to expel": the decision), else the word before `to`.
 */
export function infinitiveNoun(tokens: readonly Token[], to: number): number {
  let k = to - 1;
  while (k > 0 && to - k <= NAME_REACH && nameWord(tokens[k])) k--;
  return k < to - 1 && OWNER_PREPOSITIONS.has(tokens[k].lower) && actNoun(tokens[k - 1]) ? k - 1 : to - 1;
}

function nameWord(t: Token): boolean {
  return NAME_WORDS.has(t.pos) || isCapitalized(t.text);
}
