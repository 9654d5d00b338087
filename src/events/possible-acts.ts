import type { Token } from '../model/index.ts';

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

/** Verbs whose -ing object is only weighed, urged or opposed: "is considering sending aid", "opposes granting asylum". */
const WEIGHED = new Set([
  'consider',
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
  if (a.pos === 'NOUN') return possibleEventNoun(tokens, anchor, clauseStart);
  if (!a.lower.endsWith('ing') || tokens[i]?.lower !== 'of' || i - 1 < clauseStart) return undefined;
  const noun = tokens[i - 1];
  return noun.pos === 'NOUN' && PROSPECTS.has(noun.lemma) ? `${noun.text} of` : undefined;
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
/** Verbs whose "for" + event noun asks for the act: "called for an attack on the embassy", "pushed for strikes". */
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
/** An event noun's own modifiers that make it only possible: "a potential U.S. strike", "any attack on Iran". */
const UNREALIZED = new Set([
  'potential',
  'possible',
  'looming',
  'prospective',
  'hypothetical',
  'contemplated',
  'imminent',
  'future',
  'eventual',
  'any',
]);

/**
 * An event noun that is only possible or planned: "the prospect of a military strike", "fears of
 * an attack", "made preparations for raids to grab the suspects", "a potential U.S. strike on
 * Syria", "called for an attack on the embassy", "a strike on Syria would be small". Its own
 * determiners and adjectives may stand between ("the risk of a wider war").
 */
function possibleEventNoun(
  tokens: readonly Token[],
  anchor: number,
  clauseStart: number,
): string | undefined {
  let i = anchor - 1;
  let indefinite = false;
  while (i >= clauseStart && anchor - i <= 3) {
    const t = tokens[i];
    if (UNREALIZED.has(t.lower) && t.pos !== 'VERB') return t.text;
    if (!NOUN_MODIFIERS.has(t.pos)) break;
    if (t.pos === 'DET') {
      indefinite = t.lower === 'a' || t.lower === 'an';
      i--;
      break;
    }
    i--;
  }
  const prep = tokens[i];
  if (i - 1 >= clauseStart && (prep?.lower === 'of' || prep?.lower === 'for')) {
    const head = tokens[i - 1];
    if (head.pos === 'NOUN' && (prep.lower === 'of' ? PROSPECTS : PLANS).has(head.lemma))
      return `${head.text} ${prep.lower}`;
    if (prep.lower === 'for' && head.pos === 'VERB' && ASKING_FOR.has(head.lemma)) return `${head.text} for`;
  }
  return indefinite ? modalPredicate(tokens, anchor) : undefined;
}

/** Modal auxiliaries that make a predicate only possible. */
const MODALS = new Set(['would', 'could', 'might', 'may', 'will', "'d", "'ll"]);
/** Words an event noun's own phrase may run over before its verb: "a strike on Syria's regime". */
const NOUN_PHRASE = new Set(['ADP', 'DET', 'ADJ', 'PROPN', 'NOUN', 'NUM', 'PART']);
const PREDICATE_REACH = 8;

/**
 * A modal verb whose subject is the event noun at `anchor`, after "a"/"an": "a strike on Syria would
 * be unbelievably small", "an Israeli attack on Iran that could raise gas prices". A past modal
 * ("an attack that could have been prevented") speaks of a real one.
 */
function modalPredicate(tokens: readonly Token[], anchor: number): string | undefined {
  const sentence = tokens[anchor].sentence;
  for (let k = anchor + 1; k < tokens.length && k - anchor <= PREDICATE_REACH; k++) {
    const t = tokens[k];
    if (t.sentence !== sentence) return undefined;
    if (MODALS.has(t.lower)) return tokens[k + 1]?.lower === 'have' ? undefined : t.text;
    // "an attack on Iran that could …" goes on; "a meeting with Rubio that talks would resume" does not
    if (t.lower === 'that' || t.lower === 'which') {
      if (MODALS.has(tokens[k + 1]?.lower ?? '')) continue;
      return undefined;
    }
    if (!NOUN_PHRASE.has(t.pos)) return undefined;
  }
  return undefined;
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
    else if (t.lemma === 'wish' && t.pos === 'VERB') return unreal ? t.text : undefined;
    else if (t.lemma === 'hope' && t.pos === 'VERB') return modal ? t.text : undefined;
  }
  return undefined;
}
