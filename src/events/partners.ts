// The other party of an event from the sentence's context: "between A and B", "each other",
// the partner of a recent talk, the subject of a coordinated verb.
import { countryless } from '../actors/index.ts';
import { GROUP_HEADS } from '../actors/words.ts';
import { type Actor, joinedHyphen, type Mention } from '../model/index.ts';
import { directObject } from './clauses.ts';
import type { SentenceContext } from './context.ts';
import type { PatternMatch } from './patterns.ts';
import type { Role } from './roles.ts';
import { PHRASE_WORDS } from './words.ts';

/** How many sentences back a statement naming no partner may find its conversation. */
const IMPLICIT_WINDOW = 3;
const BETWEEN_ROOTS = new Set(['03', '04', '05', '06', '19']);
const MEDIATE = new Set(['045', '039']);
/** Calls, visits and hosting: a verb's object is the other party. */
const PARTNER_OBJECT_CODES = new Set(['041', '042', '043']);

/**
 * The parties of an event noun followed by "between A and B" ("clashes between the army
 * and rebels", "talks between Iran and Pakistan"); none ([]) when "between" names fewer than two
 * actors; undefined when no "between" follows the pattern.
 */
export function partiesBetween(
  ctx: SentenceContext,
  m: PatternMatch,
): { mention: Mention; actor: Actor }[] | undefined {
  const t = ctx.doc.tokens;
  const code = m.pattern.code;
  const a = t[m.anchor];
  const nominal =
    a.pos === 'NOUN' ||
    (a.lower.endsWith('ing') && ['ADP', 'DET', 'ADJ'].includes(t[m.anchor - 1]?.pos ?? ''));
  // hosting or brokering one is the host's act ("would host a meeting between …"); an announced
  // event between two parties is theirs, whoever announces it ("negotiations between Brazil and
  // the banks would help", "a meeting between the leaders is likely this week")
  if (!nominal || !BETWEEN_ROOTS.has(code.slice(0, 2)) || MEDIATE.has(code)) return undefined;
  const last = m.positions.at(-1)!;
  const between = [last, last + 1].find((i) => i < ctx.s.tokenEnd && t[i].lower === 'between');
  if (between === undefined) return undefined;
  const first = ctx.mentions.find((x) => x.tokenStart > between && x.tokenStart <= between + 3);
  if (!first || first.placeOnly) return undefined;
  const out = first.actors.map((actor) => ({ mention: first, actor }));
  if (!first.coordinated && t[first.tokenEnd]?.lower === 'and') {
    const second = ctx.mentions.find(
      (x) => x.tokenStart > first.tokenEnd && x.tokenStart <= first.tokenEnd + 3 && !x.placeOnly,
    );
    if (second) for (const actor of second.actors) out.push({ mention: second, actor });
  }
  // "between A and B": two parties (a comma list after them is not part of the pair); with one
  // party named ("fighting between the Muslim Brotherhood and the nation's secular Muslims"),
  // none: the other is no actor, and the clause subject is neither
  return out.length >= 2 ? out.slice(0, 2) : [];
}

/** Nouns of talks whose parties follow "between". */
const TALK_NOUNS = new Set(['talk', 'talks', 'negotiation', 'negotiations', 'summit', 'meeting', 'dialogue']);
/** How far before a symmetric verb its subject's "between" may be. */
const SUBJECT_BETWEEN_REACH = 12;

/**
 * "Talks between Greece and its creditors failed to reach agreement", "The summit between the
 * EU and Turkey failed to reach agreement": a symmetric verb whose subject is a noun of talks
 * between two parties is between those parties.
 */
export function subjectParties(
  ctx: SentenceContext,
  m: PatternMatch,
): { mention: Mention; actor: Actor }[] | undefined {
  const t = ctx.doc.tokens;
  if (!m.pattern.symmetric || t[m.anchor].pos !== 'VERB') return undefined;
  for (let i = m.anchor - 1; i > ctx.s.tokenStart && i >= m.anchor - SUBJECT_BETWEEN_REACH; i--) {
    if (t[i].pos === 'VERB' || t[i].pos === 'PUNCT') return undefined;
    if (t[i].lower !== 'between' || !TALK_NOUNS.has(t[i - 1].lower)) continue;
    // the talks open the clause: "The summit between…", "Talks between…"
    for (let k = i - 2; k >= ctx.s.tokenStart; k--)
      if (t[k].pos !== 'DET' && t[k].pos !== 'ADJ') return undefined;
    const pair = ctx.mentions.filter((x) => x.tokenStart > i && x.tokenEnd <= m.anchor && !x.placeOnly);
    const out = pair.flatMap((x) => x.actors.map((actor) => ({ mention: x, actor })));
    return out.length === 2 ? out : undefined;
  }
  return undefined;
}

/** "each other", "one another", "each side … the other": the act is mutual. */
export function reciprocal(ctx: SentenceContext): boolean {
  const t = ctx.doc.tokens;
  for (let i = ctx.s.tokenStart; i + 1 < ctx.s.tokenEnd; i++) {
    const a = t[i].lower;
    const b = t[i + 1].lower;
    if ((a === 'each' && b === 'other') || (a === 'one' && b === 'another')) return true;
    if (a === 'the' && b === 'other' && t.slice(ctx.s.tokenStart, i).some((x) => x.lower === 'each'))
      return true;
  }
  return false;
}

/**
 * The other party of the conversation, when a cooperative statement names none ("Rubio
 * conveyed interest in expanding collaboration"): the counterpart of the source in the
 * latest exchange coded in this or the previous sentences.
 */
export function implicitPartner(
  ctx: SentenceContext,
  m: PatternMatch,
  sources: readonly Actor[],
): { role: Role; actor: Actor } | undefined {
  if (namedCounterpart(ctx, m)) return undefined;
  const codes = new Set(sources.map((a) => a.code));
  for (let i = ctx.recent.length - 1; i >= 0; i--) {
    const x = ctx.recent[i];
    if (x.sentence < ctx.s.index - IMPLICIT_WINDOW) break;
    // only a talk or call between two countries makes a conversation ("Dar held a phone
    // conversation with Rubio"); a meeting at home or any other act does not
    if (!x.code.startsWith('04') || x.a.country === x.b.country) continue;
    const found =
      codes.has(x.a.code) && !codes.has(x.b.code)
        ? { role: { ...x.bRole, rule: 'target:implicit-conversation-partner' }, actor: x.b }
        : codes.has(x.b.code) && !codes.has(x.a.code)
          ? { role: { ...x.aRole, rule: 'target:implicit-conversation-partner' }, actor: x.a }
          : undefined;
    if (!found) continue;
    if (m.pattern.code === PRAISE && !namesCountry(ctx, found.actor.country)) return undefined;
    return x.sentence < ctx.s.index && namesThirdParty(ctx, sources, found.actor) ? undefined : found;
  }
  return undefined;
}

/**
 * Whether "with" or "to" at the pattern's end names whom or where, an actor or a place of the
 * source's own side that is no target: the act is with it, not with an earlier partner ("was about
 * to head into a previously scheduled meeting with President Barack Obama", "Obama will travel to
 * New Jersey on Wednesday").
 */
function namedCounterpart(ctx: SentenceContext, m: PatternMatch): boolean {
  const t = ctx.doc.tokens;
  const last = m.positions.at(-1)!;
  // a call, visit or hosting whose verb has an object names whom, though no actor ("who earlier
  // telephoned the plaintiffs", "the first American president to visit a country that had long
  // been isolated"); a discussion's object is its topic ("discussed the issue")
  if (PARTNER_OBJECT_CODES.has(m.pattern.code) && directObject(t, last, ctx.s.tokenEnd)) return true;
  const prep = [last, last + 1].find(
    (i) => i < ctx.s.tokenEnd && (t[i].lower === 'with' || t[i].lower === 'to'),
  );
  if (prep !== undefined && ctx.mentions.some((x) => x.tokenStart > prep && x.tokenStart <= prep + 2))
    return true;
  return thingAfter(ctx, m, prep);
}

/** How many words of the verb's object may stand between a pattern and its "with": "negotiating terms with". */
const OBJECT_BEFORE_WITH = 3;
/** Possessives of the speaker's own side: "consulting with his national security team". */
const OWN_POSSESSIVES = new Set(['his', 'her', 'their', 'our', 'my']);

/**
 * Whether "with" (after the pattern or its object) or "to" after the pattern opens a noun phrase
 * of common nouns that names no actor: the act is with or to that thing or group, not with an
 * earlier partner ("The president is consulting with his national security team", "negotiating
 * terms with the steering committee", "is firmly committed to a two-state solution"). A noun for
 * a party ("his counterpart", "both sides") may be the partner; "its" may be the partner's ("is
 * committed to its security"); a visit "to the region" may be to the partner.
 */
function thingAfter(ctx: SentenceContext, m: PatternMatch, prep: number | undefined): boolean {
  const t = ctx.doc.tokens;
  const end = ctx.s.tokenEnd;
  let at = prep;
  if (at === undefined) {
    const last = m.positions.at(-1)!;
    for (let i = last + 1; i < end && i <= last + 1 + OBJECT_BEFORE_WITH; i++) {
      if (t[i].lower === 'with') {
        at = i;
        break;
      }
      if (!PHRASE_WORDS.has(t[i].pos)) return false;
    }
  }
  if (at === undefined) return false;
  const code = m.pattern.code;
  if (t[at].lower === 'to' && (code.startsWith('04') || code === '036')) return false;
  let k = at + 1;
  if (t[k]?.pos === 'DET' || OWN_POSSESSIVES.has(t[k]?.lower ?? '')) k++;
  let head = -1;
  while (k < end && (t[k].pos === 'ADJ' || t[k].pos === 'NUM' || t[k].pos === 'NOUN' || joinedHyphen(t, k))) {
    if (t[k].pos === 'NOUN') head = k;
    k++;
  }
  if (head < 0 || t[k]?.pos === 'PROPN' || t[k]?.lower === 'of' || GROUP_HEADS.has(t[head].lemma))
    return false;
  return !ctx.mentions.some((x) => x.tokenStart <= head && x.tokenEnd > at!);
}

/**
 * Praise and endorsement naming no target are of a thing or a third party ("the governor supports
 * the states' rights", "to be praised by him would open the campaign up to criticisms"): of the
 * partner only when the sentence names the partner's side, the owner of what is praised ("Dar
 * highlighted Pakistan's counterterrorism achievements, which Rubio acknowledged and praised").
 */
const PRAISE = '051';

/** Whether an actor mention of the sentence (not a place) is of `country`. */
function namesCountry(ctx: SentenceContext, country: string): boolean {
  return ctx.mentions.some((x) => !x.placeOnly && x.actors.some((a) => a.country === country));
}

/**
 * Whether the sentence names a country other than the source's and an earlier partner's: it is
 * about that party, not the earlier talk ("Obama said he'd discussed the issue when he met with
 * Israeli Prime Minister Benjamin Netanyahu" after talks with the Palestinians).
 */
function namesThirdParty(ctx: SentenceContext, sources: readonly Actor[], partner: Actor): boolean {
  const known = new Set([...sources.map((a) => a.country), partner.country, '---']);
  return ctx.mentions.some((x) => !x.placeOnly && x.actors.some((a) => !known.has(a.country)));
}

/** "X accused Y of … and demanded …": a verb joined by "and" shares the subject of the verb before it. */
export function coordinatedSubject(ctx: SentenceContext, m: PatternMatch): Role | undefined {
  const t = ctx.doc.tokens;
  let i = m.anchor - 1;
  // "but has so far refused", "and will not accept": adverbs, auxiliaries and "not" between
  while (i > ctx.s.tokenStart && (t[i].pos === 'ADV' || t[i].pos === 'AUX' || t[i].pos === 'PART')) i--;
  if (!(t[i]?.lower === 'and' || t[i]?.lower === 'but' || t[i]?.lower === 'or')) return undefined;
  let prev: Role | undefined;
  let prevAnchor = -1;
  // the possessor of an event noun in the first verb's object is no subject ("opened up
  // Qaddafi's jails and released")
  for (const [anchor, role] of ctx.subjects) {
    if (anchor < m.anchor && anchor > prevAnchor && role.rule !== 'source:possessor-of-event-noun') {
      prev = role;
      prevAnchor = anchor;
    }
  }
  if (!prev) return undefined;
  // "support a U.N. resolution that aims to tighten sanctions and impose a naval blockade": a
  // bare verb joined after a relative clause's verb is that clause's, said of its antecedent
  // ("rejected a plan that would expand the zone and threatened Israel" keeps its tense and subject)
  const a = t[m.anchor];
  for (let k = prevAnchor + 1; k < i && a.pos === 'VERB' && a.lower === a.lemma; k++) {
    if (!RELATIVE_OPENERS.has(t[k].lower) || (t[k - 1].pos !== 'NOUN' && t[k - 1].pos !== 'PROPN')) continue;
    let v = k + 1;
    while (v < i && (t[v].pos === 'ADV' || t[v].pos === 'AUX' || t[v].pos === 'PART')) v++;
    if (t[v]?.pos === 'VERB') return undefined;
  }
  return { mention: prev.mention, rule: 'source:subject-of-coordinated-verb' };
}

/** Words that open a relative clause after its noun: "a resolution that aims to…". */
const RELATIVE_OPENERS = new Set(['that', 'which', 'who']);

/**
 * Whether a symmetric act of coordinated named parties is between them, and the countryless
 * group after the pattern only its topic: "the Turkish and Greek sides agreed to share
 * information on missing people" is an agreement of Turkey and Greece, not of each with the
 * missing. A party after "with" is still the partner ("agreed with the rebels"), and so is one
 * with a country ("agreed to share intelligence with Iraq").
 */
export function partnersOverTopic(
  m: PatternMatch,
  sources: readonly Actor[],
  target: Role | undefined,
): boolean {
  return (
    !!target &&
    m.pattern.symmetric &&
    sources.length > 1 &&
    target.rule !== 'target:after-with' &&
    sources.every((a) => !countryless(a)) &&
    target.mention.actors.every((a) => countryless(a))
  );
}
