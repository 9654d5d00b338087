// Clues that a mention left of a verb is not its subject: an object of another verb, or a
// subject noun phrase that names no actor. Pure functions over one sentence's tokens.
import { HONORIFICS, unknownSpeaker } from '../actors/index.ts';
import type { Mention, Token } from '../model/index.ts';
import {
  CLAUSE_PREPOSITIONS,
  DEFINITE,
  POSSESSIVE_PRONOUNS,
  REPORTING,
  SCHEDULED,
  SUBJECT_PRONOUNS,
  SUBORDINATORS,
  TIME_NOUNS,
  VOICING_VERBS,
  verbBefore,
} from './words.ts';

/**
 * "…undercut NRA leaders and appeal to…": a mention right after a verb, with only "and"/"or"/
 * "but" between it and the anchor, is that verb's object; the anchor shares the verb's subject.
 */
export function objectOfCoordinatedVerb(
  tokens: readonly Token[],
  m: Mention,
  anchor: number,
  sentenceStart: number,
): boolean {
  let i = m.tokenEnd;
  let joined = false;
  for (; i < anchor; i++) {
    const t = tokens[i];
    if (COORDINATORS.has(t.lower)) joined = true;
    else if (t.pos !== 'ADV' && t.text !== ',') return false;
  }
  if (!joined) return false;
  const verb = verbBefore(tokens, m.tokenStart, sentenceStart);
  return !!verb && !REPORTING.has(verb.lemma);
}

const COORDINATORS = new Set(['and', 'or', 'but']);

/**
 * "…he told reporters after a meeting with Wright": an actor right after a verb, followed by a
 * prepositional phrase headed by the event noun, is the verb's object; the event is the
 * verb's subject's.
 */
export function objectBeforeAdjunct(
  tokens: readonly Token[],
  m: Mention,
  anchor: number,
  sentenceStart: number,
): boolean {
  if (tokens[m.tokenEnd]?.pos !== 'ADP' || m.tokenEnd >= anchor) return false;
  // "left Washington for a tour of Europe and debt discussions with": the event noun may close a
  // list of nouns the preposition governs
  const joined = tokens[anchor - 1]?.pos === 'NOUN' ? anchor - 1 : anchor;
  const and = tokens[joined - 1]?.lower === 'and' ? joined - 1 : -1;
  for (let i = m.tokenEnd + 1; i < anchor; i++) {
    const p = tokens[i].pos;
    if (i === and || (and > 0 && i < and && ADJUNCT_LIST.has(p)) || (i > and && i === joined && and > 0))
      continue;
    // "in an Aug. 21 chemical weapons attack": nouns and names before it modify the event noun
    if (p !== 'DET' && p !== 'ADJ' && p !== 'NUM' && p !== 'NOUN' && p !== 'PROPN') return false;
  }
  // "asked the U.S. military for an airstrike": the one asked is the one to act
  const verb = verbBefore(tokens, partitiveStart(tokens, m.tokenStart, sentenceStart), sentenceStart);
  return !!verb && !ASKING_VERBS.has(verb.lemma);
}
/**
 * "killing 1,400 of his own people": the start of the quantity a partitive "of" phrase
 * at `at` belongs to, or `at` itself.
 */
function partitiveStart(tokens: readonly Token[], at: number, sentenceStart: number): number {
  let j = at - 1;
  while (j > sentenceStart && (tokens[j].pos === 'ADJ' || OWNER_WORDS.has(tokens[j].lower))) j--;
  if (j <= sentenceStart || tokens[j].lower !== 'of') return at;
  const q = tokens[j - 1];
  return q.pos === 'NUM' || QUANTIFIERS.has(q.lower) ? j - 1 : at;
}
/** What may open the noun of a partitive "of" phrase: "of his own people", "of the 300 troops". */
const OWNER_WORDS = new Set([...POSSESSIVE_PRONOUNS, 'the']);
const QUANTIFIERS = new Set(['some', 'many', 'most', 'all', 'dozens', 'hundreds', 'thousands', 'scores']);
/** Words of the nouns before the event noun in an adjunct's list: "a tour of Europe and". */
const ADJUNCT_LIST = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'ADP']);
const ASKING_VERBS = new Set([
  'ask',
  'urge',
  'press',
  'request',
  'invite',
  'call',
  'beg',
  'implore',
  'pay',
  'hire',
]);

/**
 * "…as when a woman accused Obama of treason": the verb's subject is an indefinite noun phrase
 * that names no actor, so no actor further left is its subject. The noun stands right before
 * the verb (adverbs and auxiliaries aside), its phrase opens a clause (sentence start, comma,
 * subordinator or "that"), so it is no prepositional object ("in a statement condemned"), and
 * it is not definite: "the bank had been urging" may well be an actor named before. A subject
 * pronoun no actor was resolved for, after a speaker the dictionaries do not know, is such a
 * subject too.
 */
export function unnamedSubject(
  tokens: readonly Token[],
  left: readonly Mention[],
  anchor: number,
  sentenceStart: number,
): boolean {
  let i = anchor - 1;
  for (; i > sentenceStart; i--) {
    const t = tokens[i];
    // "to meet": an infinitive has no subject here; "was criticized", "were clashing": not the act of the noun
    if (t.lower === 'to' || (t.pos === 'AUX' && t.lemma === 'be')) return false;
    if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'PART') break;
  }
  const head = tokens[i];
  // "Hicks told reporters he would…": a subject pronoun after a speaker we do not know is that speaker
  if (head.pos === 'PRON' && SUBJECT_PRONOUNS.has(head.lower))
    return (
      !left.some((m) => m.tokenStart <= i && m.tokenEnd > i) && unknownSpeaker(tokens, left, sentenceStart, i)
    );
  if (head.pos === 'PROPN' && i > sentenceStart) return unknownNameSubject(tokens, left, i, sentenceStart);
  if (i <= sentenceStart || head.pos !== 'NOUN' || TIME_NOUNS.has(head.lemma)) return false;
  const last = left.at(-1);
  let j = bareNounPhraseStart(tokens, i, sentenceStart);
  // "that bombings and other mass violence also killed": a conjunct of bare noun phrases; after
  // a comma it may close a list that names actors ("the NRA, video game makers and others met")
  let joined = false;
  while (
    j > sentenceStart &&
    (tokens[j].lower === 'and' || tokens[j].lower === 'or') &&
    tokens[j - 1].pos === 'NOUN'
  ) {
    j = bareNounPhraseStart(tokens, j - 1, sentenceStart);
    joined = true;
  }
  if (j === NOT_BARE || (joined && tokens[j]?.text === ',')) return false;
  if (last && last.tokenEnd > j) return false;
  if (j < sentenceStart) return true;
  const opener = tokens[j];
  return (
    opener.text === ',' ||
    opener.lower === 'that' ||
    SUBORDINATORS.has(opener.lower) ||
    opener.pos === 'SCONJ'
  );
}

/**
 * The index before a noun phrase without a definite determiner whose head noun is at `i`
 * ("other mass violence", "a woman"), or NOT_BARE when a definite determiner opens it.
 */
function bareNounPhraseStart(tokens: readonly Token[], i: number, sentenceStart: number): number {
  let j = i - 1;
  while (
    j >= sentenceStart &&
    (tokens[j].pos === 'ADJ' || tokens[j].pos === 'NUM' || tokens[j].pos === 'NOUN')
  )
    j--;
  if (j >= sentenceStart && tokens[j].pos === 'DET') {
    if (!INDEFINITE_DETERMINERS.has(tokens[j].lower)) return NOT_BARE;
    j--;
  }
  return j;
}
const NOT_BARE = -2;

/**
 * "…from the 40 cts a share he had forecast before Anacomp agreed to buy DatagraphiX": a name
 * no mention covers, ending at `i` right before the verb and opening a clause, is the verb's
 * subject, one the dictionaries do not know.
 */
function unknownNameSubject(
  tokens: readonly Token[],
  left: readonly Mention[],
  i: number,
  sentenceStart: number,
) {
  if (left.some((m) => m.tokenStart <= i && m.tokenEnd > i)) return false;
  let j = i - 1;
  while (j >= sentenceStart && (tokens[j].pos === 'PROPN' || HONORIFICS.has(tokens[j].lower))) j--;
  // "Deputy CIA Director Mike Morrell agreed": a name with a known actor in its title is that actor's
  if (j < sentenceStart || left.some((m) => m.tokenStart > j && m.tokenStart < i)) return false;
  const opener = tokens[j];
  return (
    opener.lower === 'that' ||
    SUBORDINATORS.has(opener.lower) ||
    CLAUSE_PREPOSITIONS.has(opener.lower) ||
    opener.pos === 'SCONJ'
  );
}

/**
 * "Authorities say the Tsarnaevs also killed…", "the war, which the United Nations says has
 * killed…": a verb of saying whose complement clause holds the anchor; the clause's subject
 * is a phrase that names no actor, or stands before the speaker (a relative pronoun), so the
 * speaker is no subject of the anchor.
 */
export function reportedUnnamedSubject(
  tokens: readonly Token[],
  left: readonly Mention[],
  anchor: number,
  sentenceStart: number,
): boolean {
  // "said the policies had been welcomed by the IMF", "said inviting Clinton was…": not here
  if (tokens[anchor].lower.endsWith('ing')) return false;
  let i = anchor - 1;
  while (i > sentenceStart && (tokens[i].pos === 'ADV' || tokens[i].pos === 'AUX')) {
    if (tokens[i].lemma === 'be') return false;
    i--;
  }
  if (saying(tokens[i])) return true;
  i = beforeExampleAside(tokens, left, i, sentenceStart);
  if (tokens[i].pos !== 'NOUN' && tokens[i].pos !== 'PROPN') return false;
  // "claims the treaty under discussion at the U.N. threatens": the head before its modifiers
  const h = headBeforeModifiers(tokens, i, sentenceStart);
  const head = tokens[h];
  if (left.some((m) => m.tokenStart <= h && m.tokenEnd > h)) return false;
  let j = h - 1;
  while (j > sentenceStart && NOUN_PHRASE.has(tokens[j].pos)) {
    // "said the bank had criticized France": a definite description may name an actor of the story
    if (head.pos === 'NOUN' && DEFINITE.has(tokens[j].lower)) return false;
    j -= 1 + quantifierBefore(tokens, j, sentenceStart);
  }
  return saying(tokens[j]);
}
const NOUN_PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET']);
/** Words opening an aside of examples: "countries, including Arab nations, have offered". */
const EXAMPLE_OPENERS = new Set(['including', 'like', 'notably', 'especially']);
/** How far back the comma opening such an aside may be. */
const EXAMPLE_ASIDE_REACH = 8;

/**
 * The last word before an aside of examples that ends with the comma at `i` and names no actor
 * (", including Arab nations,"), or `i` itself: the subject's head stands before the aside. An
 * aside naming an actor is left alone: "countries, including Jordan, have offered" names its
 * subject there.
 */
function beforeExampleAside(
  tokens: readonly Token[],
  left: readonly Mention[],
  i: number,
  sentenceStart: number,
): number {
  if (tokens[i].text !== ',') return i;
  for (let k = i - 1; k > sentenceStart && k >= i - EXAMPLE_ASIDE_REACH; k--) {
    if (tokens[k].text !== ',') continue;
    if (!EXAMPLE_OPENERS.has(tokens[k + 1]?.lower ?? '')) return i;
    if (left.some((m) => m.tokenStart > k && m.tokenEnd <= i)) return i;
    return k - 1;
  }
  return i;
}
/** Words that bound a number from above or below: "more than 40 countries", "at least 12". */
const COMPARATIVES = new Set(['more', 'less', 'fewer']);
const APPROXIMATORS = new Set([
  'nearly',
  'almost',
  'about',
  'roughly',
  'around',
  'approximately',
  'some',
  'over',
]);

/**
 * How many words before number `j` quantify it ("more than 40 countries", "at least 12 people",
 * "nearly 200 migrants"), so that the noun phrase goes on before them; 0 when none do.
 */
function quantifierBefore(tokens: readonly Token[], j: number, sentenceStart: number): number {
  if (tokens[j].pos !== 'NUM') return 0;
  const b1 = tokens[j - 1];
  const b2 = tokens[j - 2];
  if (j - 2 > sentenceStart && b1?.lower === 'than' && COMPARATIVES.has(b2?.lower ?? '')) return 2;
  if (j - 2 > sentenceStart && b2?.lower === 'at' && (b1?.lower === 'least' || b1?.lower === 'most'))
    return 2;
  if (j - 1 > sentenceStart && APPROXIMATORS.has(b1?.lower ?? '')) return 1;
  return 0;
}

/**
 * The head of a noun phrase ending at `i` before its prepositional modifiers: "the treaty
 * under discussion at the U.N." → "treaty". "of" joins a head to its complement ("the head
 * of Hamas", "thousands of Kurds"), where the named actor is the subject, so it is no such
 * modifier; nor is "by", an agent.
 */
function headBeforeModifiers(tokens: readonly Token[], i: number, sentenceStart: number): number {
  let head = i;
  for (let j = i - 1; j > sentenceStart; j--) {
    const t = tokens[j];
    if (t.pos === 'ADP') {
      if (t.lower === 'of' || t.lower === 'by') break;
      const before = tokens[j - 1];
      if (before.pos !== 'NOUN' && before.pos !== 'PROPN') break;
      head = j - 1;
    } else if (!NOUN_PHRASE.has(t.pos)) break;
  }
  return head;
}

/** A present or past verb of saying: "says", "said" (not "saying", which may be an adjunct). */
function saying(t: Token | undefined): boolean {
  return (
    !!t && t.pos === 'VERB' && (REPORTING.has(t.lemma) || THINKING.has(t.lemma)) && !t.lower.endsWith('ing')
  );
}
/**
 * Verbs of thinking or arguing whose complement clause has its own subject, like a verb of
 * saying: "Obama thinks economists criticized Putin", "He figures liberals will push Obama".
 */
const THINKING = new Set([
  'think',
  'believe',
  'argue',
  'contend',
  'insist',
  'suggest',
  'assert',
  'maintain',
  'figure',
  'predict',
  'acknowledge',
  'fear',
  'know',
]);
const INDEFINITE_DETERMINERS = new Set([
  'a',
  'an',
  'some',
  'many',
  'several',
  'other',
  'few',
  'most',
  'any',
  'no',
  'another',
]);
/** Words that are prepositions before a noun and subordinators before a clause. */
const CLAUSE_OR_NOUN = new Set(['after', 'before', 'since', 'until']);

/**
 * The rule by which the mention `m`, after the word at `w`, is the subject of a clause that
 * word opens, or undefined: a gerund after "with" opening the sentence or following a comma
 * ("…, with Russia accusing Ukraine of lying"; "an appearance with Peres accusing …" opens
 * none), or a finite verb after "after", "before", "since", "until" ("after the North shelled
 * an island"; after "before"/"until" only a past one: "a day before Sarkozy heads to Beijing"
 * is still ahead). Only adverbs, and for a finite verb auxiliaries, stand before the anchor.
 */
export function openedClauseSubject(
  tokens: readonly Token[],
  w: number,
  m: Mention,
  anchor: number,
): string | undefined {
  const a = tokens[anchor];
  if (w < 0 || a.pos !== 'VERB') return undefined;
  const opener = tokens[w].lower;
  const gerund = a.lower.endsWith('ing');
  // "…, with Great Britain having rejected military action": a perfect gerund
  const having = !gerund && anchor > 0 && tokens[anchor - 1].lower === 'having';
  if (opener === 'with' && (gerund || having)) {
    const before = w > 0 ? tokens[w - 1] : undefined;
    if (before && before.sentence === tokens[w].sentence && before.text !== ',') return undefined;
    return onlyBetween(tokens, m.tokenEnd, having ? anchor - 1 : anchor, false)
      ? 'source:subject-after-with'
      : undefined;
  }
  if (!CLAUSE_OR_NOUN.has(opener) || gerund || m.possessive) return undefined;
  // "a week before Obama is scheduled to meet Putin": the clause's subject acts in the
  // infinitive its schedule puts ahead (coded as the announced act it is in a main clause)
  if (anchor > 1 && tokens[anchor - 1].lower === 'to' && SCHEDULED.has(tokens[anchor - 2].lower))
    return onlyBetween(tokens, m.tokenEnd, anchor - 2, true)
      ? 'source:subject-of-subordinate-clause'
      : undefined;
  if ((opener === 'before' || opener === 'until') && !pastTense(a)) return undefined;
  return onlyBetween(tokens, m.tokenEnd, anchor, true) ? 'source:subject-of-subordinate-clause' : undefined;
}

/** Whether only adverbs (and auxiliaries, when `aux`) stand in tokens `[from, to)`. */
function onlyBetween(tokens: readonly Token[], from: number, to: number, aux: boolean): boolean {
  for (let i = from; i < to; i++)
    if (tokens[i].pos !== 'ADV' && !(aux && tokens[i].pos === 'AUX')) return false;
  return true;
}

/** A verb form that is neither the base form nor the present third person: "stormed", "struck". */
function pastTense(t: Token): boolean {
  return t.lower !== t.lemma && t.lower !== `${t.lemma}s` && t.lower !== `${t.lemma}es`;
}

/**
 * An accusation noun with no owner that a verb or preposition governs without making it
 * ("Reagan called charges that he ransomed hostages false", "to face the charges against
 * him", "vulnerable to new charges that he's raising taxes", "said the only allegation against
 * him is…"): someone else's, unnamed. A verb of making or voicing makes it its subject's
 * ("made the allegations against Romney", "leveled charges against", "repeated accusations").
 */
export function unownedCharge(tokens: readonly Token[], anchor: number, sentenceStart: number): boolean {
  if (!CHARGE_NOUNS.has(tokens[anchor].lemma)) return false;
  let i = anchor - 1;
  // past its modifiers, hyphenated ones too ("a back-handed accusation")
  while (
    i > sentenceStart &&
    (MODIFIER_POS.has(tokens[i].pos) ||
      tokens[i].text === '-' ||
      tokens[i - 1].text === '-' ||
      tokens[i + 1].text === '-')
  )
    i--;
  const g = tokens[i];
  if (g.pos === 'VERB') return !MAKING_VERBS.has(g.lemma) && !VOICING_VERBS.has(g.lemma);
  return g.pos === 'ADP' || g.lower === 'to';
}
const CHARGE_NOUNS = new Set(['charge', 'allegation', 'accusation']);

/**
 * "were never told about Tsarnaev's travel to the Chechnya region": an event noun owned by a
 * possessive name that no mention covers is that unknown owner's act, so no actor named
 * before it is its source.
 */
export function unknownOwner(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  anchor: number,
): boolean {
  let i = anchor - 1;
  for (let k = 0; k < 2 && i > 0 && tokens[i].pos === 'ADJ'; k++) i--;
  if (i < 1 || (tokens[i].lower !== "'s" && tokens[i].lower !== '’s') || tokens[i - 1].pos !== 'PROPN')
    return false;
  return !mentions.some((m) => m.tokenStart < i && m.tokenEnd >= i);
}
const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM']);
/** Verbs whose subject makes the accusation it governs. */
const MAKING_VERBS = new Set([
  'make',
  'level',
  'launch',
  'bring',
  'file',
  'lodge',
  'press',
  'hurl',
  'raise',
  'add',
  'publish',
  'air',
  'trade',
  'exchange',
  'deliver',
]);
