import { principalRelation } from '../actors/principal.ts';
import { joinedHyphen, type Token } from '../model/index.ts';
import { WEEKDAY_NAMES } from '../nlp/index.ts';
import { infinitiveNoun } from './act-nouns.ts';
import { allegedAct, claimedComplement } from './alleged.ts';
import { deniedBefore, deniedComplement, deniedGerund } from './denials.ts';
import { intendedGerund, intention } from './intentions.ts';
import { meansVerb } from './means.ts';
import { callsOff, nounModality } from './noun-predicate.ts';
import { requestedAct } from './object-control.ts';
import {
  judgedUnlikely,
  mandatedAct,
  possibleAct,
  questionedAct,
  weighedObject,
  wishedAct,
} from './possible-acts.ts';
import { hedgedFuture } from './predicted.ts';
import { negatedReport, supposedWould, whenLater } from './unasserted.ts';
import { stoppedShort, undoneGerund } from './undone.ts';
import {
  ATTEMPTS,
  BOUNDARY,
  COMPLEMENT_MARKERS,
  CONDITIONALS,
  DIRECTIVES,
  FAILED,
  FUTURE,
  INTENT_HEADS,
  LEANING_HEADS,
  MODALS,
  NEGATIONS,
  NOT_DONE_HEADS,
  PHRASE_WORDS,
  PLOT_HEADS,
  POSSIBILITY_HEADS,
  PROPOSALS,
  QUOTES,
  SCHEDULED,
  STATIVE_PARTICIPLES,
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
  let floor = anchor - LOOKBACK;
  for (let i = anchor - 1; i >= clauseStart && i >= floor; i--) {
    // "no one-on-one meeting between Obama and Putin": a hyphenated word counts as one, and its
    // pieces are no cues ("a no-fly zone and airstrikes")
    if (joinedHyphen(tokens, i)) {
      floor -= 2;
      i--;
      continue;
    }
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
      t.lower === 'to' &&
      i > clauseStart &&
      (adverbsBetween(tokens, i, anchor) ||
        aspectBetween(tokens, i, anchor) ||
        lightNounBetween(tokens, i, anchor))
        ? infinitiveHead(tokens, infinitiveNoun(tokens, i))
        : undefined;
    // "will likely agree": the hedge between a future auxiliary and the act
    const hedge = FUTURE.has(t.lower) ? hedgedFuture(tokens, i, anchor) : undefined;
    // "no" before a verb is no negation ("no one attacked"), but "no longer" is ("will no longer negotiate")
    if (
      (NEGATIONS.has(t.lower) &&
        !(t.lower === 'no' && a.pos === 'VERB' && tokens[i + 1]?.lower !== 'longer')) ||
      head === 'negated'
    ) {
      out.negated = true;
      out.cue = t.lower === 'to' ? `${tokens[i - 1].text} to` : t.text;
    } else if ((MODALS.has(t.lower) && !nameMay(tokens, i, anchor)) || head === 'hypothetical') {
      out.hypothetical = true;
      out.cue = t.lower === 'to' ? `${tokens[i - 1].text} to` : t.text;
    } else if (hedge) {
      // "will likely agree", "would probably support": forecast, not announced
      out.hypothetical = true;
      out.cue = `${t.text} ${hedge}`;
    } else if (FUTURE.has(t.lower) && supposedWould(tokens, i, clauseStart)) {
      // "because Russia would veto", "before Washington would agree": supposed, not announced
      out.hypothetical = true;
      out.cue = `${tokens[i].text}`;
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
  // "did not take part in the talks with Iran", "would not be involved in today's talks": a
  // talks noun after a verb of taking part has that verb's negation or modality
  if (!out.negated && !out.hypothetical && !out.future && a.pos === 'NOUN') {
    const v = partakingVerb(tokens, anchor, clauseStart);
    if (v >= 0) {
      const shared = modalityAt(tokens, v, clauseStart, [v]);
      // "would not be involved in the talks" is no refusal: being left out is not one's choice
      const refusable = tokens[v].lower !== 'involved';
      if (shared.negated || shared.hypothetical || shared.future)
        return {
          ...shared,
          future: shared.future && (refusable || !shared.negated),
          passive: out.passive,
          cue: `${shared.cue} ${tokens[v].text}`,
        };
    }
  }
  // "denied Friday that its government forces had used chemical weapons": further back
  const deniedThat = out.negated
    ? undefined
    : (deniedComplement(tokens, anchor, clauseStart) ??
      negatedReport(tokens, anchor, clauseStart, positions));
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
  // "accused rebels of using chemical weapons": only the accusation is an event
  const possible =
    possibleAct(tokens, anchor, clauseStart) ??
    wishedAct(tokens, anchor) ??
    mandatedAct(tokens, anchor) ??
    allegedAct(tokens, anchor, clauseStart) ??
    claimedComplement(tokens, anchor, clauseStart) ??
    judgedUnlikely(tokens, anchor, clauseStart);
  if (possible && !out.negated) {
    out.hypothetical = true;
    out.cue = possible;
  }
  // "urged Congress to pass sanctions on Iran", "called on Trump to end the war": the act is
  // only asked of the object
  const requested = out.negated || out.hypothetical ? undefined : requestedAct(tokens, anchor, clauseStart);
  if (requested) {
    out.hypothetical = true;
    out.future = false;
    out.cue = requested;
  }
  // The act of another verb lends its negation, modality or announcement: a base-form verb joined
  // by "and"/"or" ("refused to meet X and sign …", "could impose sanctions and freeze assets"), the
  // means of a "by"-gerund ("should send a signal by suspending aid"), the verb whose object a
  // purpose follows ("would afford him the leeway to conduct airstrikes"; "used drones to attack"
  // is done). The three are told apart by the word before the anchor.
  if (!out.negated && !out.hypothetical && !out.future) {
    const first = coordinatedVerb(tokens, anchor, clauseStart);
    const purpose = first > clauseStart ? -1 : objectPurposeVerb(tokens, anchor, clauseStart);
    const means = first > clauseStart || purpose >= 0 ? -1 : meansVerb(tokens, anchor, clauseStart);
    if (first > clauseStart) shareModality(out, tokens, first, clauseStart, 'and');
    else if (purpose >= 0 && soughtCoercion(tokens, purpose)) {
      out.hypothetical = true;
      out.cue = `to ${tokens[purpose].text} … to`;
    } else if (purpose >= 0) shareModality(out, tokens, purpose, clauseStart, 'to');
    else if (means >= 0) shareModality(out, tokens, means, clauseStart, 'by');
  }
  for (let i = clauseStart; i < anchor; i++) {
    if (
      CONDITIONALS.has(tokens[i].lower) ||
      invertedShould(tokens, i, anchor) ||
      conditionPhrase(tokens, i)
    ) {
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
  const later =
    out.negated || out.hypothetical || out.future ? undefined : presentForLater(tokens, positions, anchor);
  if (later) {
    out.future = true;
    out.cue = later;
  }
  return out;
}

const LATER_UNITS = new Set(['week', 'month', 'year', ...WEEKDAY_NAMES]);

/**
 * A present tense whose time is to come: "He holds closed-door meetings tomorrow with House
 * Republicans", "Stephen Harper is visiting New York next week": announced, not done. The time
 * follows the verb within its clause; its cue ("tomorrow", "next week"), if any.
 */
function presentForLater(
  tokens: readonly Token[],
  positions: readonly number[],
  anchor: number,
): string | undefined {
  const v = tokens[positions[0]]?.pos === 'VERB' ? positions[0] : anchor;
  const a = tokens[v];
  const be = tokens[v - 1]?.lower;
  const present =
    a.pos === 'VERB' &&
    ((a.lower.endsWith('s') && a.lower !== a.lemma) ||
      (a.lower.endsWith('ing') && (be === 'is' || be === 'are')));
  if (!present) return undefined;
  // "When President Obama meets Monday with Putin, …": a meeting to come
  const when = a.lower.endsWith('s') ? whenLater(tokens, v) : undefined;
  if (when) return when;
  const sentence = a.sentence;
  for (let k = v + 1; k < tokens.length && k <= v + 12 && tokens[k].sentence === sentence; k++) {
    const w = tokens[k].lower;
    if (BOUNDARY.has(tokens[k].text) || w === ',' || w === 'that') return undefined;
    if (w === 'tomorrow') return tokens[k].text;
    if (w === 'next' && LATER_UNITS.has(tokens[k + 1]?.lower ?? '')) return `next ${tokens[k + 1].text}`;
  }
  return undefined;
}

/**
 * "Theresa May met Merkel", "May will visit": a capitalized "May" before a verb that is not in its
 * base form, or before another modal, is a name, not the modal ("May impose" stays the modal).
 */
function nameMay(tokens: readonly Token[], i: number, anchor: number): boolean {
  if (tokens[i].text !== 'May') return false;
  let k = i + 1;
  while (k < anchor && (tokens[k].pos === 'ADV' || tokens[k].pos === 'PART')) k++;
  const next = tokens[k];
  return next.lower !== next.lemma || MODALS.has(next.lower) || FUTURE.has(next.lower);
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
 * The negation inside a gap of the matched words, if any ("has not scheduled meetings with", "had
 * declined a meeting with"; "urging Obama to cancel the meeting" asks for it); a
 * negated complement leaves the act as it is ("agreed not to buy", "accused him of not calling").
 */
function negationInGap(tokens: readonly Token[], positions: readonly number[]): string | undefined {
  for (let p = 1; p < positions.length; p++)
    for (let i = positions[p - 1] + 1; i < positions[p]; i++)
      if (
        (GAP_NEGATIONS.has(tokens[i].lower) &&
          tokens[i + 1]?.lower !== 'to' &&
          !COMPLEMENT_MARKERS.has(tokens[i - 1].lower)) ||
        (callsOff(tokens[i]) && tokens[i - 1].lower !== 'to')
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

/** Whether only adverbs stand between the "to" at `to` and the anchor: "to lift", "to partially lift". */
function adverbsBetween(tokens: readonly Token[], to: number, anchor: number): boolean {
  for (let k = to + 1; k < anchor; k++) if (tokens[k].pos !== 'ADV') return false;
  return true;
}

/** Verbs of aspect an infinitive passes through to its act: "prepared to resume shelling". */
const ASPECT = new Set(['resume', 'continue', 'start', 'begin', 'step']);

/** Whether only an aspect verb or a passive's "be" stands between the "to" at `to` and the anchor ("to resume shelling"). */
function aspectBetween(tokens: readonly Token[], to: number, anchor: number): boolean {
  // a passive infinitive likewise: "were never allowed to be questioned by Congress"
  return (
    to === anchor - 2 && (ASPECT.has(tokens[to + 1].lemma) || PASSIVE_AUXILIARIES.has(tokens[to + 1].lower))
  );
}
const PASSIVE_AUXILIARIES = new Set(['be', 'get']);

/**
 * Verbs that only take the event noun as their object, with the words that must follow them:
 * "plans to have further talks", "offered to join airstrikes against", "agreed to take part in
 * the talks", "wants to participate in the negotiations". The act is the noun's, so its
 * infinitive's head (offered, plans, refused) decides whether it was done.
 */
const LIGHT_VERBS: ReadonlyMap<string, readonly string[]> = new Map([
  ['have', []],
  ['join', []],
  ['participate', ['in']],
  ['take', ['part', 'in']],
]);

/** Words of the noun phrase before an event noun: "in today's talks", "in the first round of talks". */
const PARTAKING_NP = new Set(['DET', 'ADJ', 'NUM', 'PART']);

/**
 * The verb of taking part whose object is the event noun at `anchor`, or -1: "take part in",
 * "participate in", "be involved in" with only the noun's determiners, adjectives and a
 * possessive time ("today's") between.
 */
function partakingVerb(tokens: readonly Token[], anchor: number, clauseStart: number): number {
  let k = anchor - 1;
  while (
    k > clauseStart &&
    (PARTAKING_NP.has(tokens[k].pos) ||
      tokens[k].lower === "'s" ||
      tokens[k].lower === '’s' ||
      TIME_WORDS.has(tokens[k].lower))
  )
    k--;
  if (tokens[k]?.lower !== 'in' || k - 1 <= clauseStart) return -1;
  const v = tokens[k - 1];
  if (v.lemma === 'participate' || v.lower === 'involved') return k - 1;
  if (v.lower === 'part' && tokens[k - 2]?.lemma === 'take') return k - 2;
  return -1;
}

/** Words of a time phrase inside the noun phrase: "in today's talks", "in Monday's talks", "in next week's talks". */
const TIME_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAY_NAMES,
  'today',
  'tomorrow',
  'yesterday',
  'next',
  'this',
  'week',
  'month',
]);

/**
 * Whether a light verb (above) and the event noun's determiners and adjectives are all that
 * stand between the "to" at `to` and the anchor noun: "plans to have further talks with other
 * Republicans", "has offered to join airstrikes against Iraq" (not a perfect infinitive, "is said
 * to have attacked", whose anchor is a verb).
 */
function lightNounBetween(tokens: readonly Token[], to: number, anchor: number): boolean {
  const verb = tokens[to + 1];
  const after = verb && LIGHT_VERBS.get(verb.lower === 'have' ? 'have' : verb.lemma);
  if (!after || tokens[anchor].pos !== 'NOUN' || to + 1 >= anchor) return false;
  let k = to + 2;
  for (const w of after) if (tokens[k++]?.lower !== w) return false;
  for (; k < anchor; k++) if (tokens[k].pos !== 'DET' && tokens[k].pos !== 'ADJ') return false;
  return true;
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
  const link = tokens[i]?.lower;
  // "could emerge from his bunker, survey a broken war machine and agree": a series member
  // after a comma, when "and"/"or" and a base-form verb close the series after it
  if (link === ',' && !seriesClosed(tokens, anchor)) return -1;
  if (link !== 'and' && link !== 'or' && link !== ',') return -1;
  for (let k = i - 1; k > clauseStart && k >= i - 2 * COORDINATED_REACH; k--) {
    const t = tokens[k];
    // "emerge from his bunker, survey a broken war machine and agree": past an earlier member
    if (t.text === ',' && link !== ',' && seriesMember(tokens, k + 1)) continue;
    if (BOUNDARY.has(t.text) || t.text === ',' || t.lower === 'and' || t.lower === 'or') return -1;
    if (t.pos === 'VERB' && t.lower === t.lemma) return k;
  }
  return -1;
}
const COORDINATED_REACH = 12;

/**
 * Whether the word at `k` may open a member of a series of base-form verbs: a base-form verb, or
 * a word the tagger calls a noun that has its object after it ("survey a broken war machine").
 */
function seriesMember(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.lower !== t?.lemma) return false;
  return t.pos === 'VERB' || (t.pos === 'NOUN' && SERIES_OBJECT.has(tokens[k + 1]?.pos ?? ''));
}
const SERIES_OBJECT = new Set(['DET', 'PROPN', 'PRON']);

/** Whether "and"/"or" and a series member follow the verb at `anchor` within its clause, no comma before them. */
function seriesClosed(tokens: readonly Token[], anchor: number): boolean {
  for (let k = anchor + 1; k < tokens.length && k <= anchor + COORDINATED_REACH; k++) {
    const t = tokens[k];
    if (t.sentence !== tokens[anchor].sentence || BOUNDARY.has(t.text) || t.text === ',') return false;
    if (t.lower !== 'and' && t.lower !== 'or') continue;
    let j = k + 1;
    while (tokens[j]?.pos === 'ADV') j++;
    return seriesMember(tokens, j);
  }
  return false;
}

/**
 * Gives `out` the modality of the act of the verb at `verb` when that act is not done, only
 * possible or only announced. A coordinated verb ("and") or a means ("by") is announced with it,
 * a coordinated one readied with it too; a purpose ("to") of an announced act is only possible.
 */
function shareModality(
  out: Modality,
  tokens: readonly Token[],
  verb: number,
  clauseStart: number,
  link: 'and' | 'by' | 'to',
): void {
  const shared = modalityAt(tokens, verb, clauseStart, [verb]);
  if (!shared.negated && !shared.hypothetical && !shared.future) return;
  const announced = link !== 'to';
  out.negated = shared.negated;
  out.hypothetical = announced ? shared.hypothetical : !shared.negated;
  out.future = announced && shared.future;
  if (link === 'and') {
    out.readying = shared.readying;
    out.cue = `${shared.cue} … ${tokens[verb].text} and`;
  } else out.cue = `${shared.cue} ${tokens[verb].text} … ${link}`;
}

/** Verbs that make their object do the act of the infinitive after it: "force Japan to open". */
const COERCING = new Set(['force', 'compel', 'pressure', 'press', 'push', 'persuade', 'convince']);

/**
 * Whether the verb at `verb` makes its object act but is itself only aimed at, an infinitive:
 * "an attempt to force Japan to open its market", "trying to persuade the Americans to sit
 * down with": the object's act is sought, not done ("forced Japan to open" did it).
 */
function soughtCoercion(tokens: readonly Token[], verb: number): boolean {
  if (!COERCING.has(tokens[verb].lemma)) return false;
  let k = verb - 1;
  while (k >= 0 && tokens[k].pos === 'ADV') k--;
  return tokens[k]?.lower === 'to';
}

/**
 * The verb whose object a "to"-infinitive follows ("would afford him the leeway to conduct",
 * "may be preparing its nuclear forces to strike"), within its clause, or -1. A word right
 * before "to" that is no object ("failed to", "ready to") is infinitiveHead's.
 */
function objectPurposeVerb(tokens: readonly Token[], anchor: number, clauseStart: number): number {
  const a = tokens[anchor];
  if (a.pos !== 'VERB' || a.lower !== a.lemma) return -1;
  let i = anchor - 1;
  while (i > clauseStart && tokens[i].pos === 'ADV') i--;
  if (tokens[i]?.lower !== 'to' || !NOMINAL_END.has(tokens[i - 1]?.pos ?? '')) return -1;
  for (let k = i - 1; k >= clauseStart && k >= i - 1 - PURPOSE_OBJECT_REACH; k--) {
    const t = tokens[k];
    // "went to court Monday to ask": a place after "went to", which the tagger may call a verb
    if (t.pos === 'VERB')
      return tokens[k - 1]?.lower === 'to' && WENT.has(tokens[k - 2]?.lower ?? '') ? -1 : k;
    if (!PHRASE_WORDS.has(t.pos)) return -1;
  }
  return -1;
}
const WENT = new Set(['go', 'goes', 'went', 'gone']);
/** How many words the object between a verb and a purpose infinitive may have: "those jets", "him the leeway". */
const PURPOSE_OBJECT_REACH = 6;

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
 * The last word of a phrase that, like "if", makes its clause a condition: "so long as the House
 * agrees to reopen the government", "as long as it is fighting al Qaeda", "provided that
 * sanctions are lifted", "on condition that Iran …", "in the event that …". Not "as long as
 * two years" (a length of time: no subject and verb follow) nor "provided weapons".
 */
function conditionPhrase(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i].lower;
  const before = tokens[i - 1]?.lower;
  if (w === 'as' && before === 'long')
    return LONG_AS.has(tokens[i - 2]?.lower ?? '') && clauseAfter(tokens, i);
  if (w !== 'that') return false;
  if (before === 'provided' || before === 'providing') return true;
  const two = tokens[i - 2]?.lower;
  return (before === 'condition' && two === 'on') || (before === 'event' && two === 'the');
}
const LONG_AS = new Set(['as', 'so']);

/** Whether a subject and its verb follow the word at `i`: "as long as it is fighting", not "as long as two years". */
function clauseAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 6 && tokens[k].sentence === tokens[i].sentence; k++) {
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return k > i + 1;
    if (tokens[k].text === ',' || BOUNDARY.has(tokens[k].text)) return false;
  }
  return false;
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
  if (
    possibilityHead(head) ||
    LEANING_HEADS.has(head.lower) ||
    proposedAct(tokens, at) ||
    PLOT_HEADS.has(head.lemma) ||
    questionedAct(tokens, at)
  )
    return 'hypothetical';
  const intended = intention(tokens, at);
  if (intended) return intended;
  if (head.lower === 'unlikely' || comparedLikelihood(tokens, at)) return 'hypothetical';
  if (
    INTENT_HEADS.has(head.lemma) ||
    scheduledAct(tokens, at) ||
    predictedAct(tokens, at) ||
    goingToAct(tokens, at)
  )
    return 'future';
  if (
    directedAct(tokens, at) ||
    neededAct(head) ||
    obligedAct(head) ||
    ableAct(tokens, at) ||
    judgedAct(tokens, at) ||
    forInfinitive(tokens, at) ||
    deadlineAct(tokens, at) ||
    weighedObject(tokens, at)
  )
    return 'hypothetical';
  return undefined;
}

/** Word classes of the subject of a "for"-infinitive: "for the White House and Republicans", "for Brazil's minister". */
const FOR_SUBJECT = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'CCONJ']);
const FOR_SUBJECT_REACH = 8;

/**
 * "no plans for Brazilian finance minister Dilson Funaro to meet commercial bankers", "time is
 * running out for Congress and the president to strike a deal", "tough for Obama to forge any
 * agreement": an infinitive with its subject after "for" is wanted, needed or possible, not done.
 * `at` is the word before "to"; a pronoun counts only alone ("for him to", not "for its efforts to").
 */
function forInfinitive(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k > 0 && at - k < FOR_SUBJECT_REACH; k--) {
    const t = tokens[k];
    // "have led a spokesman for President Mahmoud Abbas to accuse Romney": the spokesman's "for"
    if (t.lower === 'for') return k < at && principalRelation(tokens[k - 1].lower, 'for') !== 'aide';
    if (!(FOR_SUBJECT.has(t.pos) || t.text === ',' || (t.pos === 'PRON' && k === at))) return false;
  }
  return false;
}

/**
 * Whether the word at `at`, before a "to"-infinitive, puts the act ahead: "Obama is scheduled
 * to meet congressional leaders", "he is due to meet private bankers". "Due to" before a gerund
 * is a cause ("losses due to fighting"), not an announcement.
 */
function scheduledAct(tokens: readonly Token[], at: number): boolean {
  if (!SCHEDULED.has(tokens[at].lower)) return false;
  const next = tokens[at + 2];
  return next !== undefined && !next.lower.endsWith('ing');
}

/**
 * Whether the word at `at`, before a "to"-infinitive, predicts the act after a form of "be":
 * "seafarers are almost certain to go on strike", "Obama is sure to meet Putin", "is bound to
 * clash". "Made sure to thank" says the thanks were given.
 */
function predictedAct(tokens: readonly Token[], at: number): boolean {
  return PREDICTING.has(tokens[at].lower) && beBefore(tokens, at);
}
const PREDICTING = new Set(['certain', 'sure', 'bound']);

/** "more likely to be killed by a fellow citizen", "as likely to vote": a likelihood compared, not an act ahead. */
function comparedLikelihood(tokens: readonly Token[], at: number): boolean {
  return tokens[at].lower === 'likely' && COMPARING.has(tokens[at - 1]?.lower ?? '');
}
const COMPARING = new Set(['more', 'less', 'most', 'least', 'as', 'equally']);

/** How many words the object between a directive verb and its "to" may have: "authorized President George W. Bush to". */
const DIRECTED_OBJECT_REACH = 6;

/**
 * Whether the word at `at`, before a "to"-infinitive, ends the object of a directive verb
 * ("wants Israel to halt", "instructed him to look into"), or is a directive verb in the passive
 * ("were told to stand down"): the act is asked for, allowed or wanted, not done. A past "got"
 * reports the act done ("got Congress to pass the bill").
 */
function directedAct(tokens: readonly Token[], at: number): boolean {
  const head = tokens[at];
  if (head.pos === 'VERB') return directive(head) && passiveAfter(tokens, at);
  let k = at;
  while (k > at - DIRECTED_OBJECT_REACH && k > 0 && PHRASE_WORDS.has(tokens[k].pos)) {
    // "told CNN the decision to release": a second noun phrase; the infinitive is the noun's
    if (tokens[k].pos === 'DET' && NOMINAL_END.has(tokens[k - 1].pos)) return false;
    k--;
  }
  return k < at && tokens[k].pos === 'VERB' && directive(tokens[k]) && tokens[k].sentence === head.sentence;
}
/** The last word of a noun phrase, before a determiner that opens another. */
const NOMINAL_END = new Set(['NOUN', 'PROPN', 'PRON']);

function directive(t: Token): boolean {
  return DIRECTIVES.has(t.lemma) && t.lower !== 'got';
}

/** Whether a form of "be" stands right before the participle at `at` (an adverb between): "were told", "was never asked". */
function passiveAfter(tokens: readonly Token[], at: number): boolean {
  return beBefore(tokens, at) && tokens[at].lower !== tokens[at].lemma;
}

/** Whether a form of "be" stands right before the word at `at`, adverbs between: "is almost certain", "were going". */
function beBefore(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  while (k > 0 && tokens[k].pos === 'ADV') k--;
  return tokens[k]?.lemma === 'be';
}

/** "America no longer needs to deploy troops", "he needs to meet black people": a need, not the act. */
function neededAct(head: Token): boolean {
  return head.pos === 'VERB' && head.lemma === 'need';
}

/**
 * "she is able to bash the Obama administration", "he'll be able to work with Congress": an
 * ability, not the act. A past "was able to" or "have been able to" reports the act done
 * ("jihadists have only been able to kill 17 Americans").
 */
function ableAct(tokens: readonly Token[], at: number): boolean {
  if (tokens[at].lower !== 'able') return false;
  let k = at - 1;
  while (k > 0 && tokens[k].pos === 'ADV') k--;
  return tokens[k]?.lemma === 'be' && !DONE_BE.has(tokens[k].lower);
}
const DONE_BE = new Set(['was', 'were', 'been']);

/**
 * "it was better to sit down and talk to people", "it is important to meet with Iran", "it is
 * time to impose sanctions": a judgement of the act, with the "it" that stands for it, not the
 * act. `at` is the adjective (or "time") before "to"; only "be", modals, negations and adverbs
 * stand between it and "it" ("it would not be wise to").
 */
function judgedAct(tokens: readonly Token[], at: number): boolean {
  const head = tokens[at];
  if (head.pos !== 'ADJ' && head.lemma !== 'time') return false;
  let k = at - 1;
  let be = false;
  while (k > 0 && (JUDGING_AUX.has(tokens[k].pos) || tokens[k].lemma === 'be')) {
    be ||= tokens[k].lemma === 'be';
    k--;
  }
  return be && tokens[k]?.lower === 'it';
}
const JUDGING_AUX = new Set(['AUX', 'ADV', 'PART']);

/**
 * "he has to encourage minority voters", "Romney will now have to rebuff", "Obama ought to
 * condemn": an obligation, not the act. A past "had to" or a gerund "having to" reports the act
 * done ("the judge had to send him to prison", "frustrated by having to defend Pyongyang").
 */
function obligedAct(head: Token): boolean {
  return (head.lemma === 'have' && !DONE_HAVE.has(head.lower)) || head.lower === 'ought';
}
const DONE_HAVE = new Set(['had', 'having']);

/**
 * "Lawmakers and the White House have three weeks to reach a deal", "Iran has until Friday to
 * respond", "gave Baghdad 48 hours to comply": a deadline, not the act. `at` is the word before
 * "to": a unit of time, or any word after "until". Not "took three weeks to reach a deal" (done).
 */
function deadlineAct(tokens: readonly Token[], at: number): boolean {
  const until = !TIME_UNITS.has(tokens[at].lower);
  for (let k = at - 1; k >= 0 && at - k <= DEADLINE_REACH; k--) {
    const t = tokens[k];
    if (until && (t.lower === 'until' || t.lower === 'till'))
      return DEADLINE_VERBS.has(tokens[k - 1]?.lemma ?? '');
    if (!until && DEADLINE_VERBS.has(t.lemma)) return t.lower !== 'having';
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',') return false;
  }
  return false;
}
const TIME_UNITS = new Set([
  'hours',
  'days',
  'weeks',
  'months',
  'years',
  'hour',
  'day',
  'week',
  'month',
  'year',
]);
const DEADLINE_VERBS = new Set(['have', 'give']);
/** Words between the deadline's verb and "to": "have until the end of the month", "gave Iran two more weeks". */
const DEADLINE_REACH = 6;

/** "he's going to hammer House Republicans", "were going to reach a compromise": an act ahead. */
function goingToAct(tokens: readonly Token[], at: number): boolean {
  return tokens[at].lower === 'going' && beBefore(tokens, at);
}

/** "his failed bid to trade arms", "an unsuccessful attempt to seize the town": tried, not done. */
function failedAttempt(tokens: readonly Token[], at: number): boolean {
  const head = tokens[at];
  const before = tokens[at - 1];
  return head.pos === 'NOUN' && ATTEMPTS.has(head.lemma) && before !== undefined && FAILED.has(before.lower);
}

/**
 * "introduced a bill to impose sanctions on", "may offer an amendment to call for": a proposal
 * names an act nobody has done yet. A verb that enacts it ("passed a bill to", "adopted a
 * resolution to") makes it the act.
 */
function proposedAct(tokens: readonly Token[], at: number): boolean {
  const head = tokens[at];
  if (head.pos !== 'NOUN' || !PROPOSALS.has(head.lemma)) return false;
  for (let k = at - 1; k >= 0 && k >= at - PROPOSAL_VERB_REACH; k--) {
    const t = tokens[k];
    if (t.pos === 'VERB') return !ENACTING.has(t.lemma);
    if (BOUNDARY.has(t.text) || t.text === ',') break;
  }
  return true;
}
const ENACTING = new Set(['pass', 'approve', 'adopt', 'sign', 'enact', 'ratify']);
const PROPOSAL_VERB_REACH = 5;

/** A noun whose "to"-infinitive is a possibility ("the capacity to", not "is right to accuse"). */
function possibilityHead(t: Token): boolean {
  return t.pos === 'NOUN' && POSSIBILITY_HEADS.has(t.lemma);
}

/**
 * Whether "no" (or "none of") quantifies the subject mention starting at `start`: none of them
 * acted ("no congressional leaders directly asked him to seek authorization", "no Republican
 * lawmakers have threatened to try to block Hagel's nomination"). Adjectives and names may stand between.
 */
export function noneActs(tokens: readonly Token[], start: number): boolean {
  let i = start - 1;
  while (i >= 0 && i >= start - 3 && (tokens[i].pos === 'ADJ' || tokens[i].pos === 'PROPN')) i--;
  const t = tokens[i];
  return t?.lower === 'no' || (t?.lower === 'of' && tokens[i - 1]?.lower === 'none');
}
