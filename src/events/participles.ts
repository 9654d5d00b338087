import { joinedHyphen, type Mention, type Token } from '../model/index.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../nlp/index.ts';
import type { PatternMatch } from './patterns.ts';
import {
  BOUNDARY,
  MODALS,
  NOMINAL_PHRASE,
  POSSESSIVE_PRONOUNS,
  QUANTITY_NOUNS,
  STATIVE_PARTICIPLES,
  SUBJECT_PRONOUNS,
  TIME_NOUNS,
} from './words.ts';

/** Irregular past participles a dictionary verb may take. */
const IRREGULAR_PARTICIPLES: Record<string, string> = {
  beaten: 'beat',
  taken: 'take',
  shot: 'shoot',
  held: 'hold',
  hit: 'hit',
  struck: 'strike',
  stricken: 'strike',
  driven: 'drive',
  given: 'give',
  sent: 'send',
  caught: 'catch',
  seen: 'see',
  slain: 'slay',
  stolen: 'steal',
  overthrown: 'overthrow',
  thrown: 'throw',
  sought: 'seek',
  fought: 'fight',
  brought: 'bring',
  led: 'lead',
  met: 'meet',
  bitten: 'bite',
  forbidden: 'forbid',
  withdrawn: 'withdraw',
  shaken: 'shake',
  freed: 'free',
};

/** The base forms a past participle may come from: "looted" → loot, "quelled" → quell, "liberated" → liberate. */
export function participleStems(lower: string): string[] {
  const irregular = IRREGULAR_PARTICIPLES[lower];
  if (irregular) return [irregular];
  const out: string[] = [];
  if (lower.endsWith('ied') && lower.length > 4) out.push(`${lower.slice(0, -3)}y`);
  if (lower.endsWith('ed') && lower.length > 4) {
    const base = lower.slice(0, -2);
    out.push(base, lower.slice(0, -1));
    if (base.at(-1) === base.at(-2)) out.push(base.slice(0, -1));
  } else if (lower.endsWith('en') && lower.length > 4) out.push(lower.slice(0, -2), lower.slice(0, -1));
  return out;
}

/**
 * The first of participleStems(lower) that `known` has, in the same order, without making the
 * array: findPatterns asks this of every adjective and -ed verb, and most have no stem.
 */
export function knownStem(lower: string, known: ReadonlyMap<string, unknown>): string | undefined {
  const irregular = IRREGULAR_PARTICIPLES[lower];
  if (irregular) return known.has(irregular) ? irregular : undefined;
  if (lower.length <= 4) return undefined;
  if (lower.endsWith('ied') && known.has(`${lower.slice(0, -3)}y`)) return `${lower.slice(0, -3)}y`;
  if (lower.endsWith('ed')) return edStem(lower, known);
  if (!lower.endsWith('en')) return undefined;
  const bare = lower.slice(0, -2);
  if (known.has(bare)) return bare;
  const e = lower.slice(0, -1);
  return known.has(e) ? e : undefined;
}

/** knownStem of an -ed form: "attacked" → "attack", "used" → "use", "planned" → "plan". */
function edStem(lower: string, known: ReadonlyMap<string, unknown>): string | undefined {
  const base = lower.slice(0, -2);
  if (known.has(base)) return base;
  const e = lower.slice(0, -1);
  if (known.has(e)) return e;
  const n = base.length;
  if (base.charCodeAt(n - 1) !== base.charCodeAt(n - 2)) return undefined;
  const single = base.slice(0, -1);
  return known.has(single) ? single : undefined;
}

/** A passive agent or the place, time or circumstance of a reduced passive: "killed in Ukraine". */
const AFTER_REDUCED = new Set([
  'by',
  'in',
  'on',
  'at',
  'during',
  'near',
  'after',
  'following',
  'amid',
  'since',
  'outside',
  'inside',
  'across',
  'overnight',
  'yesterday',
  'last',
  'earlier',
]);
/** Adverbs that may sit between an auxiliary and its participle: "were reportedly beheaded". */
const ADVERBIAL = new Set(['ADV', 'PART']);

/**
 * An adverb between an auxiliary and its participle: wink tags "long" ADJ ("have long
 * accused"), and a floating quantifier may stand there ("have each accused").
 */
function adverbial(t: Token): boolean {
  return ADVERBIAL.has(t.pos) || t.lower === 'long' || QUANTIFIERS.has(t.lower);
}

/** Pronouns a finite verb may follow as its subject: "he offended the British", "who offended". */
const SUBJECTS = new Set([...SUBJECT_PRONOUNS, 'it', 'who']);
/** Pronouns that open a clause or refer back to the subject, not an object: "detailed what", "liberated itself". */
const NOT_OBJECT = new Set([
  'what',
  'which',
  'who',
  'whom',
  'that',
  'itself',
  'themselves',
  'himself',
  'herself',
]);
/** Object starts after a finite verb: "a", "the", "Qatar", "him", "276". */
const OBJECT_START = new Set(['DET', 'PROPN', 'PRON', 'NUM']);
/** Verbs whose object may be a clause with its own subject: "said Israel preferred a deal". */
const CLAUSE_TAKING = new Set([
  'say',
  'claim',
  'argue',
  'insist',
  'note',
  'show',
  'find',
  'report',
  'think',
  'believe',
]);

/**
 * Whether an -ed word wink tagged ADJ or NOUN at `i` stands where a finite verb must: right
 * after its subject (a name, a noun or a subject pronoun, lower-case itself so "Armed Forces"
 * and "United Nations" stay names) and before its object ("Saudi Arabia blockaded Qatar",
 * "ISIS beheaded a Japanese hostage", "rebels quelled street protests"). A noun phrase that
 * is itself an object ("offer voters detailed plans", "gave his aides detailed directions")
 * or a possessor ("Obama's heated exchange") is no subject.
 */
function finiteAfterSubject(tokens: readonly Token[], i: number, from: number, verbNext: Token): boolean {
  const t = tokens[i];
  if (i - 1 < from || !t.lower.endsWith('ed') || t.text[0] !== t.lower[0]) return false;
  // "Clinton and Sanders both accused Trump": a floating quantifier after the subject
  const s = QUANTIFIERS.has(tokens[i - 1].lower) && i - 2 >= from ? i - 2 : i - 1;
  const prev = tokens[s];
  if (prev.pos === 'PRON') {
    if (!SUBJECTS.has(prev.lower)) return false;
  } else if (prev.pos !== 'PROPN' && prev.pos !== 'NOUN') return false;
  // "Police rounded up dozens of protesters": the object follows the verb's particle
  const particle = PARTICLES.has(verbNext.lower) && tokens[i + 2]?.sentence === t.sentence;
  const at = particle ? i + 2 : i + 1;
  const next = tokens[at];
  // "Pakistan alleged that India …": a clause after it is the verb's object
  if (next.lower === 'that' && next.pos === 'SCONJ') return true;
  if (NOT_OBJECT.has(next.lower)) return false;
  // "abducted at least 220 Assyrians"
  if (next.lower === 'at' && tokens[at + 1]?.lower === 'least') return true;
  if (!OBJECT_START.has(next.pos)) {
    // a bare noun phrase: "quelled street protests", not "the president's armored limousine"
    if (next.pos !== 'NOUN' && next.pos !== 'ADJ') return false;
  }
  // the subject phrase's left edge: a verb there makes it an object ("offer voters detailed plans")
  let k = s;
  while (k > from && k >= s - 5 && inNounPhrase(tokens[k - 1])) k--;
  const before = k > from ? tokens[k - 1] : undefined;
  return !(before && before.pos === 'VERB' && !CLAUSE_TAKING.has(before.lemma));
}

/** Particles of phrasal verbs, between the verb and its object: "rounded up dozens", "shot down a drone". */
const PARTICLES = new Set(['up', 'down', 'out', 'off']);

/** Quantifiers that may float after a subject or an auxiliary: "have each accused the other". */
const QUANTIFIERS = new Set(['both', 'each', 'all']);

/** Words before an attributive participle that leave it a verb: "an attack that killed…". */
const CLAUSE_OPENERS = new Set([
  'that',
  'this',
  'which',
  'what',
  'these',
  'those',
  'whatever',
  'who',
  'another',
]);
/** Verbs after which an -ed word is a verb form itself: "having accused", "got arrested". */
const AUXILIARY_LEMMAS = new Set(['be', 'have', 'get', 'become', 'remain', 'seem']);
/** Prepositions whose object a participle can modify: "with exiled dissidents". */
const OBJECT_PREPOSITIONS = new Set(['with', 'of', 'for', 'against', 'from', 'on', 'among', 'about']);

/**
 * A verb-tagged -ed word inside a noun phrase, before its noun: after a determiner, number or
 * possessive ("the jailed mayor", "Navalny's jailed allies"), a preposition ("with exiled
 * dissidents") or a verb ("expel exiled leaders"). It describes a state and codes no act.
 * So does an -ing word after a determiner or possessive ("Jordan's visiting King Abdullah").
 */
export function attributiveParticiple(
  tokens: readonly Token[],
  i: number,
  from: number,
  to: number,
): boolean {
  const t = tokens[i];
  if (i - 1 < from || i + 1 >= to) return false;
  const ed = t.lower.endsWith('ed');
  if (!ed && !t.lower.endsWith('ing')) return false;
  // "an agreed to 15 pct surcharge", "the agreed upon price": a participle with its stranded
  // preposition before its noun
  if (ed && i + 2 < to && STRANDED.has(tokens[i + 1].lower) && MODIFIER_START.has(tokens[i + 2].pos))
    return nounPosition(tokens, i, from);
  const next = tokens[i + 1].pos;
  if (next !== 'NOUN' && next !== 'PROPN' && next !== 'ADJ') return false;
  // an -ing form is a modifier only after a determiner or possessor ("Jordan's visiting King
  // Abdullah", "the visiting delegation"): after a preposition or verb it is a gerund
  // ("after meeting officials")
  if (!ed) return tokens[i - 1].pos !== 'NUM' && nounPosition(tokens, i, from);
  const prev = tokens[i - 1];
  if (CLAUSE_OPENERS.has(prev.lower)) return false;
  if (prev.pos === 'ADP') return OBJECT_PREPOSITIONS.has(prev.lower);
  // a capitalized "verb" is a name wink mistagged ("Beijing denied accusations")
  if (prev.pos === 'VERB') return !AUXILIARY_LEMMAS.has(prev.lemma) && prev.text[0] === prev.lower[0];
  return nounPosition(tokens, i, from);
}

/**
 * An -ed or -ing word joined by a hyphen to the word before, before a noun: "Iranian-backed
 * militias", "a peace-seeking envoy", "job-killing, growth-stunting bigger government" (an -ing
 * compound has a noun before the hyphen, and may stand in a list of modifiers).
 */
export function compoundModifier(tokens: readonly Token[], i: number, from: number, to: number): boolean {
  const t = tokens[i];
  const ing = t.lower.endsWith('ing');
  if (i - 2 < from || i + 1 >= to || !(ing || t.lower.endsWith('ed'))) return false;
  if (!joinedHyphen(tokens, i - 1)) return false;
  if (ing && tokens[i - 2].pos !== 'NOUN') return false;
  const next = tokens[i + 1];
  return next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || (ing && next.text === ',');
}

/** Participles that make a compound with the actor before them: "U.S.-backed", "Saudi led", "Iranian-trained". */
export const COMPOUND_PARTICIPLES: ReadonlySet<string> = new Set([
  'backed',
  'led',
  'supported',
  'sponsored',
  'funded',
  'financed',
  'armed',
  'trained',
  'allied',
  'aligned',
  'brokered',
  'controlled',
  'installed',
]);

/**
 * The same compound written without its hyphen: "The U.S. backed rebels attacked Syrian troops",
 * "Saudi led forces have seized the port". A name or adjective, the -ed word, one or two nouns,
 * then the clause's own finite verb: the nouns are its subject, so the -ed word modifies them.
 * "The U.S. backed rebels fighting Assad", "… backed rebels who attacked" keep the verb reading.
 * Only the participles such compounds are made of: "Boehner demanded officials turn over emails"
 * is a verb with its clause.
 */
export function unhyphenatedModifier(tokens: readonly Token[], i: number, from: number, to: number): boolean {
  const t = tokens[i];
  if (i - 1 < from || t.pos !== 'VERB' || !COMPOUND_PARTICIPLES.has(t.lower)) return false;
  const prev = tokens[i - 1];
  if (prev.pos !== 'PROPN' && prev.pos !== 'ADJ') return false;
  let j = i + 1;
  while (j < to && j <= i + 2 && tokens[j].pos === 'NOUN') j++;
  if (j === i + 1 || j + 1 >= to) return false;
  const verb = tokens[j];
  if (verb.pos === 'AUX') return true;
  if (verb.pos !== 'VERB' || verb.lower.endsWith('ing')) return false;
  // an -ed form is finite only with its object after it ("attacked Syrian troops"), not before
  // a preposition ("rebels based in Turkey", "forces trained by Iran")
  const after = tokens[j + 1];
  return !verb.lower.endsWith('ed') || ['DET', 'PROPN', 'NOUN', 'PRON', 'NUM'].includes(after.pos);
}

/**
 * Whether a noun-tagged -ed form stands as a noun: after a determiner, a number or a
 * possessor ("the accused", "10 accused of murder", "the denials of the accused
 * malefactors"), not after a floating quantifier ("Iran and Iraq both accused").
 */
export function nounPosition(tokens: readonly Token[], i: number, from: number): boolean {
  if (i - 1 < from) return false;
  const prev = tokens[i - 1];
  if (prev.pos === 'NUM' || POSSESSIVE_PRONOUNS.has(prev.lower) || prev.lower === "'s" || prev.lower === '’s')
    return true;
  if (prev.pos !== 'DET') return false;
  if (!QUANTIFIERS.has(prev.lower) || i - 2 < from) return true;
  const before = tokens[i - 2];
  return !(
    before.pos === 'NOUN' ||
    before.pos === 'PROPN' ||
    before.pos === 'PRON' ||
    before.lemma === 'have'
  );
}
function inNounPhrase(t: Token): boolean {
  return NOMINAL_PHRASE.has(t.pos) || POSSESSIVE_PRONOUNS.has(t.lower);
}

/**
 * Whether an ADJ-tagged participle at `i` is used as a verb, and in which voice:
 * "were apprehended", "has been mediated" (passive), "has pressured Pakistan" (active),
 * "10 soldiers killed in …", "a convoy attacked by militants" (reduced passive).
 * "the alleged attack", "an armed group", "the injured", "concerned citizens" are adjectives.
 */
export function verbalParticiple(
  tokens: readonly Token[],
  i: number,
  from: number,
  to: number,
): PatternMatch['participle'] {
  const t = tokens[i];
  if (participleStems(t.lower).length === 0 || STATIVE_PARTICIPLES.has(t.lower)) return undefined;
  const next = i + 1 < to ? tokens[i + 1] : undefined;
  // a degree word makes it an adjective: "having more armed officers in schools", "the most
  // wanted man", "a better trained force"
  if (i - 1 >= from && DEGREE_WORDS.has(tokens[i - 1].lower)) return undefined;
  // the finite verb between its subject and object: "ISIS beheaded a Japanese hostage"
  if (next && finiteAfterSubject(tokens, i, from, next)) return 'active';
  // an adjective before its noun: "the looted shops", "alleged abuses"
  if (
    next &&
    (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ') &&
    !isAuxBefore(tokens, i, from)
  )
    return undefined;
  let k = i - 1;
  while (k >= from && adverbial(tokens[k]) && !BOUNDARY.has(tokens[k].text)) k--;
  if (k >= from) {
    const p = tokens[k];
    if (p.lemma === 'be' || p.lemma === 'get') return 'passive';
    if (p.lemma === 'have' && (p.pos === 'AUX' || p.pos === 'VERB')) {
      // "would have pressured", "could have liberated": a counterfactual, not an act
      const before = tokens[k - 1];
      if (k - 1 >= from && (before.lower === 'would' || MODALS.has(before.lower))) return undefined;
      // "had liberated itself": no one is acted on
      if (next?.lower === 'itself' || next?.lower === 'themselves') return undefined;
      return 'active';
    }
  }
  if (!next) return undefined;
  const prev = tokens[i - 1];
  if (!prev || i - 1 < from) return undefined;
  // "protesters arrested by police", "10 soldiers killed in Ukraine"
  if ((prev.pos === 'NOUN' || prev.pos === 'PROPN') && AFTER_REDUCED.has(next.lower)) return 'passive';
  // "talks, mediated by Qatar"
  if (next.lower === 'by' && prev.pos !== 'DET') return 'passive';
  return undefined;
}

/** Degree words before an adjective, not before a verb: "more armed officers", "the most wanted". */
const DEGREE_WORDS = new Set(['more', 'most', 'less', 'least', 'very', 'too', 'better', 'best', 'poorly']);

/**
 * Verbs that cannot go without their object: right after a noun and before a place or time
 * ("10 Russian soldiers killed in Ukraine", "protesters arrested on Monday"), the -ed form is a
 * reduced passive.
 */
const OBJECT_REQUIRED = new Set([
  'kill',
  'wound',
  'injure',
  'arrest',
  'detain',
  'kidnap',
  'abduct',
  'capture',
  'execute',
  'jail',
  'imprison',
  'deport',
  'expel',
  'behead',
  'torture',
  'assassinate',
  'shoot',
  'sentence',
  'convict',
  'massacre',
  'slaughter',
]);

/** Words that follow an object-needing verb only when it is passive: "jailed for", "killed when". */
const AFTER_OBJECTLESS = new Set(['for', 'over', 'when', 'as', 'while', 'without']);

/**
 * A verb-tagged participle right after its noun with a by-agent ("a convoy attacked by
 * militants"), or of a verb that needs an object, before a place or time ("soldiers killed in
 * Ukraine").
 */
export function reducedPassive(tokens: readonly Token[], i: number, from: number, to: number): boolean {
  if (i - 1 < from || i + 2 >= to) return false;
  const t = tokens[i];
  if (!t.lower.endsWith('ed') && !IRREGULAR_PARTICIPLES[t.lower]) return false;
  const prev = tokens[i - 1].pos;
  const next = tokens[i + 1].lower;
  // "a French citizen held hostage in Mali", and after a comma, in apposition: "an Italian aid
  // worker, held hostage in Somalia for a year"
  const captiveBefore =
    prev === 'NOUN' ||
    prev === 'PROPN' ||
    (tokens[i - 1].text === ',' &&
      i - 2 >= from &&
      (tokens[i - 2].pos === 'NOUN' || tokens[i - 2].pos === 'PROPN'));
  if (captiveBefore && heldCaptive(tokens, i)) return true;
  if (
    (prev === 'NOUN' || prev === 'PROPN') &&
    next !== 'by' &&
    (AFTER_REDUCED.has(next) || AFTER_OBJECTLESS.has(next))
  )
    return OBJECT_REQUIRED.has(t.lemma);
  // "Israel, backed by the United States, opposed…": an apposition after a comma, too; an
  // adverb may stand between ("measures previously agreed to by Republicans")
  const nominal = (p: string) => p === 'NOUN' || p === 'PROPN';
  let n = i - 1;
  while (n > from && tokens[n].pos === 'ADV') n--;
  const afterNoun =
    nominal(tokens[n].pos) || (tokens[n].text === ',' && n - 1 >= from && nominal(tokens[n - 1].pos));
  const by = agentBy(tokens, i, to);
  if (!afterNoun || by < 0) return false;
  // "agreed by a vote of", "approved by Tuesday": a measure or a deadline, not an agent
  const after = tokens[by + 1];
  return after.pos !== 'NUM' && !TIME_WORDS.has(after.lower);
}

/** Prepositions a verb keeps in its passive: "agreed to by Mr. Obama", "called for by the unions". */
const STRANDED = new Set(['to', 'for', 'on', 'upon', 'with']);
/** Words that open a noun's modifiers with no determiner: "15 pct", "new", "price". */
const MODIFIER_START = new Set(['NUM', 'ADJ', 'NOUN']);

/**
 * Whether the participle at `i` keeps a stranded preposition with no object after it, only a
 * place or time ("prices agreed upon last December", "levels agreed upon last month in Paris"):
 * the preposition's object is the noun before, which the participle describes.
 */
export function strandedBeforeTime(tokens: readonly Token[], i: number, to: number): boolean {
  const after = tokens[i + 2];
  return (
    i + 2 < to && STRANDED.has(tokens[i + 1].lower) && after.lower !== 'by' && AFTER_REDUCED.has(after.lower)
  );
}

/** The "by" of the participle at `i`, right after it or its preposition ("agreed to by"), or -1. */
function agentBy(tokens: readonly Token[], i: number, to: number): number {
  const k = STRANDED.has(tokens[i + 1].lower) ? i + 2 : i + 1;
  return k + 1 < to && tokens[k].lower === 'by' ? k : -1;
}

/** Complements that a verb of captivity takes after its object: "held hostage", "taken prisoner". */
const CAPTIVE_COMPLEMENTS = new Set(['hostage', 'captive', 'prisoner']);
/** Participles of the verbs that take them ("freed prisoners" has an object, not a complement). */
const CAPTIVITY_PARTICIPLES = new Set(['held', 'taken', 'kept']);

/**
 * A participle right after a noun with the complement its object would take, and no object
 * after the complement ("a French citizen held hostage in Mali", "Americans taken captive by
 * Islamic State"): the noun is the captive, not the captor; "gunmen held hostage the crew"
 * is active.
 */
function heldCaptive(tokens: readonly Token[], i: number): boolean {
  if (!CAPTIVITY_PARTICIPLES.has(tokens[i].lower)) return false;
  // "held in detention in Iran", "held in captivity": the state after "in"
  const k = tokens[i + 1].lower === 'in' && CAPTIVE_STATES.has(tokens[i + 2]?.lower) ? i + 2 : i + 1;
  if (k === i + 1 && !CAPTIVE_COMPLEMENTS.has(tokens[k].lower)) return false;
  const after = tokens[k + 1];
  if (!after) return true;
  return !(after.pos === 'DET' || after.pos === 'PROPN' || after.pos === 'NUM' || after.pos === 'PRON');
}
/** What a captive is held in: "held in detention", "held in captivity". */
const CAPTIVE_STATES = new Set(['captivity', 'custody', 'detention', 'hostage', 'jail', 'prison']);

const TIME_WORDS = new Set([
  ...WEEKDAY_NAMES,
  ...MONTH_NAMES,
  'then',
  'now',
  'far',
  'phone',
  'telephone',
  'video',
  'email',
  'letter',
  'mail',
]);

function isAuxBefore(tokens: readonly Token[], i: number, from: number): boolean {
  let k = i - 1;
  while (k >= from && adverbial(tokens[k])) k--;
  return k >= from && (tokens[k].lemma === 'have' || tokens[k].lemma === 'be' || tokens[k].lemma === 'get');
}

/**
 * An -ed verb right after a noun no actor names and before a place or time, with no object
 * between ("the ceasefire agreement signed in March 2001", "the curfew imposed in Sudan"):
 * either a reduced passive said of that thing or an act the thing itself does. Either way
 * no actor before the noun is its subject.
 */
export function thingBeforeParticiple(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  i: number,
  from: number,
  to: number,
): boolean {
  if (i - 1 < from || i + 1 >= to) return false;
  const t = tokens[i];
  if (!t.lower.endsWith('ed') && !IRREGULAR_PARTICIPLES[t.lower]) return false;
  const noun = tokens[i - 1];
  const next = tokens[strandedBeforeTime(tokens, i, to) ? i + 2 : i + 1].lower;
  if (
    noun.pos !== 'NOUN' ||
    TIME_NOUNS.has(noun.lemma) ||
    QUANTITY_NOUNS.has(noun.lower) ||
    next === 'by' ||
    !AFTER_REDUCED.has(next)
  )
    return false;
  // "the first U.S. military unit arrived in Libya": an actor modifying the noun acts through it
  for (let k = i - 1; k >= from && NOUN_PHRASE_TAGS.has(tokens[k].pos); k--)
    if (mentions.some((x) => x.tokenStart <= k && x.tokenEnd > k)) return false;
  return true;
}
const NOUN_PHRASE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'PART']);

/**
 * An -ed participle right after "as" (adverbs between) that opens a clause of conformity, its
 * agent after "by" or nothing after it: "a clean spending measure, as urged by the president",
 * "the strategy of defunding the law, as endorsed by conservatives", "will not extradite him --
 * as requested --". It is said of what the clause names; "was just as committed to" (a
 * comparison after "be") is left alone.
 */
export function conformingParticiple(tokens: readonly Token[], i: number, from: number, to: number): boolean {
  const t = tokens[i];
  if (!t.lower.endsWith('ed') && !IRREGULAR_PARTICIPLES[t.lower]) return false;
  let k = i - 1;
  while (k > from && tokens[k].pos === 'ADV') k--;
  if (k < from || tokens[k].lower !== 'as' || tokens[k - 1]?.lemma === 'be') return false;
  const next = i + 1 < to ? tokens[i + 1] : undefined;
  return next === undefined || next.lower === 'by' || next.pos === 'PUNCT' || agentBy(tokens, i, to) >= 0;
}
