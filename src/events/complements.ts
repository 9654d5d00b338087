import type { Token } from '../model/index.ts';
import { helpVerb } from './help.ts';
import { appealCode, demandCode, intentCode, threatCode } from './intent.ts';
import type { PatternMatch } from './patterns.ts';
import { refusalCode } from './refusal.ts';
import { BOUNDARY, PHRASE_WORDS } from './words.ts';

const MARKERS = new Set(['to', 'of', 'for', 'against', 'from']);
/** Coercion and force: their noun's "of"/"on" object is the victim ("the killing of protesters"). */
const VIOLENT_ROOTS = new Set(['17', '18', '19', '20']);
const REACH = 8;

/**
 * In a chain ("threatened to impose sanctions", "accused Iran of attacking", "agreed to
 * remain engaged and to collaborate") the first event pattern governs: later patterns
 * introduced by to/of/for within its clause are absorbed, as are those after an already
 * `governed` object. Returns [kept, absorbed] (`governed` included).
 */
export function absorbComplements(
  tokens: readonly Token[],
  matches: readonly PatternMatch[],
  governed: readonly PatternMatch[] = [],
): [PatternMatch[], PatternMatch[]] {
  const kept: PatternMatch[] = [];
  const absorbed: PatternMatch[] = [...governed];
  // kept indexes that have absorbed a complement already
  const heads = new Set<number>();
  for (const b of matches) {
    const i = kept.findIndex((a) => governs(tokens, a, b));
    if (i < 0) {
      // the chain goes on through an absorbed complement: "rejected an offer to host a summit to hammer out…"
      if (absorbed.some((a) => governs(tokens, a, b))) absorbed.push(b);
      else kept.push(b);
      continue;
    }
    absorbed.push(b);
    // "warned Iran not to attack Israel" warns against the act (130), no threat to do it; "help"
    // names no kind of aid ("faces pressure from Russia to help Syria" stays 100)
    if (!helpVerb(tokens, b) && !deniedInfinitive(tokens, b.anchor))
      kept[i] = specialize(kept[i], b, !heads.has(i), ownInfinitive(tokens, kept[i], b));
    heads.add(i);
    // "condemned the attack on…" reacts to a violent act; "fought a gun battle with…" is one
    if (
      (headsObject(tokens, kept[i], b) || objectOfReaction(tokens, kept[i], b)) &&
      VIOLENT_ROOTS.has(b.pattern.code.slice(0, 2)) &&
      !VIOLENT_ROOTS.has(kept[i].pattern.code.slice(0, 2))
    )
      kept[i] = { ...kept[i], violentTheme: b.anchor };
  }
  return [kept, absorbed];
}

/**
 * A pattern ending on the noun another pattern starts with holds that event as its object, and
 * governs it whatever their lengths: "dismissed an appeal from Gbagbo to lay down their arms" is
 * a rejection of the appeal, not an appeal (but "held talks" and "talks in Tehran with" are one
 * event, of one kind). Returns [free, governed].
 */
export function governedObjects(
  tokens: readonly Token[],
  matches: readonly PatternMatch[],
): [PatternMatch[], PatternMatch[]] {
  const governed = matches.filter((b) => {
    const first = b.positions[0];
    return (
      tokens[first].pos === 'NOUN' &&
      matches.some(
        (a) =>
          a.positions[0] < first &&
          a.positions.at(-1) === first &&
          tokens[a.anchor].pos === 'VERB' &&
          a.pattern.code.slice(0, 2) !== b.pattern.code.slice(0, 2),
      )
    );
  });
  if (governed.length === 0) return [[...matches], governed];
  return [matches.filter((m) => !governed.includes(m)), governed];
}

/**
 * A general announcement takes the specific code of what it announces: "agreed to provide
 * aid" (030 + 07x → 033), "threatened to impose sanctions" (130 + 163 → 1312). A general
 * appeal or demand takes the code of what it asks for, read from its nearest complement only
 * (`first`): "urged Israel to hold talks" (020 + 046 → 026), and so does a general rejection
 * ("turned down a request to assist" 120 + 070 → 122); but "called for Obama to cancel
 * the talks" asks for no meeting, so a later "talks" does not make it 106.
 */
function specialize(
  governor: PatternMatch,
  complement: PatternMatch,
  first: boolean,
  infinitive: boolean,
): PatternMatch {
  const g = governor.pattern.code;
  const c = complement.pattern.code;
  let code: string | undefined;
  if (g === '03' || g === '030') code = intentCode(c);
  else if (g === '13' || g === '130') code = threatCode(c);
  else if ((g === '02' || g === '020') && first) code = appealCode(c);
  else if ((g === '10' || g === '100') && first) code = demandCode(c);
  // "refused to criticize him", "refuses to condemn the annexation": a hostile act not done is no
  // event, and no rejection of its target either (a guard code: the match is dropped); a
  // rejected demand ("rebuffed his demand for…") is still a rejection
  else if ((g === '12' || g === '120') && first)
    code = infinitive && c.slice(0, 2) >= '10' ? '---' : refusalCode(c);
  if (!code) return governor;
  return {
    ...governor,
    pattern: { ...governor.pattern, code, symmetric: governor.pattern.symmetric && code === '036' },
    specializedBy: complement.pattern.id,
  };
}

/**
 * "refused to criticize", "refusal to expel": the complement is the governor's own infinitive,
 * right after it or its pattern's "to" (not "rejected calls from Pakistan to end the talks", the calls' content).
 */
function ownInfinitive(tokens: readonly Token[], governor: PatternMatch, complement: PatternMatch): boolean {
  const end = governor.positions.at(-1)!;
  const to = complement.anchor - 1;
  return tokens[to]?.lower === 'to' && (end === to || end === to - 1);
}

/** "not to attack", "never to return": an infinitive the governor asks or warns against. */
function deniedInfinitive(tokens: readonly Token[], anchor: number): boolean {
  return tokens[anchor - 1]?.lower === 'to' && NOT.has(tokens[anchor - 2]?.lower ?? '');
}
const NOT = new Set(['not', 'never']);

function governs(tokens: readonly Token[], a: PatternMatch, b: PatternMatch): boolean {
  if (helpVerb(tokens, a)) return false;
  const end = a.positions.at(-1)!;
  // "threatened to launch a new military offensive": the governing pattern spans the complement's verb
  if (a.anchor < b.anchor - 1 && b.anchor <= end && MARKERS.has(tokens[b.anchor - 1].lower)) return true;
  if (end >= b.anchor || b.anchor - end > REACH) return false;
  if (headsObject(tokens, a, b)) return true;
  for (let i = end + 1; i < b.anchor; i++)
    if (BOUNDARY.has(tokens[i].text) || tokens[i].text === ',') return false;
  let i = b.anchor - 1;
  while (i > end && tokens[i].pos === 'ADV') i--;
  return (
    (i > end - 1 && marks(tokens[i], tokens[b.anchor])) ||
    objectOfInfinitive(tokens, end, b) ||
    objectOfReaction(tokens, a, b)
  );
}

/** Roots of reactions whose prepositional object may be another's act: disapprove, reject, protest. */
const REACTING_ROOTS = new Set(['11', '12', '14']);
/** Prepositions that introduce what a reaction is against. */
const REACTION_MARKERS = new Set(['against', 'of', 'over', 'about']);
/** Time nouns whose possessive dates an act, naming no owner: "last week's arrest". */
const TIME_NOUNS = new Set(['week', 'month', 'year', 'weekend', 'day', 'today', 'yesterday', 'night']);

/**
 * An event noun with no owner named, heading the prepositional object of a reaction: "rallied
 * against the expulsion of refugees", "in protest of last week's arrest of activists",
 * "complained about the shelling of villages". The act is what the reaction is against, done by
 * someone else; its doer, when named after it, is the reaction's target.
 */
export function objectOfReaction(tokens: readonly Token[], a: PatternMatch, b: PatternMatch): boolean {
  if (!REACTING_ROOTS.has(a.pattern.code.slice(0, 2)) || tokens[b.anchor].pos !== 'NOUN') return false;
  let i = a.positions.at(-1)!;
  if (!REACTION_MARKERS.has(tokens[i].lower)) {
    i++;
    if (!REACTION_MARKERS.has(tokens[i]?.lower ?? '')) return false;
  }
  if (b.anchor - i > OBJECT_REACH) return false;
  for (let k = i + 1; k < b.anchor; k++) {
    const t = tokens[k];
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM') continue;
    // "last week's": a time's possessive
    if (TIME_NOUNS.has(t.lemma) && (tokens[k + 1]?.lower === "'s" || tokens[k + 1]?.lower === '’s')) {
      k++;
      continue;
    }
    return false;
  }
  return true;
}

/**
 * A complement's marker: to/of/for/against/from, "with" before a gerund ("charged Albania with
 * supporting"), or "help" before a bare infinitive ("send material to help defend Saudi Arabia").
 */
function marks(t: Token, anchor: Token): boolean {
  return (
    MARKERS.has(t.lower) ||
    (t.lower === 'with' && anchor.lower.endsWith('ing')) ||
    (t.lemma === 'help' && anchor.pos === 'VERB' && anchor.lower === anchor.lemma)
  );
}

/**
 * An event noun heading the object of an infinitive that no pattern reads, right after the
 * governing pattern: "rejected an invitation to attend a meeting", "agreed to attend the summit".
 */
function objectOfInfinitive(tokens: readonly Token[], end: number, b: PatternMatch): boolean {
  if (tokens[b.anchor].pos !== 'NOUN') return false;
  let i = b.anchor - 1;
  while (i > end + 1 && PHRASE_WORDS.has(tokens[i].pos)) i--;
  return i === end + 2 && tokens[i].pos === 'VERB' && tokens[i - 1].lower === 'to';
}

const OBJECT_REACH = 5;

/**
 * An event noun heading the object of an event verb is what that event is about, not an
 * event of its own: "rejected a US offer", "condemned the attack", "welcomed Iran's proposal".
 */
function headsObject(tokens: readonly Token[], a: PatternMatch, b: PatternMatch): boolean {
  const end = a.positions.at(-1)!;
  if (a.pattern.code === '---' || tokens[end].pos !== 'VERB' || tokens[b.anchor].pos !== 'NOUN') return false;
  if (b.anchor - end > OBJECT_REACH) return false;
  for (let i = end + 1; i < b.anchor; i++) if (!PHRASE_WORDS.has(tokens[i].pos)) return false;
  return true;
}
