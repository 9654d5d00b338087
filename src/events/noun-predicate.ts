// What the words around an event noun say of the event itself: "a planned meeting", "the
// talks were canceled", "a meeting is expected next week". Pure functions over one sentence.
import { joinedHyphen, type Token } from '../model/index.ts';
import { cameoQuad } from '../ontology/cameo.ts';
import type { PatternMatch } from './patterns.ts';

/** Adjectives before an event noun that put it ahead ("a planned meeting") or in doubt ("a possible strike"). */
const AHEAD = new Set([
  'planned',
  'proposed',
  'scheduled',
  'upcoming',
  'forthcoming',
  'expected',
  'prospective',
]);
const IN_DOUBT = new Set([
  'possible',
  'potential',
  'hypothetical',
  'contemplated',
  'looming',
  'imminent',
  'eventual',
  'future',
  'any',
  // only alleged: "Syria's alleged use of chemical weapons", "a purported chemical weapons attack"
  'alleged',
  'purported',
]);
/** Words between such an adjective and its noun: "a potential U.S. strike", "an imminent Israeli military attack". */
const BETWEEN_ADJECTIVE = new Set(['ADJ', 'PROPN', 'NOUN', 'NUM']);
const ADJECTIVE_REACH = 3;
/**
 * Modal verbs whose subject event noun is only possible: "a strike on Syria would be small" (with
 * the future ones, unlike words.ts's MODALS of a verb's own possibility).
 */
const SUBJECT_MODALS = new Set(['would', 'could', 'might', 'may', 'will', "'d", "'ll"]);
/** Verbs whose "for" + event noun asks for it: "called for an attack on the embassy", "pushed for strikes". */
const ASKING_FOR = new Set([
  'call',
  'ask',
  'push',
  'press',
  'appeal',
  'lobby',
  'argue',
  'plead',
  'beg',
  'clamor',
  'clamour',
]);
/** What "was …" says of an event noun that did not take place. */
const CALLED_OFF = new Set([
  'canceled',
  'cancelled',
  'postponed',
  'scrapped',
  'shelved',
  'suspended',
  'delayed',
  'abandoned',
]);
/** What "is …" says of an event noun still ahead ("was planned" may be premeditated: not here). */
const DUE = new Set(['expected', 'scheduled', 'likely', 'set', 'due', 'slated', 'possible']);
/** What "is …" says of an event noun that may never be. */
const UNLIKELY = new Set(['unlikely', 'improbable', 'doubtful', 'impossible', 'unthinkable']);
/** "is under consideration": still ahead. */
const UNDER = new Set(['consideration', 'discussion', 'review', 'study']);
/** Parts of speech a subject noun phrase is made of: "A meeting between Iran and Iraq's leaders". */
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'CCONJ', 'PART']);
const REACH = 12;
/** What may stand before such an adjective: "a", "his", "three", "previously". */
const DETERMINING = new Set(['DET', 'PRON', 'NUM', 'ADV']);

/** Verbs whose object event is still ahead ("plans a July trip") or will not be ("canceled his visit"). */
const PLANNING = new Set(['plan', 'schedule', 'propose', 'arrange']);
const CALLING_OFF = new Set(['cancel', 'postpone', 'scrap', 'shelve', 'delay', 'suspend', 'abandon', 'skip']);
/** Verbs whose subject does not take part in their object event: "had declined a meeting with", "missed the talks". */
const STAYING_AWAY = new Set(['decline', 'miss', 'forgo', 'forego', 'avoid']);
/** Verbs whose "from" keeps their subject from its object event: "refrained from attacks on the leadership". */
const REFRAINING = new Set(['refrain', 'abstain', 'desist']);
/** Verbs whose object event is kept from happening: "to prevent a Western military attack on Syria", "averted an Israeli attack". */
const PREVENTING = new Set([
  'prevent',
  'avert',
  'thwart',
  'foil',
  'forestall',
  'deter',
  'preempt',
  'pre-empt',
]);
/** Verbs that hold back or stop their object event: "would limit airstrikes to …", "halted the shelling". */
const HALTING = new Set(['limit', 'restrict', 'curb', 'curtail', 'halt', 'stop', 'cease', 'pause', 'freeze']);
/** Words between such a verb and its object noun: "a July", "his first", "the two leaders'". */
const OBJECT_MODIFIERS = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'PRON', 'NOUN', 'PART']);
const OBJECT_REACH = 5;

/** Whether the verb `t` keeps its subject from its object event: "canceled", "declined", "skipped". */
export function callsOff(t: Token): boolean {
  return t.pos === 'VERB' && (CALLING_OFF.has(t.lemma) || STAYING_AWAY.has(t.lemma));
}

export type NounModality = 'negated' | 'hypothetical' | 'future';

/**
 * The modality an event noun at `anchor` takes from its own words: an adjective before it ("a
 * planned meeting" future, "a possible strike" hypothetical), or, when it heads the clause's
 * subject, the predicate after it ("the talks were canceled" negated, "a meeting is likely this
 * week" future). `last` is the last matched word of the pattern.
 */
export function nounModality(
  tokens: readonly Token[],
  anchor: number,
  last: number,
  clauseStart: number,
): { modality: NounModality; cue: string } | undefined {
  const a = tokens[anchor];
  if (a.pos !== 'NOUN') return undefined;
  const adjective = ownAdjective(tokens, anchor, clauseStart);
  if (adjective) return adjective;
  const governing = governingVerb(tokens, anchor, clauseStart);
  if (governing) return governing;
  // the noun must open a clause's subject: only determiners and modifiers between it and the
  // clause's start, a "that" or a verb ("said a visit to Moscow … was under consideration")
  let j = anchor - 1;
  while (j >= clauseStart && NOUN_PHRASE.has(tokens[j].pos) && tokens[j].pos !== 'ADP') j--;
  if (j >= clauseStart && tokens[j].pos !== 'VERB' && tokens[j].lower !== 'that') return undefined;
  let i = last + 1;
  for (let n = 0; n < REACH; i++, n++) {
    const t = tokens[i];
    if (!t || t.sentence !== a.sentence) return undefined;
    if (t.pos === 'AUX' || t.pos === 'VERB') break;
    if (!NOUN_PHRASE.has(t.pos)) return undefined;
  }
  // "a strike on Syria would be small", "an attack on Iran that could goose gas prices"; "the
  // attack will be remembered" and "an attack that could have been prevented" are real ones
  const v = tokens[i];
  if (
    v &&
    SUBJECT_MODALS.has(v.lower) &&
    !perfectAfterModal(tokens, i) &&
    indefinite(tokens, anchor, clauseStart)
  )
    return { modality: 'hypothetical', cue: v.text };
  if (v?.lemma !== 'be') return undefined;
  let k = i + 1;
  while (tokens[k]?.pos === 'ADV' && tokens[k].lower !== 'not' && tokens[k].lower !== "n't") k++;
  const p = tokens[k];
  if (!p || p.sentence !== a.sentence) return undefined;
  if (CALLED_OFF.has(p.lower) || (p.lemma === 'call' && tokens[k + 1]?.lower === 'off'))
    return { modality: 'negated', cue: `${tokens[i].text} ${p.text}` };
  if (DUE.has(p.lower)) return { modality: 'future', cue: `${tokens[i].text} ${p.text}` };
  // "a full-blown North Korean attack on the South is unlikely"
  if (UNLIKELY.has(p.lower)) return { modality: 'hypothetical', cue: `${tokens[i].text} ${p.text}` };
  // "a visit to Moscow by Shultz was under consideration"
  if (p.lower === 'under' && UNDER.has(tokens[k + 1]?.lower ?? ''))
    return { modality: 'future', cue: `${tokens[i].text} under ${tokens[k + 1].text}` };
  return undefined;
}

/**
 * An adjective in doubt on the event noun a verb's pattern matched as its object, when the verb
 * does the material act the noun names: "conducting possible future military operations against
 * Syria", "launch a potential strike on" are only possible. A verbal act about the noun is done
 * whatever the noun's doubt ("investigating alleged war crimes", "warned of possible sanctions");
 * "any" has its own negation ("did not conduct any strikes"). The cue, or undefined.
 */
export function doubtedObject(
  tokens: readonly Token[],
  m: PatternMatch,
  clauseStart: number,
): string | undefined {
  const quad = cameoQuad(m.pattern.code);
  if (tokens[m.anchor].pos !== 'VERB' || (quad !== 2 && quad !== 4)) return undefined;
  for (const p of m.positions) {
    if (p === m.anchor || tokens[p].pos !== 'NOUN') continue;
    const own = ownAdjective(tokens, p, clauseStart);
    if (own?.modality === 'hypothetical' && own.cue.toLowerCase() !== 'any') return own.cue;
  }
  return undefined;
}

/**
 * An adjective of the event noun at `anchor` that puts it in doubt ("a possible strike", "a
 * potential U.S. strike on Syria", "possible future talks", "any attack on Iran") or ahead ("a
 * planned meeting"), the latter after a determiner, possessive, number or adverb ("a previously
 * scheduled meeting"): "planned rallies" alone may be a verb and its object.
 */
function ownAdjective(
  tokens: readonly Token[],
  anchor: number,
  clauseStart: number,
): { modality: NounModality; cue: string } | undefined {
  for (let k = anchor - 1; k > clauseStart && anchor - k <= ADJECTIVE_REACH; k--) {
    const w = tokens[k];
    if (IN_DOUBT.has(w.lower)) return { modality: 'hypothetical', cue: w.text };
    const det = tokens[k - 1];
    if (AHEAD.has(w.lower) && (DETERMINING.has(det.pos) || det.lower === "'s" || det.lower === 'own'))
      return { modality: 'future', cue: w.text };
    if (!BETWEEN_ADJECTIVE.has(w.pos)) return undefined;
  }
  return undefined;
}

/**
 * Whether a perfect follows the modal at `i`: "an attack that could have been prevented" (real),
 * not "the impact that a deferred attack would have on FSA morale" ("have" its main verb).
 */
function perfectAfterModal(tokens: readonly Token[], i: number): boolean {
  if (tokens[i + 1]?.lower !== 'have') return false;
  let k = i + 2;
  while (tokens[k]?.pos === 'ADV') k++;
  return tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX';
}

/** Whether the event noun at `anchor` opens with "a"/"an" ("a strike on Syria", "an American attack"). */
function indefinite(tokens: readonly Token[], anchor: number, clauseStart: number): boolean {
  for (let k = anchor - 1; k >= clauseStart && anchor - k <= ADJECTIVE_REACH + 1; k--) {
    const t = tokens[k];
    if (t.pos === 'DET') return t.lower === 'a' || t.lower === 'an';
    // "a deferred U.S. attack on Assad would have": a participle as an adjective
    if (!BETWEEN_ADJECTIVE.has(t.pos) && !(t.pos === 'VERB' && t.lower.endsWith('ed'))) return false;
  }
  return false;
}

/**
 * The modality an event noun takes from the verb whose object it is: "plans a July trip to
 * China" (future), "canceled his visit", "called off the talks", "to prevent an attack",
 * "refrained from attacks on", "without consultations with" (negated), or from a conditional
 * frame before it ("in the event of an attack": hypothetical).
 */
function governingVerb(
  tokens: readonly Token[],
  anchor: number,
  clauseStart: number,
): { modality: NounModality; cue: string } | undefined {
  let floor = anchor - OBJECT_REACH;
  for (let i = anchor - 1; i >= clauseStart && i >= floor; i--) {
    // "the face-to-face meetings": a hyphenated modifier counts as one word
    if (joinedHyphen(tokens, i)) {
      floor -= 2;
      i--;
      continue;
    }
    const t = tokens[i];
    if (t.pos === 'VERB') {
      if (PLANNING.has(t.lemma)) return { modality: 'future', cue: t.text };
      if (callsOff(t) || PREVENTING.has(t.lemma) || HALTING.has(t.lemma))
        return { modality: 'negated', cue: t.text };
      return undefined;
    }
    // "called off the talks", "put off his trip"
    if (t.lower === 'off' && (tokens[i - 1]?.lemma === 'call' || tokens[i - 1]?.lemma === 'put'))
      return { modality: 'negated', cue: `${tokens[i - 1].text} off` };
    if (t.lower === 'of')
      return tokens[i - 1]?.lower === 'instead'
        ? { modality: 'negated', cue: 'instead of' }
        : conditionFrame(tokens, i);
    // "refrained from attacks on", "without consultations with Congress": kept from the event
    if (t.lower === 'from' && REFRAINING.has(tokens[i - 1]?.lemma ?? ''))
      return { modality: 'negated', cue: `${tokens[i - 1].text} from` };
    if (t.lower === 'without') return { modality: 'negated', cue: t.text };
    // "called for an attack on the embassy": asked for, not done
    const asking = tokens[i - 1];
    if (t.lower === 'for' && asking?.pos === 'VERB' && ASKING_FOR.has(asking.lemma))
      return { modality: 'hypothetical', cue: `${asking.text} for` };
    if (!OBJECT_MODIFIERS.has(t.pos) && t.lower !== "'s") return undefined;
  }
  return undefined;
}

/**
 * "in the event of a U.S. attack on Syria", "in case of an attack": an event the sentence only
 * supposes (hypothetical); `of` is the frame's "of" before the noun's determiner and modifiers.
 */
function conditionFrame(
  tokens: readonly Token[],
  of: number,
): { modality: NounModality; cue: string } | undefined {
  const head = tokens[of - 1]?.lower;
  if (head === 'event' && tokens[of - 2]?.lower === 'the' && tokens[of - 3]?.lower === 'in')
    return { modality: 'hypothetical', cue: 'in the event of' };
  if (head === 'case' && tokens[of - 2]?.lower === 'in')
    return { modality: 'hypothetical', cue: 'in case of' };
  return undefined;
}
