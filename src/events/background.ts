import type { Token } from '../model/index.ts';
import { MONTH_NAMES } from '../nlp/index.ts';
import { DEFINITE, HEAD_MODIFIERS, REPORTING } from './words.ts';

/** Roots whose event noun after "during" is the subject's own: meetings and visits, protests. */
const OWN_DURING_ROOTS = new Set(['04', '14']);
/** Prepositions that introduce a recalled event: "after the talks", "amid fighting", "during the attack". */
const BACKGROUND = new Set(['after', 'following', 'amid', 'amidst', 'since', 'before', 'during']);

/**
 * True for an event noun in a phrase introduced by a background preposition ("after two
 * days of fierce fighting", "despite the talks", "because of fighting"), which recalls
 * the event instead of stating the subject's act; 'concessive' after "despite".
 */
export function backgroundNoun(
  tokens: readonly Token[],
  anchor: number,
  sentenceStart: number,
  code: string,
): 'recalled' | 'background' | 'concessive' | false {
  const a = tokens[anchor];
  if (a.pos !== 'NOUN' && !a.lower.endsWith('ing')) return false;
  if (recalledNoun(tokens, anchor, sentenceStart, REPORTED_ROOTS.has(code.slice(0, 2)))) return 'recalled';
  for (let i = anchor - 1; i >= sentenceStart && i >= anchor - 6; i--) {
    const t = tokens[i];
    // "said during a visit to Seoul", "during talks with Lavrov", "protesters threw stones during
    // demonstrations": the subject's own meeting or protest
    if (t.lower === 'during' && (OWN_DURING_ROOTS.has(code.slice(0, 2)) || code === '036')) return false;
    if (BACKGROUND.has(t.lower)) return 'background';
    // "despite warnings by aid agencies": what happened anyway, whoever did it
    if (t.lower === 'despite') return 'concessive';
    if (t.lower === 'of' && tokens[i - 1]?.lower === 'because') return 'background';
    if (!(t.lower === 'of' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'NOUN'))
      return false;
  }
  return false;
}

/** Words before a definite event noun the clause talks about: "his handling of the attacks", "said that the attacks…" (and, for reported violence, a verb of saying: `saying`). */
const ABOUT = new Set(['of', 'about', 'over', 'into', 'to', 'for', 'that']);

/**
 * A definite event noun as the object of a preposition ("his handling of the attacks on U.S.
 * posts", "asked about the killing of protesters", "an inquiry into the deadly attack", "in
 * response to the Soviet invasion of Afghanistan"): the clause talks about a known event; its
 * subject did not do it, and the actor before the noun did it before the story.
 */
function recalledNoun(
  tokens: readonly Token[],
  anchor: number,
  sentenceStart: number,
  reported: boolean,
): boolean {
  // a name before the noun is its doer ("the Soviet invasion"), not before a verb ("for the State
  // Department requesting an investigation")
  const noun = tokens[anchor].pos === 'NOUN';
  let i = anchor - 1;
  while (
    i > sentenceStart &&
    i >= anchor - 4 &&
    (tokens[i].pos === 'ADJ' || tokens[i].pos === 'NUM' || (noun && tokens[i].pos === 'PROPN'))
  )
    i--;
  // "the Sept. 11, 2012, attacks on a U.S. outpost": a date with its commas before the noun
  if (noun && !DEFINITE.has(tokens[i]?.lower ?? '')) i = pastDate(tokens, i, anchor, sentenceStart);
  if (i <= sentenceStart || !DEFINITE.has(tokens[i].lower)) return false;
  const before = tokens[i - 1];
  return ABOUT.has(before.lower) || (reported && (saying(before) || talkedAbout(before)));
}

/**
 * The index before a date's words ("Sept. 11, 2012,") that end at `i`, adjectives and names
 * before it too, or `i` itself when no date ends there: the date must hold a year or a month's day.
 */
function pastDate(tokens: readonly Token[], i: number, anchor: number, sentenceStart: number): number {
  let j = i;
  let numbers = 0;
  while (
    j > sentenceStart &&
    j >= anchor - 8 &&
    (tokens[j].pos === 'NUM' ||
      tokens[j].pos === 'PROPN' ||
      tokens[j].pos === 'ADJ' ||
      (tokens[j].text === ',' && tokens[j - 1]?.pos === 'NUM'))
  ) {
    if (tokens[j].pos === 'NUM') numbers++;
    j--;
  }
  return numbers > 0 && tokens[i].text === ',' ? j : i;
}

/**
 * A verb that talks about or judges a definite act of force it governs ("called the attack on our
 * consulate terrorism", "discussed the killing"), not one that carries it out or answers for it
 * ("stepped up the attacks", "attended the protest", "ordered the strike", "claimed the attack").
 */
function talkedAbout(t: Token): boolean {
  return t.pos === 'VERB' && !DOING.has(t.lemma);
}
const DOING = new Set([
  'step',
  'resume',
  'continue',
  'intensify',
  'escalate',
  'order',
  'launch',
  'conduct',
  'carry',
  'mount',
  'stage',
  'lead',
  'direct',
  'begin',
  'start',
  'renew',
  'expand',
  'widen',
  'extend',
  'join',
  'commit',
  'perpetrate',
  'execute',
  'unleash',
  'wage',
  'press',
  'spearhead',
  'attend',
  'hold',
  'organize',
  'organise',
  'oversee',
  'authorize',
  'authorise',
  'approve',
  'mastermind',
  'orchestrate',
  'coordinate',
  'claim',
]);

/**
 * Strikes, attacks and killings a speaker reports with "that" left out ("Afghan officials said
 * the airstrike killed 10 civilians"): the speaker did not do them. Talks, visits and blame
 * reported so are mostly the speaker's own ("said the visit should not be seen as…").
 */
const REPORTED_ROOTS = new Set(['14', '18', '19', '20']);

/** A verb of saying ("told the" names a hearer, not what is told). */
function saying(t: Token): boolean {
  return t.pos === 'VERB' && REPORTING.has(t.lemma) && t.lemma !== 'tell';
}

/** Prepositions after which an event noun is what a clause is about: "aware of previous attacks", "testified on the attack". */
const TOPIC_PREPOSITIONS = new Set(['of', 'on', 'about', 'over', 'into', 'regarding', 'concerning']);
/** Nouns of travel, the subject's own whatever the preposition: "on a visit to Israel", "at the end of a brief visit". */
const TRAVEL_NOUNS = new Set(['visit', 'trip', 'tour', 'mission', 'journey']);
/** Nouns whose "of" names the acts themselves: "launched a campaign of airstrikes", "a series of raids". */
const LIGHT_NOUNS = new Set([
  'campaign',
  'series',
  'wave',
  'round',
  'barrage',
  'volley',
  'salvo',
  'flurry',
  'string',
  'spate',
  'policy',
  'program',
  'programme',
  'line',
  'list',
  'dose',
  'way',
  'leg',
]);

/**
 * An event noun heading the object of a preposition of topic ("was aware of previous attacks
 * on the consulate", "testified on the attack", "spoke about the shooting"): the clause's subject
 * talks about the act; it does not do it. The subject's own travel ("on a visit to Israel"),
 * acts named through a light noun ("a campaign of airstrikes", "lines of attack on Obama") and
 * "went on the attack" are still its own.
 */
export function topicNoun(tokens: readonly Token[], anchor: number, sentenceStart: number): boolean {
  if (tokens[anchor].pos !== 'NOUN') return false;
  let i = anchor - 1;
  while (i > sentenceStart && i >= anchor - 8 && (HEAD_MODIFIERS.has(tokens[i].pos) || datePart(tokens, i)))
    i--;
  const p = tokens[i];
  if (i <= sentenceStart || !TOPIC_PREPOSITIONS.has(p.lower) || TRAVEL_NOUNS.has(tokens[anchor].lemma))
    return false;
  // "went on the attack against Obama", "relentlessly on the attack": the subject's own
  if (p.lower === 'on' && (ON_THE_ATTACK.has(tokens[i - 1].lemma) || tokens[i - 1].pos === 'ADV'))
    return false;
  return !(p.lower === 'of' && LIGHT_NOUNS.has(tokens[i - 1].lemma));
}
/** A word of a date inside a noun phrase: "the September 11, 2012, attack on the U.S. consulate". */
function datePart(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.text === ',') return tokens[i - 1]?.pos === 'NUM' || tokens[i + 1]?.pos === 'NUM';
  return t.pos === 'PROPN' && MONTH_NAMES.has(t.lower);
}
/** Verbs before "on the attack" that make it the subject's: "went/is/stayed on the attack". */
const ON_THE_ATTACK = new Set(['go', 'be', 'stay', 'remain', 'keep']);

/** A year ("2008"), a decade ("1990s") or a span of years ("2008-2009", "2008-09"). */
const YEAR = /^(1[89]|20)\d\d(s|'s|-(1[89]|20)?\d\d)?$/;
/** Words of an event noun's own phrase before it: "the 2008 Israeli invasion". */
const NOUN_PHRASE_BEFORE = new Set(['DET', 'ADJ', 'PROPN', 'NUM', 'NOUN', 'PART']);
/** Where a dating phrase after an event noun ends: a verb or a clause's punctuation. */
const PHRASE_ENDS = new Set(['VERB', 'AUX', 'SCONJ', 'CCONJ']);
/** Words right before a year that date what comes before: "in 2003", "the 2008", "the winter of 2008-2009". */
const DATING_PREPOSITIONS = new Set(['in', 'the', 'of']);
/** How far after the pattern a dating phrase may come: "invasion of Gaza four years ago". */
const DATING_REACH = 8;

/**
 * An event noun its own phrase dates before the article's year: "the 2008 Israeli invasion of
 * Gaza", "an Israeli invasion of Gaza four years ago", "the U.S. invasion of Iraq in 2003". Such a
 * noun phrase recalls a past event; it states no news. `published` is the article's date.
 */
export function datedPastNoun(
  tokens: readonly Token[],
  anchor: number,
  last: number,
  sentenceStart: number,
  sentenceEnd: number,
  published: string | undefined,
): boolean {
  if (tokens[anchor].pos !== 'NOUN') return false;
  // with no date every year counts as before the article's
  const year = Number.parseInt(published?.slice(0, 4) ?? '', 10);
  const articleYear = Number.isNaN(year) ? Number.POSITIVE_INFINITY : year;
  const past = (t: Token) => YEAR.test(t.lower) && Number.parseInt(t.lower.slice(0, 4), 10) < articleYear;
  // "the 2008 Israeli invasion", not "an op-ed in 2010 berating": the year opens no other phrase
  for (
    let i = anchor - 1;
    i >= sentenceStart && anchor - i <= 5 && NOUN_PHRASE_BEFORE.has(tokens[i].pos);
    i--
  )
    if (past(tokens[i]) && tokens[i - 1]?.pos !== 'ADP') return true;
  for (let i = last + 1; i < sentenceEnd && i - last <= DATING_REACH; i++) {
    const t = tokens[i];
    if (PHRASE_ENDS.has(t.pos) || t.text === ',' || t.text === ';') return false;
    if (t.lower === 'ago' && /^(year|years|decade|decades)$/.test(tokens[i - 1]?.lower ?? '')) return true;
    if (past(t) && DATING_PREPOSITIONS.has(tokens[i - 1]?.lower ?? '')) return true;
  }
  return false;
}

/** Adjectives that put an event noun before the story: "previous visits", "past negotiations". */
const BEFORE_NOW = new Set(['previous', 'past', 'prior', 'former']);

/**
 * An event noun its own adjective puts before the story: "haven't been granted meetings on previous
 * visits", "has learned from past negotiations with House Republicans", "referenced prior attacks
 * against Western targets", "downplayed her previous demands for". The phrase recalls them; no
 * clause states them ("recent talks" and "latest talks" are news).
 */
export function formerEventNoun(tokens: readonly Token[], anchor: number, sentenceStart: number): boolean {
  if (tokens[anchor].pos !== 'NOUN') return false;
  for (let i = anchor - 1; i >= sentenceStart && i >= anchor - 3; i--) {
    const t = tokens[i];
    if (BEFORE_NOW.has(t.lower)) return true;
    if (!(t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN')) return false;
  }
  return false;
}
