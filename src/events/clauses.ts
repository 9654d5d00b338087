// Clause-level checks on who did what: whether the subject before a pattern really acted,
// and whom an object or a purpose clause names. Pure functions over one sentence's tokens.
import type { Lexicon } from '../dict/index.ts';
import type { Mention, Token } from '../model/index.ts';
import type { Role } from './roles.ts';
import {
  BOUNDARY,
  FORCE_ROOTS,
  OBJECT_PRONOUNS,
  RELATIVE_WORDS,
  SUBORDINATORS,
  verbBefore,
} from './words.ts';

/**
 * Whether a verb pattern ending at `last` is followed by a direct object that names no actor
 * ("Syrian troops and militiamen attacked the town"): the coordinated subjects did not act on
 * each other.
 */
export function directObject(tokens: readonly Token[], last: number, end: number): boolean {
  if (tokens[last].pos !== 'VERB' || last + 1 >= end) return false;
  const next = tokens[last + 1].pos;
  return next === 'DET' || next === 'NOUN' || next === 'PROPN' || next === 'NUM';
}

/**
 * Whether a pattern ending at `last` is followed by a pronoun object, straight or after one
 * preposition ("providing weapons to them", "met with him"): the coordinated subjects acted on
 * someone else, not on each other.
 */
export function pronounObject(tokens: readonly Token[], last: number, end: number): boolean {
  let i = last + 1;
  if (i < end && tokens[i].pos === 'ADP') i++;
  return i < end && OBJECT_PRONOUNS.has(tokens[i].lower);
}

/**
 * Whether the verb at `anchor` has a violent event noun as its subject ("a U.S. airstrike
 * killed…", "the blast wounded…"): a noun that codes force by itself (CAMEO 18–20).
 */
export function eventNounSubject(
  t: readonly Token[],
  mentions: readonly Mention[],
  lexicon: Lexicon,
  anchor: number,
  from: number,
): boolean {
  if (t[anchor].pos !== 'VERB') return false;
  let i = anchor - 1;
  while (i >= from && t[i].pos === 'ADV') i--;
  if (i < from || t[i].pos !== 'NOUN') return false;
  const force = (lexicon.anchors.get(t[i].lemma) ?? []).some(
    (p) => p.words.length === 1 && FORCE_ROOTS.has(p.code.slice(0, 2)),
  );
  return force && !mentions.some((m) => m.tokenStart <= i && i < m.tokenEnd);
}

/**
 * Whether a bare event noun at `anchor` (a pattern of that one word) heads the subject of a verb
 * that is no act of its own: "Israel's airstrikes send a signal to Iran", "the airstrikes
 * angered Iran". What follows that verb is its object, not the noun's target. A verb that is an
 * act ("airstrikes killed 20 Syrians": `matches` has a pattern there) leaves its object to the noun.
 */
export function subjectOfOtherVerb(
  t: readonly Token[],
  matches: readonly { anchor: number; pattern: { code: string } }[],
  anchor: number,
  last: number,
  end: number,
): boolean {
  if (t[anchor].pos !== 'NOUN' || last !== anchor) return false;
  let i = anchor + 1;
  while (i < end && (t[i].pos === 'ADV' || t[i].pos === 'AUX')) i++;
  if (i >= end || t[i].pos !== 'VERB' || (i === anchor + 1 && t[i].lower.endsWith('ing'))) return false;
  // "the backing needed by Obama": a participle with its agent describes the noun
  if (t[i + 1]?.lower === 'by') return false;
  // "airstrikes continued to pound Gaza": the noun's own act goes on
  if (ASPECT_VERBS.has(t[i].lemma)) return false;
  return !matches.some((m) => m.anchor === i && m.pattern.code !== '---');
}
/** Verbs that carry on their subject's act rather than adding one: "airstrikes continued to pound Gaza". */
const ASPECT_VERBS = new Set(['continue', 'keep', 'begin', 'start', 'resume', 'intensify', 'escalate']);

/** Verbs of a protest's purpose clause: "to demand", "to press their demands", "calling for". */
const PURPOSE_VERBS = new Set([
  'demand',
  'press',
  'call',
  'protest',
  'denounce',
  'oppose',
  'seek',
  'urge',
  'condemn',
]);
/** "freedom from X", "against X", "the resignation of X", "violations by X": the protest's aim. */
const AIM_PREPOSITIONS = new Set(['from', 'against', 'of', 'on', 'by']);

/**
 * The actor a protest's purpose clause is aimed at: after "to demand…", "demanding…",
 * "calling for…", "in protest against…", the first actor introduced by from/against/of/on/by in
 * the same sentence ("in protest against the human rights violations by Algerian security forces").
 */
export function protestAim(
  t: readonly Token[],
  mentions: readonly Mention[],
  last: number,
  end: number,
  exclude: ReadonlySet<string>,
): Role | undefined {
  let purpose = -1;
  for (let i = last + 1; i < end && purpose < 0; i++) {
    if (BOUNDARY.has(t[i].text)) return undefined;
    // "to demand", "demanding", "in protest against"
    if (
      PURPOSE_VERBS.has(t[i].lemma) &&
      (t[i - 1].lower === 'to' ||
        t[i].lower.endsWith('ing') ||
        (t[i - 1].lower === 'in' && t[i].lemma === 'protest'))
    )
      purpose = i;
  }
  if (purpose < 0) return undefined;
  for (const m of mentions) {
    if (m.tokenStart <= purpose || m.placeOnly || m.actors.length !== 1) continue;
    const a = m.actors[0];
    if (a.country.length !== 3 || exclude.has(a.code)) continue;
    let k = m.tokenStart - 1;
    while (k > purpose && (t[k].pos === 'DET' || t[k].pos === 'ADJ')) k--;
    if (AIM_PREPOSITIONS.has(t[k].lower)) return { mention: m, rule: 'target:protest-aim' };
  }
  return undefined;
}

/** Prepositions that attach an event noun to a passive verb: "killed in an attack". */
const ADJUNCT_PREPOSITIONS = new Set(['in', 'by']);
const NOUN_PHRASE_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'PRON']);
const DYING = new Set(['die', 'perish']);
const DYING_PREPOSITIONS = new Set(['in', 'from', 'after', 'during', 'of']);

/**
 * Whether the event noun at `anchor` heads a phrase attached to a passive verb by "in" or "by"
 * ("have been killed in a suicide car bombing", "were wounded in an attack on…"): the clause
 * subject is what the act befell, not who did it. A name in the phrase ("in a U.S. airstrike")
 * or a partner after it ("in a firefight with…") leaves the usual roles.
 */
export function passiveAdjunct(tokens: readonly Token[], anchor: number, from: number): boolean {
  const gerund = modifiedGerund(tokens, anchor, from);
  if (tokens[anchor].pos !== 'NOUN' && !gerund) return false;
  // "killed in a firefight with bandits", "in talks between…": the subject took part
  const next = tokens[anchor + 1]?.lower;
  if (next === 'with' || next === 'between') return false;
  // a gerund's modifiers may be names: "were killed in Israeli shelling"
  const i = beforeNounPhrase(tokens, anchor, from, gerund);
  if (i - 1 < from) return false;
  const verb = tokens[i - 1];
  // "who died from a roadside bomb", "perished in an airstrike on…": the dead suffered it
  if (DYING.has(verb.lemma) && DYING_PREPOSITIONS.has(tokens[i].lower)) return true;
  if (!ADJUNCT_PREPOSITIONS.has(tokens[i].lower)) return false;
  if ((verb.pos !== 'VERB' && verb.pos !== 'ADJ') || !/(ed|en|wn)$/.test(verb.lower)) return false;
  return passiveAuxBefore(tokens, i - 1, from) || harmedAfterNoun(tokens, i - 1, from);
}

/** "one of four Americans killed in the attack on…": a harm participle right after the noun it tells of. */
function harmedAfterNoun(tokens: readonly Token[], verb: number, from: number): boolean {
  const before = tokens[verb - 1];
  return (
    verb - 1 >= from && HARMED.has(tokens[verb].lower) && (before.pos === 'NOUN' || before.pos === 'PROPN')
  );
}

/**
 * The verb through which a clause subject suffered the event noun at `anchor`, whose doer
 * modifies it: "were killed in a U.S. airstrike", "died in an Israeli raid" (the index of
 * "killed", "died"), or -1.
 */
export function harmVerbBefore(tokens: readonly Token[], anchor: number, from: number): number {
  if (tokens[anchor].pos !== 'NOUN' && !modifiedGerund(tokens, anchor, from)) return -1;
  const i = beforeNounPhrase(tokens, anchor, from, true);
  if (i - 1 < from || !DYING_PREPOSITIONS.has(tokens[i].lower)) return -1;
  const verb = tokens[i - 1];
  if (DYING.has(verb.lemma)) return i - 1;
  return HARMED.has(verb.lower) && passiveAuxBefore(tokens, i - 1, from) ? i - 1 : -1;
}
const HARMED = new Set(['killed', 'wounded', 'injured', 'hurt', 'maimed']);

/** Words that modify a gerund used as a noun: "Israeli shelling", "the shelling", "heavy shelling". */
const GERUND_MODIFIERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'PROPN', 'NOUN']);

/** A gerund the tagger read as a verb that a modifier makes a noun: "killed in Israeli tank shelling". */
function modifiedGerund(tokens: readonly Token[], anchor: number, from: number): boolean {
  const t = tokens[anchor];
  return (
    t.pos === 'VERB' &&
    t.lower.endsWith('ing') &&
    anchor > from &&
    GERUND_MODIFIERS.has(tokens[anchor - 1].pos)
  );
}

/**
 * "were killed in Israeli shelling", "died in Russian bombing": the actor right before a gerund
 * the tagger read as a verb modifies it as "Israeli" does "an Israeli airstrike", so it is the
 * doer of the act the passive verb's subject suffered.
 */
export function gerundModifier(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  anchor: number,
  from: number,
): Role | undefined {
  if (!modifiedGerund(tokens, anchor, from)) return undefined;
  // "in Israeli shelling" reads its demonym as a place after "in": a country is the doer all the same
  const x = mentions.find(
    (x) => x.tokenEnd === anchor && !x.coordinated && (!x.placeOnly || x.kind === 'country'),
  );
  return x && { mention: x, rule: 'source:possessor-of-event-noun' };
}

/** The word before the noun phrase that ends at `anchor` (with `names`, names may be in it: "a U.S. airstrike"). */
function beforeNounPhrase(tokens: readonly Token[], anchor: number, from: number, names: boolean): number {
  let i = anchor - 1;
  while (i >= from && (NOUN_PHRASE_WORDS.has(tokens[i].pos) || (names && tokens[i].pos === 'PROPN'))) i--;
  return i;
}

/** Whether "be" or "get" (adverbs between) comes right before the participle at `verb`: "were killed", "got arrested". */
function passiveAuxBefore(tokens: readonly Token[], verb: number, from: number): boolean {
  let k = verb - 1;
  while (k >= from && tokens[k].pos === 'ADV') k--;
  return k >= from && (tokens[k].lemma === 'be' || tokens[k].lemma === 'get');
}

/** Whether only a verb group ("were", "who was", "have been") stands between `end` and the verb at `verb`. */
export function rightBeforeVerbGroup(tokens: readonly Token[], end: number, verb: number): boolean {
  if (verb - end > VERB_GROUP_REACH) return false;
  for (let k = end; k < verb; k++) {
    const t = tokens[k];
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART' && !RELATIVES_OF_PEOPLE.has(t.lower))
      return false;
  }
  return true;
}
const VERB_GROUP_REACH = 4;
const RELATIVES_OF_PEOPLE = new Set(['who', 'that']);

/** Nouns for one unnamed private person ("a Syrian man", "an American woman"). */
const LONE_PERSONS = new Set(['man', 'woman', 'boy', 'girl', 'person', 'individual']);

/**
 * "a lone gunman", "a lone-wolf attacker", "the lone shooter": a doer the text calls lone acts
 * for no group, whatever the noun (ANNOTATION: attacks by a lone individual are not coded).
 */
export function calledLone(t: readonly Token[], m: Mention): boolean {
  if (m.actors.length === 0 || !m.actors.every((a) => a.sector !== null && LONE_SECTORS.has(a.sector)))
    return false;
  for (let k = Math.max(0, m.tokenStart - 2); k < m.tokenEnd; k++)
    if (t[k].sentence === t[m.tokenStart].sentence && LONE_WORDS.test(t[k].lower)) return true;
  return false;
}
const LONE_WORDS = /^lone(-wolf)?$/;
/** Doers who may act alone; not "the lone Republican senator to vote against it". */
const LONE_SECTORS = new Set(['UAF', 'CVL', 'CRM']);

export function loneIndividual(m: Mention): boolean {
  return (
    m.kind === 'agent' &&
    m.actors.length === 1 &&
    m.actors[0].sector === 'CVL' &&
    LONE_PERSONS.has(m.actors[0].office ?? '')
  );
}

/**
 * Whether an event noun at `anchor` is the object of a verb that talks about an event rather
 * than doing it ("aimed at decreasing shootings", "survived the attack", "described the
 * killings in Benghazi as an act of terror", "to prevent another terrorist attack").
 */
export function eventNounTheme(t: readonly Token[], anchor: number, from: number): boolean {
  if (t[anchor].pos !== 'NOUN') return false;
  const verb = verbBefore(t, anchor, from);
  return !!verb && THEME_VERBS.has(verb.lemma);
}
/** Verbs whose object is an event their subject did not do. */
const THEME_VERBS = new Set([
  'prevent',
  'stop',
  'halt',
  'avoid',
  'survive',
  'witness',
  'remember',
  'recall',
  'investigate',
  'probe',
  'describe',
  'mention',
  'discuss',
  'cite',
  'reduce',
  'decrease',
  'curb',
  'deter',
  'fear',
  'predict',
  'mark',
  'commemorate',
  'exploit',
  'politicize',
  'handle',
  'mishandle',
  'explain',
  'justify',
  'blame',
  'protest',
  'mourn',
  'recount',
  'study',
  'analyze',
  'analyse',
  'review',
  'examine',
  'document',
  'escape',
  'flee',
  'suffer',
  'endure',
  // a stance on another's act: "opposed the deployment of a peacekeeping force"
  'oppose',
  'reject',
  'condemn',
  'denounce',
  'criticize',
  'criticise',
  'decry',
  'deplore',
  'welcome',
  'applaud',
  'hail',
]);

/**
 * Whether the act at `anchor` is a to-infinitive asked of `m`, the object of the verb before
 * it: "pressuring workers of the bus company to cancel the strike", "urged students to protest".
 */
export function infinitiveOfObject(
  tokens: readonly Token[],
  m: Mention,
  anchor: number,
  sentenceStart: number,
): boolean {
  return (
    tokens[anchor - 1]?.lower === 'to' &&
    m.tokenEnd < anchor &&
    verbBefore(tokens, m.tokenStart, sentenceStart) !== undefined
  );
}

/**
 * The index of the "that" opening the clause that holds `anchor`, looking back at most `reach`
 * words, or -1: not past a comma, a sentence boundary or a clause of its own ("when", "who"),
 * nor past "and" before a verb ("claimed that … and accused the U.S.": that verb may be the
 * main clause's). What the "that" hangs on (a claim, a denial) is the caller's to judge.
 */
export function thatOpening(
  tokens: readonly Token[],
  anchor: number,
  clauseStart: number,
  reach: number,
): number {
  for (let k = anchor - 1; k > clauseStart && k >= anchor - reach; k--) {
    const t = tokens[k];
    if (BOUNDARY.has(t.text) || t.text === ',' || SUBORDINATORS.has(t.lower) || RELATIVE_WORDS.has(t.lower))
      return -1;
    if (t.pos === 'CCONJ' && tokens[k + 1]?.pos === 'VERB') return -1;
    if (t.lower === 'that') return k;
  }
  return -1;
}
