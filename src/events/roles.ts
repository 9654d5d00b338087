import { countryless, HONORIFICS, TEMPORAL_NOUNS } from '../actors/index.ts';
import { COMPASS_ADJECTIVES } from '../geo/index.ts';
import type { Doc, Mention, Token } from '../model/index.ts';
import {
  objectBeforeAdjunct,
  objectOfCoordinatedVerb,
  openedClauseSubject,
  reportedUnnamedSubject,
  unnamedSubject,
  unownedCharge,
} from './subject-clues.ts';
import {
  BOUNDARY,
  OBJECT_PRONOUNS,
  PREPOSITIONS,
  QUOTES,
  RELATIVE_WORDS,
  RELATIVES,
  REPORTING,
  SUBORDINATORS,
  TARGET_STOPS,
  TIME_NOUNS,
  VOICING_VERBS,
} from './words.ts';

/** A mention chosen for a role, with the coder rule that chose it. */
export interface Role {
  mention: Mention;
  rule: string;
}

const TARGET_REACH = 16;
const INDEFINITE = new Set(['a', 'an']);
/** The tags of a verb that follows a subject relative pronoun. */
const VERBAL: ReadonlySet<string | undefined> = new Set(['VERB', 'AUX']);
const REFLEXIVE = new Set(['its', 'their', 'his', 'her', 'own']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her']);

/** The index of the word before a mention, looking past a courtesy title ("than Mr. Romney" → "than"). */
function prevWordIndex(tokens: readonly Token[], m: Mention): number {
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

function prevWord(tokens: readonly Token[], m: Mention): Token | undefined {
  const i = prevWordIndex(tokens, m);
  return i >= 0 ? tokens[i] : undefined;
}

/** Adjectives that sit between a preposition and a place: "in northern Iraq". */
const PLACE_ADJECTIVES = new Set<string>([...COMPASS_ADJECTIVES, 'neighboring', 'neighbouring', 'occupied']);

/** A mention used as a modifier of a following noun ("US military equipment"). */
export function isModifier(tokens: readonly Token[], m: Mention, sentenceEnd: number): boolean {
  if (m.possessive) return true;
  const next = m.tokenEnd < sentenceEnd ? tokens[m.tokenEnd] : undefined;
  if (next?.pos !== 'NOUN' || !/^\p{Ll}/u.test(next.text) || TEMPORAL.has(next.lower)) return false;
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

/**
 * Heads of a partitive or collective subject whose "of"-object is the actor: "thousands of
 * Kurds", "a group of Moroccan diplomats", "one third of the guerrillas", "leaders of the
 * opposition coalition".
 */
const PARTITIVE_HEADS = new Set([
  'group',
  'thousand',
  'thousands',
  'hundred',
  'hundreds',
  'dozen',
  'dozens',
  'ten',
  'tens',
  'score',
  'scores',
  'million',
  'millions',
  'number',
  'member',
  'some',
  'many',
  'most',
  'all',
  'several',
  'few',
  'one',
  'third',
  'half',
  'quarter',
  'majority',
  'part',
  'rest',
  'each',
  'both',
  'none',
  'crowd',
  'band',
  'contingent',
  'unit',
  'delegation',
  'team',
  'leader',
  'official',
  'representative',
]);

/**
 * True when `m` is the object of "of" in a partitive subject that opens the clause: every
 * word from the clause start to the "of" is a determiner, number, adjective or partitive
 * head ("Tens of thousands of students", "A member of the parliament").
 */
function partitiveSubject(tokens: readonly Token[], m: Mention, sentenceStart: number): boolean {
  let i = m.tokenStart - 1;
  // "hundreds of vociferous protesters"
  while (i > sentenceStart && tokens[i].pos === 'ADJ') i--;
  if (tokens[i]?.lower !== 'of') return false;
  let heads = 0;
  for (i--; i >= sentenceStart; i--) {
    const t = tokens[i];
    if (t.text === ',' || t.lower === 'that') break;
    if (PARTITIVE_HEADS.has(t.lower) || PARTITIVE_HEADS.has(t.lemma)) heads++;
    else if (!(t.lower === 'of' || t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'ADJ' || t.pos === 'ADV'))
      return false;
  }
  return heads > 0;
}

function canAct(m: Mention): boolean {
  return !m.placeOnly && m.actors.length > 0;
}

/**
 * The clause subject left of the anchor: the nearest mention that is not a possessive or
 * modifier, not a place, and not the object of a preposition. Nominal anchors take their
 * possessor or modifier ("Iran's attack", "the American withdrawal"); a participle after a
 * comma ("…, discussing") takes the subject of the main clause.
 */
export function findSource(
  doc: Doc,
  mentions: readonly Mention[],
  anchor: number,
  sentenceStart: number,
  sentenceEnd: number,
): Role | undefined {
  const tokens = doc.tokens;
  const left = mentions.filter((m) => m.tokenEnd <= anchor && canAct(m));
  if (left.length === 0) return undefined;
  const a = tokens[anchor];
  // "its supply of drones": the possessor is a pronoun we do not resolve, unless a verb of
  // repeating or voicing governs the noun: "the ILO reiterated its demand that…" is the ILO's
  const before1 = anchor > sentenceStart ? tokens[anchor - 1] : undefined;
  if (a.pos === 'NOUN' && before1 && POSSESSIVE_PRONOUNS.has(before1.lower)) {
    const verb = anchor - 2;
    if (verb <= sentenceStart || tokens[verb].pos !== 'VERB' || !VOICING_VERBS.has(tokens[verb].lemma))
      return undefined;
    const owner = findSource(doc, mentions, verb, sentenceStart, sentenceEnd);
    return owner && { mention: owner.mention, rule: 'source:subject-of-verb-governing-its-noun' };
  }
  if (a.pos === 'NOUN' && unownedCharge(tokens, anchor, sentenceStart)) return undefined;
  // possessor or modifier of a nominal anchor
  const nearest = left.at(-1)!;
  // "the Dhaka meeting", "the Geneva talks": a capital before an event noun is where it is held
  if (
    a.pos === 'NOUN' &&
    isModifier(tokens, nearest, sentenceEnd) &&
    !(nearest.kind === 'capital' && !nearest.possessive)
  ) {
    const between = tokens.slice(nearest.tokenEnd, anchor);
    if (between.every((t) => t.pos === 'ADJ' || t.pos === 'PART' || t.lower === "'s" || t.lower === '’s')) {
      return { mention: nearest, rule: 'source:possessor-of-event-noun' };
    }
  }
  // participial clause: ", discussing …" → subject of the main clause
  const before = anchor > sentenceStart ? tokens[anchor - 1] : undefined;
  if (a.lower.endsWith('ing') && before?.text === ',') {
    const subject = left.find(
      (m) => !isModifier(tokens, m, sentenceEnd) && !PREPOSITIONS.has(prevWord(tokens, m)?.lower ?? ''),
    );
    if (subject) return { mention: subject, rule: 'source:main-clause-subject-of-participle' };
  }
  // "sent supplies to the rebels fighting the Assad government": a participle right after a
  // noun phrase is said of it (a reduced relative clause), whatever governs the phrase
  if (
    a.pos === 'VERB' &&
    a.lower.endsWith('ing') &&
    nearest.tokenEnd === anchor &&
    !nearest.possessive &&
    !ADDRESSEE_PREPOSITIONS.has(prevWord(tokens, nearest)?.lower ?? '')
  )
    return { mention: nearest, rule: 'source:noun-before-participle' };
  // subject relative clause: "Hamas, which attacked Israel" → its antecedent, or no one
  const rel = subjectRelative(tokens, left, anchor, sentenceStart);
  if (rel >= 0) {
    const m = antecedent(tokens, left, rel, sentenceStart);
    return m ? { mention: m, rule: 'source:relative-clause-antecedent' } : undefined;
  }
  // "Romney, who met Netanyahu last year, criticized …": the relative clause's actors are not the subject
  const enclosed = closedRelatives(tokens, anchor, sentenceStart);
  if (
    a.pos === 'VERB' &&
    (unnamedSubject(tokens, left, anchor, sentenceStart) ||
      reportedUnnamedSubject(tokens, left, anchor, sentenceStart))
  )
    return undefined;
  for (let k = left.length - 1; k >= 0; k--) {
    const m = left[k];
    if (objectOfCoordinatedVerb(tokens, m, anchor, sentenceStart)) continue;
    if (a.pos === 'NOUN' && objectBeforeAdjunct(tokens, m, anchor, sentenceStart)) continue;
    const gap = tokens.slice(m.tokenEnd, anchor);
    if (gap.some((t) => t.text === ';')) break;
    if (isModifier(tokens, m, sentenceEnd)) continue;
    if (enclosed.some(([from, to]) => m.tokenStart > from && m.tokenEnd <= to)) continue;
    // "…, with Russia accusing Ukraine of lying", "after the North shelled an island": the word
    // before the mention opens a clause whose subject it is
    const opened = openedClauseSubject(tokens, prevWordIndex(tokens, m), m, anchor);
    if (opened) return { mention: m, rule: opened };
    if (
      (PREPOSITIONS.has(prevWord(tokens, m)?.lower ?? '') ||
        prepositionalConjunct(tokens, m, sentenceStart)) &&
      m.tokenStart > sentenceStart
    ) {
      if (partitiveSubject(tokens, m, sentenceStart)) return { mention: m, rule: 'source:partitive-subject' };
      continue;
    }
    return {
      mention: m,
      rule: k === left.length - 1 ? 'source:nearest-subject' : 'source:subject-before-prepositional-phrase',
    };
  }
  return undefined;
}

/** Whether `t` is a verb that can head a clause: "after Obama rejected", not "a committee probing". */
function finiteVerb(t: Token | undefined): boolean {
  return !!t && VERBAL.has(t.pos) && !t.lower.endsWith('ing');
}

/** Prepositions that also open a clause: "after Iran's attack" names a target, "after Iran attacked" a clause. */
const CLAUSE_PREPOSITIONS = new Set(['after', 'before', 'since', 'until']);
/** "a letter to Obama calling on him", "an ad against Romney accusing him", "a piece in a newspaper criticizing": the participle is the letter's. */
const ADDRESSEE_PREPOSITIONS = new Set(['to', 'against', 'with', 'at', 'in', 'for']);
const SUBJECT_RELATIVES = new Set(['who', 'which', 'that']);
/** What follows a subject relative pronoun: its verb, or an adverb or adverbial phrase before it. */
const SUBJECT_RELATIVE_NEXT = new Set(['AUX', 'ADV', 'PART', 'VERB', 'ADP']);
const NOMINAL = new Set(['NOUN', 'PROPN']);
const RELATIVE_OPENERS = new Set(['who', 'whom', 'whose', 'which']);

/**
 * The relative pronoun whose clause the anchor belongs to as its subject's verb ("who met",
 * "which has repeatedly attacked", "who on Monday held a rally against"), or -1: the pronoun
 * is followed by its verb, not by a subject ("which Russia criticized"), and no actor or
 * subordinate clause stands between it and the anchor ("who said Iran attacked", "which
 * grew when Iran attacked").
 */
function subjectRelative(
  tokens: readonly Token[],
  left: readonly Mention[],
  anchor: number,
  sentenceStart: number,
): number {
  for (let i = anchor - 1; i > sentenceStart && i >= anchor - 8; i--) {
    const t = tokens[i];
    if (t.text === ',' || BOUNDARY.has(t.text) || t.pos === 'SCONJ' || SUBORDINATORS.has(t.lower)) return -1;
    if (!SUBJECT_RELATIVES.has(t.lower)) continue;
    // "that" is a relative only after a noun: not "do just that during …", "said that"
    if (t.lower === 'that' && !NOMINAL.has(tokens[i - 1].pos)) return -1;
    const next = tokens[i + 1];
    if (i + 1 < anchor && !SUBJECT_RELATIVE_NEXT.has(next.pos)) return -1;
    return left.some((m) => m.tokenStart > i) ? -1 : i;
  }
  return -1;
}

/** The token range `[start, end)` of the noun phrase right before a relative pronoun (a comma may sit between). */
function phraseBeforeRelative(
  tokens: readonly Token[],
  rel: number,
  sentenceStart: number,
): [number, number] {
  const npEnd = tokens[rel - 1].text === ',' ? rel - 1 : rel;
  let npStart = npEnd;
  // a determiner opens the phrase: "told the ambassador to Libya the group that conducted…"
  while (npStart > sentenceStart && inNounPhrase(tokens[npStart - 1])) {
    npStart--;
    if (tokens[npStart].pos === 'DET') break;
  }
  return [npStart, npEnd];
}

/** The actor inside the noun phrase right before a relative pronoun. */
function antecedent(
  tokens: readonly Token[],
  left: readonly Mention[],
  rel: number,
  sentenceStart: number,
): Mention | undefined {
  const [npStart, npEnd] = phraseBeforeRelative(tokens, rel, sentenceStart);
  for (let k = left.length - 1; k >= 0; k--) {
    const m = left[k];
    if (m.tokenEnd > npEnd) continue;
    if (m.tokenStart < npStart) break;
    return m;
  }
  return undefined;
}

/**
 * Relative and participial clauses set off by commas that close before the anchor (", who
 * met Netanyahu last year,", ", with whom he worked,", ", visiting Israel,"): token ranges
 * `[comma, closing comma]`.
 */
function closedRelatives(
  tokens: readonly Token[],
  anchor: number,
  sentenceStart: number,
): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (let i = sentenceStart; i < anchor; i++) {
    if (tokens[i].text !== ',') continue;
    if (open >= 0) {
      out.push([open, i]);
      open = -1;
    }
    const next = tokens[i + 1];
    if (
      next &&
      (RELATIVE_OPENERS.has(next.lower) ||
        (next.pos === 'ADP' && RELATIVE_OPENERS.has(tokens[i + 2]?.lower ?? '')) ||
        (next.pos === 'VERB' && next.lower.endsWith('ing')))
    )
      open = i;
  }
  return out;
}

/**
 * The target right of the pattern: the first actor mention within the clause whose code
 * differs from the source's. `$` slots ask for the mention starting there.
 */
export function findTarget(
  doc: Doc,
  mentions: readonly Mention[],
  after: number,
  exclude: ReadonlySet<string>,
  allowPlaces: boolean,
  slot?: number,
  reaction = false,
  patternEnd = after,
  purposeEnds = allowPlaces,
): Role | undefined {
  const tokens = doc.tokens;
  if (slot !== undefined) {
    // within two words of the slot, and not past a comma or a clause's punctuation ("off our
    // backs," he says); a quotation may open there ('thanks "Senator Kerry for…')
    const m = mentions.find(
      (x) =>
        x.tokenStart >= slot &&
        x.tokenStart <= slot + 2 &&
        (canAct(x) || allowPlaces) &&
        !tokens
          .slice(slot, x.tokenStart)
          .some((t) => t.text === ',' || (BOUNDARY.has(t.text) && !QUOTES.has(t.text))),
    );
    if (m) return { mention: m, rule: 'target:pattern-slot' };
  }
  const from = warnedAbout(tokens, after);
  let fronted: boolean | undefined; // asked once, at the first comma
  for (const m of mentions) {
    if (m.tokenStart <= from) continue;
    if (m.tokenStart - after > TARGET_REACH) break;
    const gap = tokens.slice(after + 1, m.tokenStart);
    if (gap.some((t) => BOUNDARY.has(t.text) || TARGET_STOPS.has(t.lower))) break;
    const comma = gap.findLastIndex((t) => t.text === ',');
    if (comma >= 0) {
      // "As Obama mulled his next steps, the aides…": the comma closes the fronted clause
      fronted ??= inFrontedClause(doc, after);
      if (fronted) break;
      // "…, the official news agency said": the attribution after a comma is not the object
      if (opensAttribution(tokens, after + 1 + comma)) break;
    }
    // "condemned the decision and threatened …": the next verb's object is not this one's
    if (gap.some((t, k) => (t.lower === 'and' || t.lower === 'but') && gap[k + 1]?.pos === 'VERB')) break;
    // "endorsed a proposal to require the president to act": an actor in a noun's infinitive is
    // that act's party, not the object's; "traveled to Ohio to campaign against Romney", "met to
    // plan their next attack on Obama": a purpose clause after a visit or meeting has its own objects
    const infinitive = infinitiveAfter(gap, patternEnd - after);
    if (infinitive === 'of-noun' || (infinitive === 'purpose' && purposeEnds)) break;
    // "praised them for pulling troops out": an object pronoun no antecedent resolved is the object
    if (gap.some((t, k) => objectPronoun(t, gap[k + 1]))) break;
    // "supports a system which employers would use": the object ends where a relative clause
    // opens ("demanded that Sudan end curbs" keeps its target: "that" is left alone)
    if (gap.some((t) => RELATIVE_WORDS.has(t.lower))) break;
    // "backed a plan that rescinded a raise to teachers": "that" between a noun and its verb
    // opens a relative clause too ("a statement that Israel must…" is a noun's content clause)
    if (
      gap.some(
        (t, k) => t.lower === 'that' && k > 0 && gap[k - 1].pos === 'NOUN' && VERBAL.has(gap[k + 1]?.pos),
      )
    )
      break;
    if (!canAct(m) && !(allowPlaces && m.placeOnly)) continue;
    if (m.actors.every((a) => exclude.has(a.code) || exclude.has(a.country))) continue;
    const prep = prevWord(tokens, m)?.lower ?? '';
    // "met privately, hours after President Obama rejected their plan": "after" with a subject
    // and its verb opens a clause, whose subject is no target; the search ends there
    // ("testify before a House committee probing…" keeps its participle). A reaction aims at
    // that subject: "Iran protested after Israel seized the ship"
    if (!reaction && CLAUSE_PREPOSITIONS.has(prep) && finiteVerb(tokens[m.tokenEnd])) break;
    // "to block the bill, and GOP senators are blasting it": "and" + an actor + its verb is
    // another clause, whose subject is no target ("a meeting between management and unions
    // failed" keeps its second party)
    const joiner = tokens[m.tokenStart - 1]?.lower;
    if (
      (joiner === 'and' || joiner === 'but') &&
      finiteVerb(tokens[m.tokenEnd]) &&
      !gap.some((t) => t.lower === 'between')
    )
      break;
    // "called for a special counsel", "calling for deeper U.S. engagement": what is asked for,
    // not whom ("called for Congress to act", "for Iran's withdrawal" keep their actor)
    if (
      prep === 'for' &&
      (INDEFINITE.has(tokens[m.tokenStart].lower) ||
        (!m.possessive && isModifier(tokens, m, doc.sentences[m.sentence].tokenEnd)))
    )
      continue;
    // "attacked the announcement, with Sen. Vitter blasting it", "condemned the strike, with China
    // calling for restraint": ", with" + actor + participle opens a clause of its own
    const following = m.tokenEnd < tokens.length ? tokens[m.tokenEnd] : undefined;
    if (
      prep === 'with' &&
      tokens[m.tokenStart - 2]?.text === ',' &&
      following?.pos === 'VERB' &&
      following.lower.endsWith('ing')
    )
      break;
    // "called for higher tax rates on the wealthiest Americans": who would pay a tax is no target
    if (prep === 'on' && gap.some((t) => t.lemma === 'tax' || t.lower === 'taxes')) break;
    // ", the Parliament speaker said": the reporter of the sentence is not its target
    const next = m.tokenEnd < tokens.length ? tokens[m.tokenEnd] : undefined;
    if (next && REPORTING.has(next.lemma) && next.sentence === m.sentence) continue;
    // "its soldiers", "their own troops": the source's own people, not a target
    if (
      REFLEXIVE.has(prep) &&
      m.actors.every((a) => countryless(a) || a.rules.includes('owner-of-possessive-pronoun'))
    )
      continue;
    return { mention: m, rule: PREPOSITIONS.has(prep) ? `target:after-${prep}` : 'target:object' };
  }
  return undefined;
}

/**
 * An infinitive ("to" + verb) in a target search's gap past its first `skip` words, the
 * pattern's own: 'of-noun' when a noun other than a time stands before it ("a proposal to
 * require…"; "expressed a desire to work with" is the pattern's own noun, "met with last week
 * to discuss" a time), 'purpose' when something else does ("traveled to Ohio to campaign").
 */
function infinitiveAfter(gap: readonly Token[], skip: number): 'of-noun' | 'purpose' | undefined {
  let purpose = false;
  for (let k = Math.max(skip, 0); k < gap.length; k++) {
    if (gap[k].lower !== 'to' || gap[k + 1]?.pos !== 'VERB') continue;
    const before = gap[k - 1];
    if (before?.pos !== 'NOUN') purpose = true;
    else if (k - 1 >= skip && !TEMPORAL.has(before.lower) && !TIME_NOUNS.has(before.lemma)) return 'of-noun';
  }
  return purpose ? 'purpose' : undefined;
}

/** Words that open a clause set before the main one: "As Obama mulled…, the aides…". */
const FRONTED_OPENERS = new Set([...SUBORDINATORS, 'as', 'after', 'before', 'since']);

/**
 * Whether token `at` sits in a subordinate clause that opens its sentence and has not been
 * closed by a comma yet ("When black people kill…, the president…").
 */
function inFrontedClause(doc: Doc, at: number): boolean {
  const tokens = doc.tokens;
  const start = doc.sentences[tokens[at].sentence].tokenStart;
  let i = start;
  // past an opening quote or a dateline's dash
  while (i < at && tokens[i].pos === 'PUNCT' && tokens[i].text !== ',') i++;
  if (i >= at || !FRONTED_OPENERS.has(tokens[i].lower)) return false;
  for (let k = i + 1; k < at; k++) if (tokens[k].text === ',') return false;
  return true;
}

/**
 * "warned that Myanmar's reform process would be difficult", "warned that Mr. Obama will
 * continue to saddle…": a warning's that-clause subject is what it warns about, not whom it
 * threatens ("warned that Washington would act if Syria used the weapons" threatens Syria),
 * unless the clause says what it will suffer ("warned that Israel would pay a heavy price"). The
 * first verb of the clause, or `after` itself.
 */
function warnedAbout(tokens: readonly Token[], after: number): number {
  if (tokens[after].lemma !== 'warn' || tokens[after + 1]?.lower !== 'that') return after;
  let verb = -1;
  for (let i = after + 2; i < tokens.length && tokens[i].sentence === tokens[after].sentence; i++) {
    if (tokens[i].pos === 'AUX' && verb < 0) verb = i;
    if (tokens[i].pos === 'VERB') return SUFFERING.has(tokens[i].lemma) ? after : verb < 0 ? i : verb;
  }
  return verb < 0 ? after : verb;
}
/** What a warned party will suffer or bring on itself: "would pay a heavy price", "moves by X would trigger a response". */
const SUFFERING = new Set([
  'pay',
  'face',
  'suffer',
  'regret',
  'bear',
  'trigger',
  'invite',
  'provoke',
  'draw',
]);

/**
 * "in Britain and France", "to Israel, Jordan or Egypt": a name joined by "and"/"or" (and commas
 * before it) to a preposition's object is that preposition's object as well. Only names stand
 * between the joints ("After talks with Iran, Russia agreed" has no "and": Russia is a subject).
 */
function prepositionalConjunct(tokens: readonly Token[], m: Mention, sentenceStart: number): boolean {
  let i = m.tokenStart - 1;
  if (i <= sentenceStart || (tokens[i].lower !== 'and' && tokens[i].lower !== 'or')) return false;
  while (
    i > sentenceStart &&
    (tokens[i].lower === 'and' || tokens[i].lower === 'or' || tokens[i].text === ',')
  ) {
    i--;
    if (tokens[i].pos !== 'PROPN') return false;
    while (i > sentenceStart && (tokens[i].pos === 'PROPN' || tokens[i].pos === 'DET')) i--;
    if (PREPOSITIONS.has(tokens[i].lower)) return true;
  }
  return false;
}

/** Pronouns that only stand as objects; "her" only before a word that opens no noun ("her stamp"). */
const AFTER_OBJECT_HER = new Set(['ADP', 'PUNCT', 'DET', 'PART', 'CCONJ', 'ADV']);

function objectPronoun(t: Token, next: Token | undefined): boolean {
  if (OBJECT_PRONOUNS.has(t.lower)) return true;
  return t.lower === 'her' && (!next || AFTER_OBJECT_HER.has(next.pos));
}

/**
 * True when the comma at `comma` opens a trailing attribution: a noun phrase and a
 * reporting verb with no other verb before it ("…, a UN official said on Monday", "…,
 * said a spokesman", "…, two commanders told AFP").
 */
function opensAttribution(tokens: readonly Token[], comma: number): boolean {
  const sentence = tokens[comma].sentence;
  for (let i = comma + 1; i < tokens.length && i <= comma + 12; i++) {
    const t = tokens[i];
    if (t.sentence !== sentence || BOUNDARY.has(t.text) || t.text === ',') return false;
    if (REPORTING.has(t.lemma) && (t.pos === 'VERB' || i === comma + 1)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || RELATIVES.has(t.lower)) return false;
  }
  return false;
}

/** Verbs that take an object and a "that"-clause: "told reporters that …" is not a relative clause. */
const OBJECT_THAT_VERBS = new Set([
  'tell',
  'inform',
  'remind',
  'assure',
  'reassure',
  'warn',
  'caution',
  'convince',
  'persuade',
  'notify',
  'show',
  'teach',
  'advise',
  'promise',
]);

/** Words that may open a verb's object: after them the object slot is filled, not a gap. */
const OBJECT_START = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);

/**
 * "…, which Rubio praised": in an object relative clause the noun phrase right before the
 * relative pronoun is the target. The antecedent is that noun phrase only (an actor in it,
 * "Pakistan's achievements, which …"), never an earlier one; a pronoun after a preposition
 * ("with whom", "in which") is not the object; "that" after "told reporters" opens a clause,
 * not a relative; and a verb that has its own object ("that Iran attacked Kabul") has no gap.
 */
export function findRelativeAntecedent(
  doc: Doc,
  mentions: readonly Mention[],
  sourceStart: number,
  sentenceStart: number,
  exclude: ReadonlySet<string>,
  patternEnd: number,
): Role | undefined {
  const tokens = doc.tokens;
  let rel = -1;
  for (let i = sourceStart - 1; i >= sentenceStart && i >= sourceStart - 2; i--) {
    if (RELATIVES.has(tokens[i].lower) && tokens[i].lower !== 'who') rel = i;
  }
  if (rel <= sentenceStart) return undefined;
  if (tokens[rel - 1].pos === 'ADP') return undefined;
  const after = tokens[patternEnd + 1];
  if (after && after.sentence === tokens[rel].sentence && OBJECT_START.has(after.pos)) return undefined;
  const [npStart, npEnd] = phraseBeforeRelative(tokens, rel, sentenceStart);
  if (npStart === npEnd) return undefined;
  if (tokens[rel].lower === 'that' && OBJECT_THAT_VERBS.has(tokens[npStart - 1]?.lemma ?? ''))
    return undefined;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    if (m.tokenEnd > npEnd) continue;
    if (m.tokenStart < npStart) break;
    if (!canAct(m) || m.actors.every((a) => exclude.has(a.code))) continue;
    return { mention: m, rule: 'target:relative-clause-antecedent' };
  }
  return undefined;
}

function inNounPhrase(t: Token): boolean {
  return (
    t.pos === 'DET' ||
    t.pos === 'ADJ' ||
    t.pos === 'NOUN' ||
    t.pos === 'PROPN' ||
    t.pos === 'NUM' ||
    t.lower === "'s" ||
    t.lower === '’s'
  );
}

/**
 * The passive agent: "was praised by X". With `reach` beyond the default, the "by" may
 * follow a prepositional phrase of the verb ("were killed in an air strike by Afghan
 * forces") but not a comma, another verb or a new clause.
 */
/** "by the regional powerhouses of Qatar": a noun phrase whose "of" names the agent, right after "by". */
function ofPhraseAgent(tokens: readonly Token[], by: number, x: Mention): boolean {
  if (x.tokenStart > by + 6 || tokens[x.tokenStart - 1].lower !== 'of') return false;
  for (let k = by + 1; k < x.tokenStart - 1; k++)
    if (tokens[k].pos !== 'DET' && tokens[k].pos !== 'ADJ' && tokens[k].pos !== 'NOUN') return false;
  return true;
}

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
    const m = mentions.find(
      (x) => x.tokenStart > i && (x.tokenStart <= i + 3 || ofPhraseAgent(tokens, i, x)) && canAct(x),
    );
    if (m)
      return {
        mention: m,
        rule: i > after + 3 ? 'source:passive-by-agent-after-phrase' : 'source:passive-by-agent',
      };
  }
  return undefined;
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
