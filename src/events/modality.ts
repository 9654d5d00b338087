import { TEMPORAL_NOUNS } from '../actors/index.ts';
import type { Token } from '../model/index.ts';
import { WEEKDAY_NAMES } from '../nlp/index.ts';
import { nounModality } from './noun-predicate.ts';
import {
  ATTEMPTS,
  BOUNDARY,
  COMPLEMENT_MARKERS,
  CONDITIONALS,
  FAILED,
  FUTURE,
  INTENT_HEADS,
  MODALS,
  NEGATIONS,
  NOT_DONE_HEADS,
  POSSIBILITY_HEADS,
  QUOTES,
  RELATIVE_WORDS,
  REPORTING,
  STATIVE_PARTICIPLES,
  SUBORDINATORS,
} from './words.ts';

export interface Modality {
  negated: boolean;
  hypothetical: boolean;
  passive: boolean;
  /** An announced act: "will visit", "is ready to send", "plans to attack". */
  future: boolean;
  /** The subject readies the act: "prepared to resume shelling" (force posture, not a threat). */
  readying?: boolean;
  /** The words that decided it, for `dyad explain`. */
  cue?: string;
}

const LOOKBACK = 4;
/** What may stand before a quotation that opens inside a verb group: 'will "meet', 'to "restore'. */
const INSIDE_VERB_GROUP = new Set(['AUX', 'PART']);

/**
 * Reads negation, modality and voice from the words before the anchor, within its clause:
 * "did not attend" (negated), "could impose" (hypothetical), "was praised by" (passive), and
 * negation inside the gaps of the matched words at `positions` ("held no talks with").
 */
export function modalityAt(
  tokens: readonly Token[],
  anchor: number,
  clauseStart: number,
  positions: readonly number[],
): Modality {
  const out: Modality = { negated: false, hypothetical: false, passive: false, future: false };
  const a = tokens[anchor];
  for (let i = anchor - 1; i >= clauseStart && i >= anchor - LOOKBACK; i--) {
    const t = tokens[i];
    // 'will "meet with Netanyahu,"': a quotation opening inside the verb group
    if (i === anchor - 1 && QUOTES.has(t.text) && i > clauseStart && INSIDE_VERB_GROUP.has(tokens[i - 1].pos))
      continue;
    if (BOUNDARY.has(t.text) || t.text === ',') break;
    // "denied that it had supplied drones", "rejected allegations that it had…": the speaker
    // says the act was not done, whatever tense the clause has
    if (t.lower === 'that' && deniedBefore(tokens, i, clauseStart)) {
      return {
        negated: true,
        hypothetical: false,
        passive: out.passive,
        future: false,
        cue: `${tokens[i - 1].text} that`,
      };
    }
    // "failed to meet", "the capacity to strike", "plans to visit": the head of the anchor's infinitive
    const head =
      t.lower === 'to' && i > clauseStart && (i === anchor - 1 || aspectBetween(tokens, i, anchor))
        ? infinitiveHead(tokens, i - 1)
        : undefined;
    if ((NEGATIONS.has(t.lower) && !(t.lower === 'no' && a.pos === 'VERB')) || head === 'negated') {
      out.negated = true;
      out.cue = t.lower === 'to' ? `${tokens[i - 1].text} to` : t.text;
    } else if (MODALS.has(t.lower) || head === 'hypothetical') {
      out.hypothetical = true;
      out.cue = t.lower === 'to' ? `${tokens[i - 1].text} to` : t.text;
    } else if (FUTURE.has(t.lower) && perfectAfter(tokens, i, anchor)) {
      // "would have stood up for": a past that did not happen
      out.hypothetical = true;
      out.cue = `${t.text} have`;
    } else if (FUTURE.has(t.lower) || head === 'future') {
      out.future = true;
      out.cue ??= t.text;
      // "the army prepared to resume shelling", not "is prepared to": readying the act itself
      if (
        head &&
        tokens[i - 1].lemma === 'prepare' &&
        !(tokens[i - 1].lower === 'prepared' && tokens[i - 2]?.lemma === 'be')
      )
        out.readying = true;
    } else if (
      (t.lemma === 'be' || t.lemma === 'get') &&
      a.pos === 'VERB' &&
      !a.lower.endsWith('ing') &&
      !(t.lemma === 'be' && STATIVE_PARTICIPLES.has(a.lower))
    ) {
      // "was praised", "were attacked", "got arrested"; "is attacking" is active
      const between = tokens.slice(i + 1, anchor);
      if (between.every((b) => b.pos === 'ADV' || b.pos === 'PART' || NEGATIONS.has(b.lower)))
        out.passive = true;
    }
  }
  // "denied Friday that its government forces had used chemical weapons": further back
  const deniedThat = out.negated ? undefined : deniedComplement(tokens, anchor, clauseStart);
  if (deniedThat)
    return { negated: true, hypothetical: false, passive: out.passive, future: false, cue: deniedThat };
  // "the Kremlin denied targeting civilians", "denied having supplied weapons": a denied act
  const denial =
    deniedGerund(tokens, anchor, clauseStart) ??
    undoneGerund(tokens, anchor, clauseStart) ??
    stoppedShort(tokens, anchor);
  if (denial) return { negated: true, hypothetical: false, passive: out.passive, future: false, cue: denial };
  // "has no intention of attacking", "had every intention of pressing": an intention, not the act
  const intendedAct = intendedGerund(tokens, anchor, clauseStart);
  if (intendedAct === 'negated')
    return { negated: true, hypothetical: false, passive: out.passive, future: false, cue: 'intention of' };
  if (intendedAct === 'future' && !out.negated && !out.hypothetical) {
    out.future = true;
    out.cue ??= 'intention of';
  }
  // "raised the prospect of attacking", "missiles potentially killing civilians": only possible
  const possible = possibleAct(tokens, anchor, clauseStart);
  if (possible && !out.negated) {
    out.hypothetical = true;
    out.cue = possible;
  }
  // "refused to meet X and sign …", "are not going to round up and deport", "could impose
  // sanctions and freeze assets": a base-form verb joined by "and"/"or" to another shares its
  // negation, modality or announcement
  const first = coordinatedVerb(tokens, anchor, clauseStart);
  if (first > clauseStart && !out.negated && !out.hypothetical && !out.future) {
    const shared = modalityAt(tokens, first, clauseStart, [first]);
    if (shared.negated || shared.hypothetical || shared.future) {
      out.negated = shared.negated;
      out.hypothetical = shared.hypothetical;
      out.future = shared.future;
      out.readying = shared.readying;
      out.cue = `${shared.cue} … ${tokens[first].text} and`;
    }
  }
  for (let i = clauseStart; i < anchor; i++) {
    if (CONDITIONALS.has(tokens[i].lower) || invertedShould(tokens, i, anchor)) {
      out.hypothetical = true;
      out.cue = tokens[i].text;
    }
  }
  // "Would you prefer that he invade those countries …?", "Is he meeting Netanyahu?": asked, not told
  if (inQuestion(tokens, anchor)) {
    out.hypothetical = true;
    out.cue = '?';
  }
  const gap = out.negated ? undefined : negationInGap(tokens, positions);
  if (gap) {
    out.negated = true;
    out.cue = gap;
  }
  // "a planned meeting", "the talks were canceled", "a meeting is likely this week"
  if (!out.negated && !out.hypothetical) {
    const own = nounModality(tokens, anchor, positions.at(-1) ?? anchor, clauseStart);
    if (own) {
      out.negated = own.modality === 'negated';
      out.hypothetical = own.modality === 'hypothetical';
      out.future = own.modality === 'future';
      out.cue = own.cue;
    }
  }
  return out;
}

/** Whether the clause of the anchor ends in a question mark, with no colon, semicolon or quotation between. */
function inQuestion(tokens: readonly Token[], anchor: number): boolean {
  const sentence = tokens[anchor].sentence;
  for (let k = anchor + 1; k < tokens.length && tokens[k].sentence === sentence; k++) {
    const w = tokens[k].text;
    if (w === '?') return true;
    if (w === ':' || w === ';' || QUOTES.has(w)) return false;
  }
  return false;
}

/** Negations a pattern's gap skips over: "has not scheduled meetings with", "held no talks with". */
const GAP_NEGATIONS = new Set(['not', "n't", 'never', 'no']);

/**
 * The negation inside a gap of the matched words, if any ("has not scheduled meetings with"); a
 * negated complement leaves the act as it is ("agreed not to buy", "accused him of not calling").
 */
function negationInGap(tokens: readonly Token[], positions: readonly number[]): string | undefined {
  for (let p = 1; p < positions.length; p++)
    for (let i = positions[p - 1] + 1; i < positions[p]; i++)
      if (
        GAP_NEGATIONS.has(tokens[i].lower) &&
        tokens[i + 1]?.lower !== 'to' &&
        !COMPLEMENT_MARKERS.has(tokens[i - 1].lower)
      )
        return tokens[i].text;
  return undefined;
}

/** "would have granted", "would have never met": a perfect after the modal at `i`, before the anchor. */
function perfectAfter(tokens: readonly Token[], i: number, anchor: number): boolean {
  if (tokens[i + 1]?.lower !== 'have' || i + 1 >= anchor) return false;
  let k = i + 2;
  while (k < anchor && tokens[k].pos === 'ADV') k++;
  return tokens[k]?.pos === 'VERB';
}

/** Verbs of aspect an infinitive passes through to its act: "prepared to resume shelling". */
const ASPECT = new Set(['resume', 'continue', 'start', 'begin', 'step']);

/** Whether only an aspect verb stands between the "to" at `to` and the anchor ("to resume shelling"). */
function aspectBetween(tokens: readonly Token[], to: number, anchor: number): boolean {
  return to === anchor - 2 && ASPECT.has(tokens[to + 1].lemma);
}

/**
 * The base-form verb a base-form verb after "and"/"or" is coordinated with ("to tighten
 * sanctions and impose", "did not attack or invade"), within its clause and a few words back,
 * or -1.
 */
function coordinatedVerb(tokens: readonly Token[], anchor: number, clauseStart: number): number {
  const a = tokens[anchor];
  if (a.pos !== 'VERB' || a.lower !== a.lemma) return -1;
  let i = anchor - 1;
  while (i > clauseStart && tokens[i].pos === 'ADV') i--;
  if (tokens[i]?.lower !== 'and' && tokens[i]?.lower !== 'or') return -1;
  for (let k = i - 1; k > clauseStart && k >= i - COORDINATED_REACH; k--) {
    const t = tokens[k];
    if (BOUNDARY.has(t.text) || t.text === ',' || t.lower === 'and' || t.lower === 'or') return -1;
    if (t.pos === 'VERB' && t.lower === t.lemma) return k;
  }
  return -1;
}
const COORDINATED_REACH = 8;

/**
 * "Should Congress fail to reach a deal, …", "… next year should the talks collapse": a "should"
 * with its subject after it is an "if"; "Congress should act" (a verb right after it) is not.
 */
function invertedShould(tokens: readonly Token[], i: number, anchor: number): boolean {
  if (tokens[i].lower !== 'should' || i + 1 >= anchor) return false;
  const next = tokens[i + 1].pos;
  return next === 'DET' || next === 'PROPN' || next === 'NOUN' || next === 'PRON' || next === 'NUM';
}

/**
 * What the word before a "to"-infinitive makes of the act: not done ("failed to", "refused to"),
 * only possible ("the capacity to"), or announced ("plans to", "is ready to").
 */
function infinitiveHead(
  tokens: readonly Token[],
  at: number,
): 'negated' | 'hypothetical' | 'future' | undefined {
  const head = tokens[at];
  if (NOT_DONE_HEADS.has(head.lemma) || failedAttempt(tokens, at)) return 'negated';
  if (possibilityHead(head)) return 'hypothetical';
  const intended = intention(tokens, at);
  if (intended) return intended;
  if (INTENT_HEADS.has(head.lemma)) return 'future';
  return undefined;
}

/** Nouns of intending, whose "to"-infinitive or "of"-gerund is announced: "announced its intention to sign", "plans to visit" ("has no plans to visit": not done). */
const INTENTIONS = new Set(['intention', 'intent', 'plan']);
/** Words that deny an intention a few words before it: "has no intention", "the lack of intent". */
const NO_INTENTION = new Set([...NEGATIONS, 'lack', 'without']);
const NO_INTENTION_REACH = 5;

/**
 * What an intention noun at `at` makes of its act: announced ("announced its intention to
 * sign", "has every intention of pressing") or, denied a few words before it, not done ("has no
 * intention to go to war", "saw no signs of any intention to impose sanctions").
 */
function intention(tokens: readonly Token[], at: number): 'negated' | 'future' | undefined {
  const head = tokens[at];
  if (head.pos !== 'NOUN' || !INTENTIONS.has(head.lemma)) return undefined;
  for (let k = at - 1; k >= 0 && k >= at - NO_INTENTION_REACH; k--) {
    const t = tokens[k];
    if (t.sentence !== head.sentence || BOUNDARY.has(t.text) || t.text === ',') break;
    if (NO_INTENTION.has(t.lower)) return 'negated';
    if (t.pos === 'VERB' && t.lemma !== 'have') break;
  }
  return 'future';
}

/** "his failed bid to trade arms", "an unsuccessful attempt to seize the town": tried, not done. */
function failedAttempt(tokens: readonly Token[], at: number): boolean {
  const head = tokens[at];
  const before = tokens[at - 1];
  return head.pos === 'NOUN' && ATTEMPTS.has(head.lemma) && before !== undefined && FAILED.has(before.lower);
}

/** A noun whose "to"-infinitive is a possibility ("the capacity to", not "is right to accuse"). */
function possibilityHead(t: Token): boolean {
  return t.pos === 'NOUN' && POSSIBILITY_HEADS.has(t.lemma);
}

/** Verbs that deny what a that-clause says: "denied that", "rejected allegations that". */
const DENYING = new Set(['deny', 'reject', 'dismiss', 'refute', 'rebut']);
/** Nouns for what is denied: "denied accusations that", "dismissed reports that". */
const CLAIMS = new Set([
  'accusation',
  'allegation',
  'claim',
  'charge',
  'report',
  'suggestion',
  'assertion',
  'rumor',
]);

/** Nouns whose "of" + gerund is only a possibility: "the prospect of attacking", "the risk of losing". */
const PROSPECTS = new Set([
  'prospect',
  'possibility',
  'idea',
  'risk',
  'danger',
  'option',
  'chance',
  'fear',
  'talk',
  'hope',
]);
/** Adverbs that make an act only possible: "potentially killing civilians". */
const MAYBE = new Set(['potentially', 'possibly', 'perhaps', 'maybe', 'conceivably']);

/** The words that make the act at `anchor` only possible, or undefined. */
function possibleAct(tokens: readonly Token[], anchor: number, clauseStart: number): string | undefined {
  let i = anchor - 1;
  while (i > clauseStart && tokens[i].pos === 'ADV') {
    if (MAYBE.has(tokens[i].lower)) return tokens[i].text;
    i--;
  }
  if (MAYBE.has(tokens[i]?.lower ?? '') && i >= clauseStart) return tokens[i].text;
  const a = tokens[anchor];
  if (a.pos === 'NOUN') return possibleEventNoun(tokens, anchor, clauseStart);
  if (!a.lower.endsWith('ing') || tokens[i]?.lower !== 'of' || i - 1 < clauseStart) return undefined;
  const head = tokens[i - 1];
  return head.pos === 'NOUN' && PROSPECTS.has(head.lemma) ? `${head.text} of` : undefined;
}

/** Words before an event noun in its own phrase: "a military strike", "an Israeli attack". */
const NOUN_MODIFIERS = new Set(['DET', 'ADJ', 'PROPN', 'NUM']);
/** Nouns whose "for" + event noun is only planned: "preparations for raids", "plans for a strike". */
const PLANS = new Set(['preparation', 'plan', 'contingency', 'option', 'blueprint']);

/**
 * An event noun that is only possible or planned: "the prospect of a military strike", "fears of
 * an attack", "made preparations for raids to grab the suspects". Its own determiners and
 * adjectives may stand between ("the risk of a wider war").
 */
function possibleEventNoun(
  tokens: readonly Token[],
  anchor: number,
  clauseStart: number,
): string | undefined {
  let i = anchor - 1;
  while (i > clauseStart && anchor - i <= 3 && NOUN_MODIFIERS.has(tokens[i].pos)) i--;
  const prep = tokens[i];
  if (i - 1 < clauseStart || (prep?.lower !== 'of' && prep?.lower !== 'for')) return undefined;
  const head = tokens[i - 1];
  if (head.pos !== 'NOUN') return undefined;
  const words = prep.lower === 'of' ? PROSPECTS : PLANS;
  return words.has(head.lemma) ? `${head.text} ${prep.lower}` : undefined;
}

/** What an intention noun before "of" makes of an -ing act: "no intention of attacking" (negated). */
function intendedGerund(
  tokens: readonly Token[],
  anchor: number,
  clauseStart: number,
): 'negated' | 'future' | undefined {
  if (!tokens[anchor].lower.endsWith('ing')) return undefined;
  let i = anchor - 1;
  while (i > clauseStart && tokens[i].pos === 'ADV') i--;
  if (tokens[i]?.lower !== 'of' || i - 1 < clauseStart) return undefined;
  return intention(tokens, i - 1);
}

/** The denial governing an -ing verb ("denied targeting", "denies having supplied"), or undefined. */
function deniedGerund(tokens: readonly Token[], anchor: number, clauseStart: number): string | undefined {
  const a = tokens[anchor];
  if (!(a.lower.endsWith('ing') || (a.pos === 'VERB' && tokens[anchor - 1]?.lower === 'having')))
    return undefined;
  let i = anchor - 1;
  if (tokens[i]?.lower === 'having') i--;
  while (i > clauseStart && tokens[i].pos === 'ADV') i--;
  const t = tokens[i];
  return i >= clauseStart && t.pos === 'VERB' && DENYING.has(t.lemma) ? `${t.text} ${a.text}` : undefined;
}

/**
 * The words that keep an -ing act from being done: "avoided criticizing", "refrained from
 * attacking", "prevented Iran from attacking", "without consulting", "stopped short of
 * endorsing", "instead of meeting", "steered clear of commenting"; "benefited from blaming Bush" is done.
 */
function undoneGerund(tokens: readonly Token[], anchor: number, clauseStart: number): string | undefined {
  const a = tokens[anchor];
  if (!a.lower.endsWith('ing')) return undefined;
  let i = anchor - 1;
  while (i > clauseStart && tokens[i].pos === 'ADV') i--;
  if (i < clauseStart) return undefined;
  const t = tokens[i];
  const before = tokens[i - 1]?.lower;
  const undone =
    (t.pos === 'VERB' && t.lemma === 'avoid') ||
    t.lower === 'without' ||
    (t.lower === 'from' && keptFrom(tokens, i, clauseStart)) ||
    (t.lower === 'of' && (before === 'short' || before === 'instead' || before === 'clear'));
  return undone ? `${t.text} ${a.text}` : undefined;
}

/** Words an event noun after "stopped short of" may have before it: "a full travel ban". */
const SHORT_OF_MODIFIERS = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'ADV']);
/** Verbs of saying whose complement "stopped short of" leaves unsaid: "stopped short of saying he would endorse". */
const SHORT_OF_SAYING = new Set([...REPORTING, 'suggest', 'declare', 'predict', 'admit', 'acknowledge']);
const SHORT_REACH = 12;
const SAYING_REACH = 15;

/**
 * The "stopped short of" that keeps the act at `anchor` from being done: an -ing act or an
 * event noun after it ("stopped short of accusing", "stopped short of a travel ban"), or an act
 * inside what a saying verb after it would have said ("stopped short of saying he would
 * endorse …"); words may sit between "short" and "of" ("stopped short on CNN's 'State of the
 * Union,' of accusing").
 */
function stoppedShort(tokens: readonly Token[], anchor: number): string | undefined {
  const a = tokens[anchor];
  let i = anchor - 1;
  if (a.lower.endsWith('ing')) while (tokens[i]?.pos === 'ADV') i--;
  else if (a.pos === 'NOUN')
    while (i > anchor - 6 && SHORT_OF_MODIFIERS.has(tokens[i]?.pos ?? '') && tokens[i].lower !== 'of') i--;
  if (tokens[i]?.lower === 'of' && shortBefore(tokens, i)) return `short of ${a.text}`;
  // "stopped short of saying that the U.S. would support …": the saying verb's complement
  for (let k = anchor - 1; k > 0 && k >= anchor - SAYING_REACH; k--) {
    const t = tokens[k];
    if (t.sentence !== a.sentence || BOUNDARY.has(t.text) || t.text === ',') return undefined;
    if (SUBORDINATORS.has(t.lower) || t.lower === 'but') return undefined;
    if (t.pos !== 'VERB' || !t.lower.endsWith('ing') || !SHORT_OF_SAYING.has(t.lemma)) continue;
    let j = k - 1;
    while (tokens[j]?.pos === 'ADV') j--;
    if (tokens[j]?.lower === 'of' && shortBefore(tokens, j)) return `short of ${t.text}`;
    return undefined;
  }
  return undefined;
}

/** Whether a "stop short" stands before the "of" at `of`, with no verb between: "stopped short on CNN of". */
function shortBefore(tokens: readonly Token[], of: number): boolean {
  for (let k = of - 1; k > 0 && k >= of - SHORT_REACH; k--) {
    const t = tokens[k];
    if (t.sentence !== tokens[of].sentence || t.text === ';' || t.text === ':') return false;
    if (t.lower === 'short') return tokens[k - 1].lemma === 'stop';
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return false;
}

/** Verbs that keep their object from an act: "kept the U.S. from launching", "refrained from". */
const KEEP_FROM = new Set([
  'refrain',
  'abstain',
  'desist',
  'keep',
  'stop',
  'prevent',
  'bar',
  'ban',
  'block',
  'deter',
  'discourage',
  'dissuade',
  'prohibit',
  'restrain',
  'preclude',
  'forbid',
  'frighten',
  'scare',
]);
const KEEP_FROM_REACH = 8;

/** Whether the "from" at `i` follows a verb that keeps its object from the act after it. */
function keptFrom(tokens: readonly Token[], i: number, clauseStart: number): boolean {
  for (let k = i - 1; k >= clauseStart && k >= i - KEEP_FROM_REACH; k--) {
    const t = tokens[k];
    if (BOUNDARY.has(t.text) || t.text === ',') return false;
    if (t.pos === 'VERB' && KEEP_FROM.has(t.lemma)) return true;
  }
  return false;
}

/** Whether the "that" at `i` opens a clause a denial governs: "denied that", "denied the reports that". */
function deniedBefore(tokens: readonly Token[], i: number, clauseStart: number): boolean {
  let k = i - 1;
  if (k >= clauseStart && CLAIMS.has(tokens[k].lemma)) {
    k--;
    if (k >= clauseStart && tokens[k].pos === 'DET') k--;
  }
  // "denied Friday that", "flatly denied on Monday that", "denied for months that"
  for (let n = 0; n < DENIAL_GAP && k > clauseStart && denialGapWord(tokens[k]); n++) k--;
  if (k < clauseStart || tokens[k].pos !== 'VERB' || !DENYING.has(tokens[k].lemma)) return false;
  // "does not deny that": granted, not denied
  return !(NEGATIONS.has(tokens[k - 1]?.lower ?? '') || NEGATIONS.has(tokens[k - 2]?.lower ?? ''));
}

const DENIED_REACH = 12;

/**
 * The denial whose "that"-clause holds the anchor, past the look-back: "denied Friday that its
 * government forces had used", not past a comma or a "when"/"who" clause inside it.
 */
function deniedComplement(tokens: readonly Token[], anchor: number, clauseStart: number): string | undefined {
  for (let k = anchor - 1; k > clauseStart && k >= anchor - DENIED_REACH; k--) {
    const t = tokens[k];
    if (BOUNDARY.has(t.text) || t.text === ',' || SUBORDINATORS.has(t.lower) || RELATIVE_WORDS.has(t.lower))
      return undefined;
    // "denied claims that it violated the treaty and accused the U.S.": a verb after "and" may be the denier's
    if (t.pos === 'CCONJ' && tokens[k + 1]?.pos === 'VERB') return undefined;
    if (t.lower === 'that')
      return deniedBefore(tokens, k, clauseStart) ? `${tokens[k - 1].text} that` : undefined;
  }
  return undefined;
}

const DENIAL_GAP = 3;
/** Days, times and the words around them: "on Monday", "last week", "for months". */
const TIME_WORDS = new Set([
  ...TEMPORAL_NOUNS,
  ...WEEKDAY_NAMES,
  'week',
  'weekend',
  'month',
  'months',
  'year',
  'years',
  'night',
  'on',
  'for',
  'last',
  'again',
]);

/** A word that may stand between a denial and its "that": an adverb or a time ("denied Friday that"). */
function denialGapWord(t: Token): boolean {
  return t.pos === 'ADV' || TIME_WORDS.has(t.lower);
}
