import type { Doc, Mention, Token } from '../model/index.ts';
import { canAct, type Role } from './roles.ts';
import { BOUNDARY, HEAD_MODIFIERS, RELATIVES, SUBORDINATORS } from './words.ts';

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
export function subjectRelative(
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
    // an actor inside the clause may be the anchor's own subject ("which said Iran attacked"), but
    // not of a noun after a preposition: "a strike that shut down Kathmandu in protest of…"
    if (tokens[anchor].pos === 'NOUN' && tokens[anchor - 1].pos === 'ADP') return i;
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
export function antecedent(
  tokens: readonly Token[],
  left: readonly Mention[],
  rel: number,
  sentenceStart: number,
): Mention | undefined {
  const [npStart, npEnd] = phraseBeforeRelative(tokens, rel, sentenceStart);
  for (let k = left.length - 1; k >= 0; k--) {
    const m = left[k];
    if (m.tokenEnd > npEnd) continue;
    // an actor phrase ending right at the relative reaches back past the simple noun phrase
    // through its "and" or "of": "France and Britain, which have backed…", "the foreign minister
    // of Iran, who criticized…"
    if (m.tokenStart < npStart)
      return npStart < npEnd && m.tokenEnd === npEnd && !m.possessive ? m : undefined;
    return m;
  }
  return undefined;
}

/** Nouns of a force or protest act that a relative clause may tell more of: "an attack that killed…". */
const ACT_NOUNS = new Set([
  'attack',
  'offensive',
  'strike',
  'airstrike',
  'raid',
  'bombing',
  'assault',
  'ambush',
  'bombardment',
  'shelling',
  'barrage',
  'incursion',
  'invasion',
  'crackdown',
  'protest',
  'demonstration',
  'rally',
  'march',
  'boycott',
  'blockade',
]);
/** Verbs whose subject does the act its object noun names: "carried out an attack", "staged a strike". */
const DOING_VERBS = new Set([
  'launch',
  'carry',
  'stage',
  'mount',
  'conduct',
  'organize',
  'organise',
  'unleash',
  'order',
  'lead',
  'wage',
  'begin',
  'start',
  'resume',
  'hold',
  'call',
  'claim',
  'perpetrate',
  'commit',
]);

/**
 * The verb whose object is the act noun a subject relative clause at `rel` tells more of, or -1:
 * "the rebels carried out an attack that killed 12 soldiers", "the parties organized a general
 * strike that shut down the capital". The doer of that verb does what the clause tells.
 */
export function doneActBeforeRelative(tokens: readonly Token[], rel: number, sentenceStart: number): number {
  if (tokens[rel].lower === 'who') return -1;
  const [npStart, npEnd] = phraseBeforeRelative(tokens, rel, sentenceStart);
  if (npStart >= npEnd || !ACT_NOUNS.has(tokens[npEnd - 1].lemma)) return -1;
  for (let k = npStart; k < npEnd - 1; k++) if (!HEAD_MODIFIERS.has(tokens[k].pos)) return -1;
  // "carried out", "stepped up": the verb before its particle
  let v = npStart - 1;
  if (v > sentenceStart && (tokens[v].lower === 'out' || tokens[v].lower === 'up')) v--;
  if (v < sentenceStart || tokens[v].pos !== 'VERB' || !DOING_VERBS.has(tokens[v].lemma)) return -1;
  return v;
}

/** Words that open an adverbial clause or gerund phrase set off by commas: ", after meeting Uganda,". */
const GERUND_OPENERS = new Set(['after', 'before', 'since', 'by', 'without', 'upon', 'despite']);

/**
 * Relative, participial and adverbial clauses and prepositional asides set off by commas that
 * close before the anchor (", who met Netanyahu last year,", ", with whom he worked,", ",
 * visiting Israel,", ", after meeting Uganda,", ", even while shunning Hamas,", ", in coordination
 * with other European leaders,"): token ranges `[comma, closing comma]`.
 */
export function closedRelatives(
  tokens: readonly Token[],
  anchor: number,
  sentenceStart: number,
): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  // an adverbial clause counts only right before the anchor's verb group: "Kenya, after meeting
  // Uganda, also criticized", not "when Romney traveled to England, Israel and Poland to meet"
  let adverbial = false;
  for (let i = sentenceStart; i < anchor; i++) {
    if (tokens[i].text !== ',') continue;
    if (open >= 0) {
      if (!adverbial || tokens.slice(i + 1, anchor).every((t) => VERB_GROUP.has(t.pos))) out.push([open, i]);
      open = -1;
    }
    const next = tokens[i + 1];
    if (!next) continue;
    adverbial = false;
    if (
      RELATIVE_OPENERS.has(next.lower) ||
      (next.pos === 'ADP' && RELATIVE_OPENERS.has(tokens[i + 2]?.lower ?? '')) ||
      (next.pos === 'VERB' && next.lower.endsWith('ing'))
    )
      open = i;
    else if (
      SUBORDINATORS.has(next.lower) ||
      GERUND_OPENERS.has(next.lower) ||
      // "Funaro, on the third leg of a trip to … European governments, met Stoltenberg"
      next.pos === 'ADP' ||
      (next.lower === 'even' && SUBORDINATORS.has(tokens[i + 2]?.lower ?? ''))
    ) {
      open = i;
      adverbial = true;
    } else {
      // "Hamas, the Islamist group that rules Gaza, accused…": the relative clause inside an
      // apposition (the apposition itself names the subject: "Poindexter, a former National
      // Security Adviser who resigned…, refused")
      const rel = appositiveRelative(tokens, i, anchor);
      if (rel > 0) open = rel - 1;
    }
  }
  return out;
}
const VERB_GROUP = new Set(['ADV', 'AUX', 'PART']);

/**
 * Where the relative clause of an apposition opened by the comma at `comma` starts ("Hamas, the
 * Islamist group that rules Gaza, accused": at "that"), or -1 when the comma opens none.
 */
function appositiveRelative(tokens: readonly Token[], comma: number, anchor: number): number {
  if (tokens[comma + 1]?.pos !== 'DET') return -1;
  for (let j = comma + 2; j < anchor; j++) {
    const t = tokens[j];
    if (t.text === ',') return -1;
    // "that" after a verb opens its object clause ("saying that"), not a relative one
    if (RELATIVE_OPENERS.has(t.lower) || (t.lower === 'that' && tokens[j - 1].pos !== 'VERB')) return j;
  }
  return -1;
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
