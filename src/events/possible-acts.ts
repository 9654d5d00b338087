import type { Token } from '../model/index.ts';
import { BOUNDARY, PHRASE_WORDS, SUBORDINATORS } from './words.ts';

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

/** Verbs whose -ing object is only weighed, suggested, urged or opposed: "is considering sending aid", "suggested imposing sanctions", "opposes granting asylum". */
const WEIGHED = new Set([
  'consider',
  'suggest',
  'weigh',
  'mull',
  'contemplate',
  'debate',
  'discuss',
  'explore',
  'recommend',
  'advocate',
  'favor',
  'favour',
  'oppose',
  'urge',
]);

/** The words that make the act at `anchor` only possible, or undefined. */
export function possibleAct(
  tokens: readonly Token[],
  anchor: number,
  clauseStart: number,
): string | undefined {
  let i = anchor - 1;
  while (i > clauseStart && tokens[i].pos === 'ADV') {
    if (MAYBE.has(tokens[i].lower)) return tokens[i].text;
    i--;
  }
  if (MAYBE.has(tokens[i]?.lower ?? '') && i >= clauseStart) return tokens[i].text;
  const a = tokens[anchor];
  const head = tokens[i];
  if (a.lower.endsWith('ing') && i >= clauseStart && head.pos === 'VERB' && WEIGHED.has(head.lemma))
    return `${head.text} ${a.text}`;
  // the tagger may call a gerund a noun ("against lifting sanctions"): asked of either
  if (a.lower.endsWith('ing') && i - 1 >= clauseStart && prospectiveGerund(tokens, i))
    return `${tokens[i - 1].text} ${head.text}`;
  if (a.pos === 'NOUN') return possibleEventNoun(tokens, anchor, clauseStart);
  if (!a.lower.endsWith('ing') || i - 1 < clauseStart) return undefined;
  const noun = tokens[i - 1];
  return head?.lower === 'of' && noun.pos === 'NOUN' && PROSPECTS.has(noun.lemma)
    ? `${noun.text} of`
    : undefined;
}

/**
 * Words before a preposition whose -ing object is only in prospect, by preposition: "is open to
 * sending ground troops", "are close to reaching a deal", "optimistic about reaching an
 * agreement", "thinking about suing", "spoke of prosecuting Morsi", "on the verge of rejecting
 * it", "had no interest in cooperating", "the justification for launching drone strikes", "a vote
 * on suspending aid". Not the words of an act done ("vocal in blaming China", "played a key role
 * in fighting pirates", "succeeded in liberating Kuwait"); words of the actor's own intent
 * ("plans on", "looking forward to") are intentions.ts's.
 */
const PROSPECT_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['to', new Set(['open', 'close', 'closer', 'amenable', 'receptive'])],
  [
    'about',
    new Set(['think', 'talk', 'speak', 'optimistic', 'pessimistic', 'hopeful', 'excited', 'excitement']),
  ],
  ['of', new Set(['verge', 'brink', 'hint', 'dream', 'think', 'thought', 'talk', 'speak', 'notion'])],
  ['on', new Set(['vote'])],
  ['in', new Set(['interest', 'interested'])],
  ['for', new Set(['case', 'argument', 'justification', 'rationale', 'pretext', 'vote'])],
]);

/**
 * Whether the preposition at `prep`, right before an -ing act, follows a word that puts the act
 * only in prospect, or is "against", which opposes the act whatever its head: "voted against
 * sending Marines to Lebanon", "campaigned against lifting sanctions", "argued against arming the rebels".
 */
function prospectiveGerund(tokens: readonly Token[], prep: number): boolean {
  return tokens[prep].lower === 'against' || headBefore(PROSPECT_HEADS, tokens, prep);
}

/** Whether the word before the preposition at `prep` is one `heads` lists for that preposition. */
export function headBefore(
  heads: ReadonlyMap<string, ReadonlySet<string>>,
  tokens: readonly Token[],
  prep: number,
): boolean {
  const words = heads.get(tokens[prep].lower);
  const head = tokens[prep - 1];
  return !!words && !!head && (words.has(head.lemma) || words.has(head.lower));
}

/** Words between a verb and the head noun of its object: "considering a noncombat training mission". */
const OBJECT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const OBJECT_REACH = 5;

/**
 * Whether the noun at `at`, before a "to"-infinitive, is the object of a verb that only weighs
 * it: "European Union members are considering a noncombat training mission to help the
 * Malian government", "discussed a plan to send troops": the act is not done.
 */
export function weighedObject(tokens: readonly Token[], at: number): boolean {
  if (tokens[at].pos !== 'NOUN') return false;
  for (let k = at - 1; k >= 0 && at - k <= OBJECT_REACH; k--) {
    const t = tokens[k];
    if (t.pos === 'VERB') return WEIGHED.has(t.lemma);
    if (!OBJECT_WORDS.has(t.pos)) return false;
  }
  return false;
}

/** Words before an event noun in its own phrase: "a military strike", "an Israeli attack". */
const NOUN_MODIFIERS = new Set(['DET', 'ADJ', 'PROPN', 'NUM']);
/** Nouns whose "for" + event noun is only planned: "preparations for raids", "plans for a strike". */
const PLANS = new Set([
  'preparation',
  'plan',
  'contingency',
  'option',
  'blueprint',
  'support',
  'authorization',
  'authorisation',
  'approval',
  'case',
  'argument',
  'justification',
  'rationale',
  'pretext',
  'backing',
]);

/**
 * An event noun that is only possible or planned: "the prospect of a military strike", "fears of
 * an attack", "made preparations for raids to grab the suspects", "support for a strike". Its
 * own determiners and adjectives may stand between ("the risk of a wider war"). Adjectives and
 * predicates of the noun itself ("a possible strike", "a strike would be small") are
 * noun-predicate.ts's.
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

/** Verbs of the past or present subjunctive in a wish: "wished Obama had succeeded", "wish he would stop". */
const UNREAL = new Set(['had', 'would', 'could', 'were']);
/** Modals of a hoped-for act: "hopes Japan will persuade Biden to lift sanctions", "hoped Bolton would take on". */
const HOPED = new Set(['will', 'would', 'can', 'could', 'might', "'ll", "'d"]);
const WISH_REACH = 8;

/**
 * A wish for the act, which did not happen (or a hope that another will do it: "Iran hopes
 * Japan will persuade Biden to lift sanctions"): "aides wished Mr. Obama had called out Mr. Romney",
 * "I wish the Republicans would lay out a plan". A wish with no subjunctive between it and the
 * act ("wished Israel success", "wished him well") is not one.
 */
export function wishedAct(tokens: readonly Token[], anchor: number): string | undefined {
  const sentence = tokens[anchor].sentence;
  let unreal = false;
  let modal = false;
  for (let k = anchor - 1; k >= 0 && anchor - k <= WISH_REACH && tokens[k].sentence === sentence; k--) {
    const t = tokens[k];
    if (t.text === ';' || t.text === ':' || t.text === ',') return undefined;
    if (UNREAL.has(t.lower)) unreal = true;
    if (HOPED.has(t.lower)) modal = true;
    if (t.pos !== 'VERB') continue;
    if (t.lemma === 'wish') return unreal ? t.text : undefined;
    if (t.lemma === 'hope') return modal ? t.text : undefined;
  }
  return undefined;
}

/** Question words whose "to"-infinitive is a course still to choose: "how to respond", "what to do". */
const WH_WORDS = new Set(['how', 'what', 'where', 'when', 'who', 'whom', 'which']);
/** How many words a question word's noun may have: "which American officials to". */
const WH_NOUN_REACH = 3;

/**
 * Whether the word at `at`, before a "to"-infinitive, is a question word or ends its noun
 * ("deciding how to transfer power to the Iraqis", "counseled him on which American officials to
 * meet with"): the act is a choice weighed, not done.
 */
export function questionedAct(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k >= 0 && k >= at - WH_NOUN_REACH; k--) {
    const t = tokens[k];
    if (WH_WORDS.has(t.lower)) return k === at || t.lower === 'which' || t.lower === 'what';
    if (!WH_NOUN.has(t.pos)) return false;
  }
  return false;
}
const WH_NOUN = new Set(['ADJ', 'NOUN', 'PROPN']);

/** Verbs whose "that"-clause or bare object-and-verb asks for an act: "requested that Uganda expel", "requesting the attorney general file". */
const MANDATIVE = new Set([
  'request',
  'demand',
  'insist',
  'ask',
  'urge',
  'propose',
  'recommend',
  'suggest',
  'require',
  'stipulate',
]);
/** How many words that subject phrase may have. */
const SUBJECT_REACH = 8;

/**
 * A base-form verb after its subject in the subjunctive clause of a verb that asks for it:
 * "Kenya requested that Uganda expel the rebels", "a call requesting the attorney general file
 * a lawsuit": the act is asked for, not done. The verb's cue, or undefined.
 */
export function mandatedAct(tokens: readonly Token[], anchor: number): string | undefined {
  const a = tokens[anchor];
  if (a.pos !== 'VERB' || a.lower !== a.lemma) return undefined;
  let i = anchor - 1;
  while (i >= 0 && tokens[i].pos === 'ADV' && tokens[i].sentence === a.sentence) i--;
  const subjectEnd = i;
  while (
    i >= 0 &&
    anchor - i <= SUBJECT_REACH &&
    PHRASE_WORDS.has(tokens[i].pos) &&
    tokens[i].sentence === a.sentence
  )
    i--;
  if (i === subjectEnd || i < 0 || tokens[i].sentence !== a.sentence) return undefined;
  if (tokens[i].lower === 'that') i--;
  const head = tokens[i];
  return head && head.pos === 'VERB' && MANDATIVE.has(head.lemma) && head.sentence === a.sentence
    ? `${head.text} … ${a.text}`
    : undefined;
}

/** Adjectives that judge a clause's act not to happen: "it is unlikely that Moscow would …". */
const UNLIKELY = new Set(['unlikely', 'improbable', 'doubtful', 'inconceivable', 'unthinkable']);
/** Verbs that may carry such a judgement: "it is unlikely", "it seems unlikely", "appears unlikely". */
const JUDGING = new Set(['be', 'seem', 'appear', 'look', 'remain']);
/** Verbs that make a thing unlikely: "makes it unlikely that", "found it doubtful that". */
const MAKING = new Set(['make', 'find', 'consider', 'deem']);
/** Adjectives that forecast a clause's act: "it is likely that Iran will retaliate". */
const LIKELY = new Set(['likely', 'probable']);
/** Auxiliaries of an act ahead, which make a likelihood a forecast ("likely that Iran will"), not a hedged report ("likely that Iran supplied"). */
const AHEAD = new Set(['will', 'would', "'ll", 'wo', 'shall']);
const UNLIKELY_REACH = 14;

/**
 * A clause after a judgement that it is unlikely, with or without "that": "it is unlikely that
 * Moscow would be so encouraging to Scotland if …", "it's highly unlikely he will comply", "the
 * stalemate makes it unlikely that any of the bills will reach the president's desk". The
 * writer or speaker says the act will not (or did not) happen, so it is no event. A clause of
 * "will"/"would" after "likely" is forecast, not announced ("it is likely that Iran will
 * retaliate"), while "it is likely that Iran supplied the rockets" stays a hedged report of a
 * past act. "Unlikely to" is the infinitive heads' (modality.ts), "an unlikely ally" judges no
 * clause. The cue, or undefined.
 */
export function judgedUnlikely(
  tokens: readonly Token[],
  anchor: number,
  clauseStart: number,
): string | undefined {
  for (let k = anchor - 1; k >= clauseStart && k >= anchor - UNLIKELY_REACH; k--) {
    const t = tokens[k];
    // "it was unlikely, but Iran attacked", "unlikely because the party will negotiate": another clause
    if (
      BOUNDARY.has(t.text) ||
      t.text === ',' ||
      t.lower === 'but' ||
      SUBORDINATORS.has(t.lower) ||
      t.sentence !== tokens[anchor].sentence
    )
      return undefined;
    const judged =
      UNLIKELY.has(t.lower) ||
      (LIKELY.has(t.lower) && tokens.slice(k + 1, anchor).some((b) => AHEAD.has(b.lower)));
    if (!judged || t.pos !== 'ADJ' || tokens[k + 1]?.lower === 'to') continue;
    let j = k - 1;
    while (j >= 0 && tokens[j].pos === 'ADV') j--;
    const before = tokens[j];
    if (!before) return undefined;
    if (JUDGING.has(before.lemma) || (before.lower === 'it' && MAKING.has(tokens[j - 1]?.lemma ?? '')))
      return tokens[k + 1]?.lower === 'that' ? `${t.text} that` : t.text;
    return undefined;
  }
  return undefined;
}
