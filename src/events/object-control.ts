import type { Mention, Token } from '../model/index.ts';
import { ACT_NOUNS } from './act-nouns.ts';
import { canAct, isModifier } from './roles.ts';
import {
  ATTEMPTS,
  BOUNDARY,
  DIRECTIVES,
  INTENT_HEADS,
  NOT_DONE_HEADS,
  PARTITIVE_HEADS,
  PHRASE_WORDS,
  PLOT_HEADS,
  POSSIBILITY_HEADS,
  PROPOSALS,
  TIME_NOUNS,
} from './words.ts';

/**
 * Verbs of urging and pleading: their object always does (or is asked to do) the act of the
 * infinitive, which stays undone ("urged Congress to pass", "reminded viewers to blame Obama").
 */
const URGING = [
  'urge',
  'pressure',
  'press',
  'prod',
  'nudge',
  'warn',
  'remind',
  'challenge',
  'implore',
  'beg',
  'beseech',
  'exhort',
  'lobby',
  'petition',
];

/**
 * Verbs whose object is always someone, who does the act of the "to"-infinitive after it:
 * "prompted 23 House Republicans to call on Obama", "urged Congress to pass", "reminded viewers
 * to blame Obama". Verbs whose own subject does it ("agreed to", "promised Merkel to support")
 * are not here.
 */
const PERSONAL_CONTROL = new Set([
  ...URGING,
  'ask',
  'tell',
  'instruct',
  'command',
  'compel',
  'oblige',
  'persuade',
  'convince',
  'encourage',
  'prompt',
  'spur',
  'inspire',
  'motivate',
  'invite',
  'advise',
]);

/**
 * Verbs whose object, when an actor, does the act of the infinitive ("forced Petraeus to resign",
 * "authorized the Pentagon to"), but may be a thing the infinitive is the purpose of: "authorized
 * airstrikes within Iraq to protect U.S. personnel", "led efforts in Washington to tighten".
 */
const CONTROL = new Set([
  ...PERSONAL_CONTROL,
  'order',
  'direct',
  'force',
  'push',
  'lead',
  'cause',
  'allow',
  'permit',
  'enable',
  'authorize',
  'authorise',
  'empower',
  'request',
  'require',
  'want',
  'expect',
  'get',
]);

/**
 * Verbs and nouns whose object after a preposition does the act of the infinitive: "called on
 * Obama and Holder to prosecute", "appealed to the rebels to lay down", "relied on the Assad
 * regime to transfer weapons", "pressure on Israel to halt". All take someone as object.
 */
const PREPOSITIONAL_CONTROL: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['call', new Set(['on', 'upon'])],
  ['appeal', new Set(['to'])],
  ['plead', new Set(['with'])],
  ['lean', new Set(['on'])],
  ['rely', new Set(['on'])],
  ['count', new Set(['on'])],
  ['depend', new Set(['on'])],
  ['prevail', new Set(['on', 'upon'])],
  ['look', new Set(['to'])],
  ['wait', new Set(['for'])],
  ['pressure', new Set(['on'])],
]);

/**
 * Prepositions inside the object, or of an adjunct after it, that the walk from "to" back to the
 * controlling verb passes: "Republicans in the Senate", "supporters of the project", "lawmakers on
 * Friday". Not "for", "to", "with" or "by", whose phrases have infinitives of their own ("asked
 * Congress for $500 million to train rebels", "sent troops to Iraq to fight").
 */
const OBJECT_PREPOSITIONS = new Set(['of', 'in', 'from', 'at', 'on', 'around', 'across', 'within', 'along']);
/** How many words the object and its adjuncts may have between the verb and "to". */
const OBJECT_REACH = 12;
/** How far back a first infinitive may stand before "and to …" ("asked all Americans to honor the fallen and to stand with"). */
const CONJUNCT_REACH = 14;
/** How many words an event noun may stand after its infinitive's verb: "to issue subpoenas", "to launch new air strikes". */
const NOUN_OBJECT_REACH = 4;
/** Heads of a noun phrase that take the infinitive themselves: "the decision to", "efforts to", "a chance to", "a bill to". */
const INFINITIVE_NOUNS: ReadonlySet<string> = new Set([
  ...ACT_NOUNS,
  ...ATTEMPTS,
  ...INTENT_HEADS,
  ...POSSIBILITY_HEADS,
  ...PROPOSALS,
  ...NOT_DONE_HEADS,
  ...PLOT_HEADS,
]);

export interface Controller {
  /** The controlling verb or noun ("urged", "called", "pressure"). */
  head: number;
  /** The object's first word, the end of its first noun phrase (exclusive) and its last word before "to". */
  start: number;
  first: number;
  end: number;
  /** Whether the head only takes someone as its object ("urged", "called on"). */
  personal: boolean;
}

/**
 * The verb (or noun) whose object does the act at `anchor`, a verb after "to" or an event noun
 * heading such a verb's object, or of the first of "to"-infinitives joined by "and": "urged
 * Congress on Monday to pass", "called on Obama to prosecute", "asked all Americans to honor
 * … and to stand with". Undefined when the infinitive follows no object of such a verb, or a
 * noun that takes the infinitive itself ("challenging the administration's decision to
 * provide", "told CNN the decision to release").
 */
export function infinitiveController(
  tokens: readonly Token[],
  anchor: number,
  sentenceStart: number,
): Controller | undefined {
  const to = infinitiveTo(tokens, anchor, sentenceStart);
  const c = to < 0 ? undefined : controllerBefore(tokens, to, sentenceStart);
  if (!c) return undefined;
  // "told CNN the decision to release": a second noun phrase owns the infinitive
  for (let k = c.start + 1; k <= c.end; k++)
    if (tokens[k].pos === 'DET' && (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'PROPN'))
      return undefined;
  // "Beijing can get involved in the process to extradite": no noun phrase, no object
  const phrase = tokens.slice(c.start, c.first);
  if (!phrase.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM'))
    return undefined;
  if (infinitiveNoun(tokens[c.end]) || infinitiveNoun(tokens[c.first - 1])) return undefined;
  return c;
}

function infinitiveNoun(t: Token): boolean {
  return t.pos === 'NOUN' && INFINITIVE_NOUNS.has(t.lemma);
}

/** The "to" of the infinitive that holds `anchor` (through a conjunct's "and to"), or -1. */
function infinitiveTo(tokens: readonly Token[], anchor: number, sentenceStart: number): number {
  let v = anchor;
  if (tokens[anchor].pos === 'NOUN') {
    // "to issue subpoenas", "to launch new air strikes": the verb whose object the noun heads
    v = anchor - 1;
    while (v > sentenceStart && anchor - v <= NOUN_OBJECT_REACH && PHRASE_WORDS.has(tokens[v].pos)) v--;
    if (tokens[v]?.pos !== 'VERB' || tokens[v].lower !== tokens[v].lemma) return -1;
  } else if (tokens[anchor].pos !== 'VERB' || tokens[anchor].lower !== tokens[anchor].lemma) return -1;
  let i = v - 1;
  while (i > sentenceStart && tokens[i].pos === 'ADV') i--;
  if (tokens[i]?.lower !== 'to') return -1;
  // "… to honor the fallen and to stand with": the first infinitive's "to"
  const before = tokens[i - 1]?.lower;
  if (before !== 'and' && before !== 'or') return i;
  for (let k = i - 2; k > sentenceStart && k >= i - CONJUNCT_REACH; k--) {
    const t = tokens[k];
    if (BOUNDARY.has(t.text)) return -1;
    if (t.lower === 'to' && tokens[k + 1]?.pos === 'VERB' && tokens[k + 1].lower === tokens[k + 1].lemma)
      return k;
  }
  return -1;
}

/** The controlling verb or noun before the "to" at `to`, with the object between them. */
function controllerBefore(
  tokens: readonly Token[],
  to: number,
  sentenceStart: number,
): Controller | undefined {
  let j = to - 1;
  // "urged him not to leave"
  if (tokens[j]?.lower === 'not' || tokens[j]?.lower === 'never') j--;
  const end = j;
  for (; j > sentenceStart && end - j < OBJECT_REACH; j--) {
    const t = tokens[j];
    if (t.pos === 'ADP') {
      const head = tokens[j - 1];
      if (head && j < end && PREPOSITIONAL_CONTROL.get(head.lemma)?.has(t.lower))
        return withFirstPhrase(tokens, { head: j - 1, start: j + 1, first: j + 1, end, personal: true });
      if (
        !OBJECT_PREPOSITIONS.has(t.lower) &&
        !(t.lower === 'for' && TIME_NOUNS.has(tokens[j + 1]?.lemma ?? ''))
      )
        return undefined;
      continue;
    }
    if (t.pos === 'VERB') {
      if (j === end || !CONTROL.has(t.lemma)) return undefined;
      const personal = PERSONAL_CONTROL.has(t.lemma);
      return withFirstPhrase(tokens, { head: j, start: j + 1, first: j + 1, end, personal });
    }
    if (!(PHRASE_WORDS.has(t.pos) || t.pos === 'ADV' || t.pos === 'CCONJ' || t.text === ','))
      return undefined;
  }
  return undefined;
}

/**
 * Sets where the object's first noun phrase ends: at a preposition or comma of its own, past the
 * "of" of a partitive ("prompted thousands of Egyptians to protest", "leaders of two nations").
 */
function withFirstPhrase(tokens: readonly Token[], c: Controller): Controller {
  const stop = (k: number) => tokens[k].pos === 'ADP' || tokens[k].text === ',';
  let first = c.start;
  while (first <= c.end && !stop(first)) first++;
  const head = tokens[first - 1];
  if (
    tokens[first]?.lower === 'of' &&
    first > c.start &&
    (PARTITIVE_HEADS.has(head.lower) || PARTITIVE_HEADS.has(head.lemma))
  ) {
    do first++;
    while (first <= c.end && !stop(first));
  }
  return { ...c, first };
}

/** The actor the object's first noun phrase names, if any: its first mention, not a possessive or modifier. */
function objectActor(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  c: Controller,
): Mention | undefined {
  return mentions.find(
    (m) =>
      m.tokenStart >= c.start &&
      m.tokenStart < c.first &&
      m.tokenEnd <= c.end + 1 &&
      canAct(m) &&
      !isModifier(tokens, m, c.end + 1),
  );
}

/**
 * The actor who does the act of the infinitive at `anchor` when it follows the object of a
 * control verb: that object ("prompted 23 House Republicans on Friday to call on", "called on
 * President Obama and Attorney General Eric Holder to prosecute"), or 'unknown' when the object
 * of a verb that only takes someone names no actor ("asking countries around the world to send
 * medical workers", "reminded viewers to blame Obama").
 */
export function controlledDoer(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  anchor: number,
  sentenceStart: number,
): Mention | 'unknown' | undefined {
  const c = infinitiveController(tokens, anchor, sentenceStart);
  if (!c) return undefined;
  return objectActor(tokens, mentions, c) ?? (c.personal ? 'unknown' : undefined);
}

/**
 * Control verbs and nouns that only ask, allow or want the object's act, so that it is not
 * done: the directives ("asked", "told", "authorized", "wants") and verbs of urging and
 * appealing: "urged Congress to pass sanctions on Iran", "called on Trump to end the war",
 * "challenged Mr. Trump to rebuke Mr. Putin", "pressure on Israel to halt". Those that say it
 * was done ("prompted", "led", "forced", "persuaded", "got") or was relied on ("relied on the
 * regime to transfer weapons") are not here; nor is "ordered", whose order news reports as the act.
 */
const REQUESTING = new Set([
  ...DIRECTIVES,
  ...URGING,
  'push',
  'request',
  'call',
  'appeal',
  'plead',
  'lean',
  'look',
  'wait',
]);

/** Tags of the words that show an object is someone: a name or a pronoun ("authorized the Pentagon to", "allowed him to"). */
const SOMEONE = new Set(['PROPN', 'PRON']);

/**
 * The words that make the act at `anchor` one asked of a control verb's object, not done
 * ("urged … to", "called on … to"), for `dyad explain`, or undefined. The object of a verb that
 * may take a thing must be someone named: "authorized airstrikes within Iraq to protect" is a
 * purpose.
 */
export function requestedAct(
  tokens: readonly Token[],
  anchor: number,
  sentenceStart: number,
): string | undefined {
  const c = infinitiveController(tokens, anchor, sentenceStart);
  const head = tokens[c?.head ?? anchor];
  // a past "got" reports the act done ("got Congress to pass the bill")
  if (!c || !REQUESTING.has(head.lemma) || head.lower === 'got') return undefined;
  if (!c.personal && !tokens.slice(c.start, c.first).some((t) => SOMEONE.has(t.pos))) return undefined;
  return `${head.text} … to`;
}
