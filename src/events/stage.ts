import { countryless, peopleOfArticle } from '../actors/index.ts';
import { contextsIn, eventDate } from '../attributes/index.ts';
import type { Lexicon } from '../dict/index.ts';
import type { Actor, Doc, DroppedEvent, Event, Mention, Sentence, Token } from '../model/index.ts';
import type { Stage } from '../pipeline/index.ts';
import { backgroundNoun, topicNoun } from './background.ts';
import { buildEvent, type Found } from './build.ts';
import {
  directObject,
  eventNounSubject,
  eventNounTheme,
  loneIndividual,
  passiveAdjunct,
  pronounObject,
  protestAim,
} from './clauses.ts';
import { absorbComplements } from './complements.ts';
import type { Exchange, SentenceAttributes, SentenceContext } from './context.ts';
import { fromAgentRoles } from './from-agent.ts';
import { modalityAt } from './modality.ts';
import { coordinatedSubject, implicitPartner, partiesBetween, reciprocal } from './partners.ts';
import { findPatterns, type PatternMatch, resolveOverlaps } from './patterns.ts';
import { domesticTarget, placeCountry, placedPair } from './place-country.ts';
import { pollCues, pollPreference } from './polls.ts';
import { pressTalk } from './press.ts';
import { withModality } from './refusal.ts';
import {
  agentInPattern,
  findAgent,
  findRelativeAntecedent,
  findSource,
  findTarget,
  type Role,
} from './roles.ts';
import { unidentifiedForce } from './unattributed.ts';
import { verbalAttack } from './verbal-attack.ts';
import { prenominalVisiting } from './visiting.ts';
import { informationalWarning } from './warnings.ts';
import { TARGET_PREPOSITIONS } from './words.ts';

/** CAMEO roots whose events may take the conversation partner as an unstated target. */
const IMPLICIT_TARGET_ROOTS = new Set(['03', '04', '05']);
const PLACE_MODES = new Set(['visit', 'host', 'meet']);
/** Sectors of private people: civilians and refugees travel on their own account. */
const PRIVATE = new Set(['CVL', 'REF']);
/**
 * CAMEO roots whose act, with coordinated subjects and no target, is done between them:
 * statements, intents, consultations, material cooperation ("A and B agreed", "A and B
 * met") and fighting ("A and B clashed"). Appeals, praise, aid and concessions of two
 * subjects go to a third party the sentence may not name ("the U.S. and the Bank of England
 * asked banks to…", "Obama and Rubio speaking up for immigration reform", "funded by the
 * United States, Canada and Mexico"); signing and other mutual acts are marked `symmetric`.
 */
const MUTUAL_ROOTS = new Set(['01', '03', '04', '06', '19']);
/**
 * Roots whose act is never aimed at the people of the place it is set in: a meeting, talks or
 * a call "in Washington", "at a summit in Tokyo" (a visit's place is its target through the
 * pattern's mode instead), and criticism of something that happened there ("condemned the
 * attack in Benghazi", "ridiculed the comment during a campaign stop in Iowa").
 */
const NOT_AT_PLACE_ROOTS = new Set(['04', '11']);
/** Intents to give support or aid go to a third party, like the acts (roots 05, 07): "three countries had offered assistance". */
const ONE_WAY_INTENTS = new Set(['032', '033']);
/** Roots whose act in a place of the actor's own country is set there, not aimed at its people. */
const SET_AT_HOME_ROOTS = new Set(['02', '05', '06', '07']);
/** Roots of reactions (disapprove, reject, threaten, protest): "protested after Israel seized the ship" aims at Israel. */
const REACTION_ROOTS = new Set(['11', '12', '13', '14']);
/** Whether code `code`'s act is never aimed at a place's people: also a meeting to come (036, "will meet in Bahrain"). */
function notAtPlace(code: string): boolean {
  return NOT_AT_PLACE_ROOTS.has(code.slice(0, 2)) || code === '036';
}
/** How far after a condemned act's noun its "by" agent may stand ("the killing of protesters by police"). */
const VICTIM_REACH = 8;
/** How far after a passive verb its "by" agent may stand ("were killed in an air strike by …"). */
const PASSIVE_AGENT_REACH = 8;
/** Source rules that take the clause's subject (not an actor of the event noun's own phrase). */
const CLAUSE_SUBJECTS = new Set([
  'source:nearest-subject',
  'source:subject-before-prepositional-phrase',
  'source:main-clause-subject-of-participle',
  'source:noun-before-participle',
  'source:subject-of-coordinated-verb',
  'source:subject-of-subordinate-clause',
  'source:subject-after-with',
  'source:relative-clause-antecedent',
  'source:partitive-subject',
]);

function span(doc: Doc, m: PatternMatch) {
  return { start: doc.tokens[m.positions[0]].start, end: doc.tokens[m.positions.at(-1)!].end };
}

/** Codes the events of one article. */
export function codeEvents(doc: Doc, lexicon: Lexicon): { events: Event[]; dropped: DroppedEvent[] } {
  const events: Event[] = [];
  const dropped: DroppedEvent[] = [];
  const bySentence = new Map<number, Mention[]>();
  for (const m of doc.mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const baseDate = doc.dateline?.date ?? doc.article.published ?? null;
  const recent: Exchange[] = [];
  for (const s of doc.sentences) {
    if (s.skip) continue;
    let found = findPatterns(lexicon, doc.tokens, s.tokenStart, s.tokenEnd);
    if (found.length === 0) continue;
    const mentions = bySentence.get(s.index) ?? [];
    // a word of an organization's name is a look-alike of an act, and leaves the words after
    // the name free: "The Associated Press pressed Obama" is pressed, not "Press"
    if (found.some((m) => insideName(mentions, m.anchor))) {
      const outside: PatternMatch[] = [];
      for (const m of found)
        if (insideName(mentions, m.anchor)) dropped.push(drop(doc, s, m, 'guard'));
        else outside.push(m);
      found = outside;
    }
    const [kept, absorbed] = absorbComplements(doc.tokens, resolveOverlaps(found));
    for (const m of absorbed) dropped.push(drop(doc, s, m, 'absorbed'));
    const ctx: SentenceContext = {
      doc,
      s,
      mentions,
      bySentence,
      baseDate,
      lexicon,
      recent,
      subjects: new Map(),
      matches: kept,
    };
    const seen = new Set<string>();
    const poll = pollCues(doc.tokens, s);
    for (const m of kept) {
      if (m.pattern.code === '---') {
        dropped.push(drop(doc, s, m, 'guard'));
        continue;
      }
      if (pollPreference(doc.tokens, m, poll)) {
        dropped.push(drop(doc, s, m, 'poll'));
        continue;
      }
      let press = false;
      for (const e of codeMatch(ctx, m, dropped)) {
        if (pressTalk(e)) {
          if (!press) dropped.push(drop(doc, s, m, 'press'));
          press = true;
          continue;
        }
        const key = `${e.source}|${e.target}|${e.cameo}`;
        if (seen.has(key)) continue;
        seen.add(key);
        events.push(e);
      }
    }
  }
  return { events, dropped };
}

/** Whether token `i` is a word after the first of an organization's name: "Press" of "the Associated Press". */
function insideName(mentions: readonly Mention[], i: number): boolean {
  for (const x of mentions)
    if (x.kind === 'organization' && i > x.tokenStart && i < x.tokenEnd && !x.possessive) return true;
  return false;
}

function drop(doc: Doc, s: Sentence, m: PatternMatch, reason: DroppedEvent['reason']): DroppedEvent {
  return { sentence: s.index, cameo: m.pattern.code, rule: m.pattern.id, reason, evidence: [span(doc, m)] };
}

function clauseStart(doc: Doc, s: Sentence, anchor: number): number {
  for (let i = anchor - 1; i >= s.tokenStart; i--) if (doc.tokens[i].text === ';') return i + 1;
  return s.tokenStart;
}

/**
 * The mentions other than those made only of a pattern's own words and followed by its
 * preposition ("opposition" in "express * opposition to", "troops" in "send troops to"): the
 * preposition names the target. A pattern's other words may name it ("refuse to accept *
 * refugees", "grant (aid agencies) access to").
 */
function withoutPatternWords(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  positions: readonly number[],
): readonly Mention[] {
  const ofPattern = (x: Mention) => {
    const next = tokens[x.tokenEnd];
    if (!positions.includes(x.tokenEnd) || (next.pos !== 'ADP' && next.lower !== 'to')) return false;
    for (let i = x.tokenStart; i < x.tokenEnd; i++) if (!positions.includes(i)) return false;
    return true;
  };
  return mentions.some(ofPattern) ? mentions.filter((x) => !ofPattern(x)) : mentions;
}

function codeMatch(ctx: SentenceContext, m: PatternMatch, dropped: DroppedEvent[]): Event[] {
  const { doc, s, mentions } = ctx;
  const last = m.positions.at(-1)!;
  const clauseFrom = clauseStart(doc, s, m.anchor);
  const mod = modalityAt(doc.tokens, m.anchor, clauseFrom, m.positions);
  // refusals, ultimatums, intentions and threats; negated and hypothetical acts are dropped
  const modal = withModality(doc.tokens, m, mod, s.tokenEnd);
  if (!modal) {
    dropped.push(drop(doc, s, m, mod.negated ? 'negated' : 'hypothetical'));
    return [];
  }
  // "Deng told visiting U.S. Secretary of State Shultz": Deng hosts Shultz
  m = prenominalVisiting(doc.tokens, mentions, modal) ?? modal;
  const passive = mod.passive || m.pattern.passive || m.participle === 'passive';
  // "a roadside bombing … killed one U.S. soldier", "were killed in a car bombing": force with
  // no named doer is an unidentified armed force's, coded with the noun's own code
  let force = unidentifiedForce(doc.tokens, mentions, ctx.matches, m, passive, clauseFrom);
  if (force && findAgent(doc, mentions, last, s.tokenEnd, PASSIVE_AGENT_REACH)) force = undefined;
  const unidentified = force?.source;
  if (force) m = force.match;
  // "after a U.S. airstrike mistakenly killed 24 soldiers": the verb's subject is an event,
  // coded on its own; nobody else did the killing
  if (!unidentified && eventNounSubject(doc.tokens, mentions, ctx.lexicon, m.anchor, s.tokenStart)) {
    dropped.push(drop(doc, s, m, 'no-source'));
    return [];
  }
  let confidence = 0.9;
  let source: Role | undefined;
  let target: Role | undefined;
  let nominalAgent: Role | undefined;
  if (passive) {
    // "was urged by the UN to release": the "by" may also sit inside the pattern
    source =
      findAgent(doc, mentions, last, s.tokenEnd, PASSIVE_AGENT_REACH) ??
      agentInPattern(doc, mentions, m.anchor, last);
    // "blocked a press statement supported by Britain", "has taken up legislation backed by
    // Obama": a participle right after a noun no actor names is said of that noun
    const before = doc.tokens[m.anchor - 1];
    const ofThing =
      m.anchor > s.tokenStart &&
      before.pos === 'NOUN' &&
      before.lemma !== 'get' && // wink's noun "get" in "will likely get criticized by"
      !mentions.some((x) => x.tokenStart < m.anchor && x.tokenEnd >= m.anchor);
    target = ofThing ? undefined : findSource(doc, mentions, m.anchor, s.tokenStart, s.tokenEnd);
    if (target) target = { mention: target.mention, rule: 'target:passive-subject' };
    confidence -= 0.1;
  } else {
    // "rallies by the opposition", "a threat by Iran to seize a tanker": an event noun's agent
    nominalAgent =
      doc.tokens[m.anchor].pos === 'NOUN'
        ? (findAgent(doc, mentions, m.anchor, s.tokenEnd) ?? findAgent(doc, mentions, last, s.tokenEnd))
        : undefined;
    // "rocket fire from Gaza", "took a pounding from the left": the doer follows "from"
    const from = nominalAgent
      ? undefined
      : fromAgentRoles(doc.tokens, mentions, m, s, () =>
          findSource(doc, mentions, m.anchor, s.tokenStart, s.tokenEnd),
        );
    if (from) {
      nominalAgent = from.source;
      target = from.target;
    }
    source = from
      ? from.source
      : nominalAgent
        ? { mention: nominalAgent.mention, rule: 'source:by-agent-of-event-noun' }
        : // "were killed in an attack on…": the subject suffered the act the noun names
          passiveAdjunct(doc.tokens, m.anchor, s.tokenStart)
          ? undefined
          : (coordinatedSubject(ctx, m) ?? findSource(doc, mentions, m.anchor, s.tokenStart, s.tokenEnd));
  }
  // "fighting between A and B", "a meeting between A and B": the two parties, not the subject
  const parties = partiesBetween(ctx, m);
  if (parties) {
    const out: Event[] = [];
    const base = { match: m, confidence: confidence - 0.05, ...sentenceAttributes(ctx) };
    const role: Role = { mention: parties[0].mention, rule: 'source:between-parties' };
    for (let i = 0; i < parties.length; i++)
      for (let j = i + 1; j < parties.length; j++)
        pushPair(
          ctx,
          out,
          base,
          { mention: parties[i].mention, rule: 'source:between-parties' },
          parties[i].actor,
          { mention: parties[j].mention, rule: 'target:between-parties' },
          parties[j].actor,
          true,
        );
    if (out.length > 0) {
      ctx.subjects.set(m.anchor, role);
      return out;
    }
  }
  // "Protesters rallied against…", "Ukrainian demonstrators gathered outside…", "Protesters in
  // Tehran chanted…": the pattern's first word is the head of the acting mention itself
  if (!source && !passive) {
    const own = mentions.find(
      (x) => x.actors.length > 0 && !x.placeOnly && headedBy(doc.tokens, x, m.anchor),
    );
    if (own) source = { mention: own, rule: 'source:anchor-heads-actor' };
  }
  // "agreed to a ceasefire after two days of fighting": a recalled event noun is not the subject's
  // act; "in response to the Soviet invasion of Afghanistan" recalls even its own doer's act
  // (after "despite" even a noun with its own doer: "despite warnings by humanitarian agencies")
  const recalled = source ? backgroundNoun(doc.tokens, m.anchor, s.tokenStart, m.pattern.code) : false;
  if (source && !nominalAgent && !passive && eventNounTheme(doc.tokens, m.anchor, s.tokenStart))
    source = undefined;
  // "after fierce fighting with guerrillas", "after talks with Iran": the subject's own
  const withPartner = doc.tokens[last].lower === 'with' || doc.tokens[last + 1]?.lower === 'with';
  // "Obama was aware of previous attacks on the consulate": the subject talks about the act
  if (
    source &&
    !nominalAgent &&
    !passive &&
    !withPartner &&
    CLAUSE_SUBJECTS.has(source.rule) &&
    topicNoun(doc.tokens, m.anchor, s.tokenStart)
  )
    source = undefined;
  if (
    source &&
    recalled &&
    !withPartner &&
    (nominalAgent
      ? recalled === 'concessive'
      : recalled === 'recalled' || source.rule !== 'source:possessor-of-event-noun')
  )
    source = undefined;
  if (unidentified) source = unidentified;
  // "a New Mexico man threatened a school": a lone individual with no group acts for no one
  if (!source || (!passive && loneIndividual(source.mention))) {
    dropped.push(drop(doc, s, m, 'no-source'));
    return [];
  }
  // "warned lawmakers that taxpayers may not be able to file": news, not a threat
  if (!passive && informationalWarning(doc.tokens, mentions, m, source.mention, s.tokenEnd)) {
    dropped.push(drop(doc, s, m, 'informational'));
    return [];
  }
  ctx.subjects.set(m.anchor, source);
  let sources = source.mention.actors;
  const exclude = new Set<string>(sources.map((a) => a.code));
  // "Israeli and Palestinian leaders" act on neither country; people placed only by the story do not
  if (sources.length > 1) for (const a of sources) if (!peopleOfArticle(a)) exclude.add(a.country);
  const mode = m.pattern.mode;
  if (!target && !passive) {
    // the target may sit inside the matched words ("rejected a Senegalese peace plan"), but is
    // not one of them ("expressed strong opposition to the plan": the opposition is no party)
    const objects = withoutPatternWords(doc.tokens, mentions, m.positions);
    const placeMode = !!mode && PLACE_MODES.has(mode);
    const reaction = REACTION_ROOTS.has(m.pattern.code.slice(0, 2));
    target = findTarget(
      doc,
      objects,
      m.anchor,
      exclude,
      placeMode,
      m.targetAt,
      reaction,
      last,
      placeMode || m.pattern.code.startsWith('04'),
    );
    // …unless the pattern ends in the preposition that introduces it: "providing military
    // intelligence to Macedonia" aims at Macedonia, not at the intelligence
    if (
      target &&
      m.targetAt === undefined &&
      target.mention.tokenStart < last &&
      TARGET_PREPOSITIONS.has(doc.tokens[last].lower)
    )
      target =
        objectOfPreposition(
          doc,
          findTarget(doc, objects, last, exclude, placeMode, undefined, reaction),
          last,
        ) ?? target;
    // "condemned the attack on the Chinese consulate", "the killing of protesters": the victim of
    // the act is not who is condemned; its doer is, when named ("the killing of protesters by
    // security forces", "the Indian attack on Kashmir" is found before the noun)
    if (
      target &&
      m.violentTheme !== undefined &&
      target.mention.tokenStart > m.violentTheme &&
      // "criticized the clashes between Pakistani troops and Iranian militants": its parties
      doc.tokens[m.violentTheme + 1]?.lower !== 'between'
    ) {
      const doer = findAgent(doc, mentions, m.violentTheme, s.tokenEnd, VICTIM_REACH);
      target = doer && { mention: doer.mention, rule: 'target:doer-of-act-in-object' };
    }
    // "arrived in the United States as a child from Mexico": where a traveller comes from is no visit's aim
    if (mode === 'visit' && target?.rule === 'target:after-from') target = undefined;
    target ??= findRelativeAntecedent(doc, mentions, source.mention.tokenStart, s.tokenStart, exclude, last);
    if (target?.rule === 'target:relative-clause-antecedent') confidence -= 0.1;
    // "Hillary Clinton praised Obama": the direct object is the source's own actor, so there
    // is no event; another party from context must not stand in for it ("conveyed the United
    // States' interest" has no such object: its partner comes from the conversation)
    const own = target ? undefined : findTarget(doc, objects, m.anchor, new Set(), placeMode, m.targetAt);
    if (
      own?.rule === 'target:object' &&
      !own.mention.possessive &&
      own.mention !== source.mention &&
      own.mention.actors.every((a) => exclude.has(a.code) && !a.code.startsWith('---'))
    ) {
      dropped.push(drop(doc, s, m, 'same-actor'));
      return [];
    }
  }
  // `mutual`: "Obama and Netanyahu agreed that Iran must…": Iran is what they agreed about
  if (m.pattern.mutual && target?.rule !== 'target:after-with') target = undefined;
  if (m.pattern.slotOnly && !slotFilled(m, target)) {
    dropped.push(drop(doc, s, m, 'no-target'));
    return [];
  }
  // `reversed`: "Ukraine received weapons from the US": the giver in the slot is the source
  if (m.pattern.reversed) {
    if (!target) {
      dropped.push(drop(doc, s, m, 'no-source'));
      return [];
    }
    const subject = source;
    source = { mention: target.mention, rule: 'source:giver-in-slot' };
    target = { mention: subject.mention, rule: 'target:receiving-subject' };
    sources = source.mention.actors;
  }
  if (target && verbalAttack(doc, m, source.mention, target.mention))
    m = {
      ...m,
      pattern: { ...m.pattern, code: '111', mode: undefined },
      recoded: 'verbal-attack:on-a-person',
    };
  // "French and Egyptian warships launched war games": two countries' show of force together is
  // a joint exercise between them
  if (!target && m.pattern.code === '150' && new Set(sources.map((a) => a.country)).size > 1)
    m = {
      ...m,
      pattern: { ...m.pattern, code: '062', mode: undefined, symmetric: true },
      recoded: 'joint-exercise',
    };
  // "Lebanese immigrants who arrived in the U.S.", "foreign tourists heading to Bethlehem": private
  // people's travel is no visit; a place's people host nobody ("Gaza became a magnet for visiting
  // ministers"), but "demonstrators received ministers" do
  if (
    (m.pattern.mode === 'visit' || (m.pattern.mode === 'host' && source.mention.kind === 'place')) &&
    sources.every((a) => PRIVATE.has(a.sector ?? ''))
  ) {
    dropped.push(drop(doc, s, m, 'guard'));
    return [];
  }
  if (source.mention.kind === 'pronoun' || source.mention.kind === 'group-reference') confidence -= 0.1;
  if (m.anchor - source.mention.tokenEnd > 8) confidence -= 0.1;
  const base: Omit<Found, 'source' | 'sourceActor' | 'target' | 'targetActor' | 'symmetric'> = {
    match: m,
    confidence,
    ...sentenceAttributes(ctx),
  };
  const out: Event[] = [];
  const protest = m.pattern.code.startsWith('14');
  if (target) {
    const travel = target.mention.kind === 'place' && !!mode && PLACE_MODES.has(mode);
    let atHome = false;
    for (const sa of sources)
      for (const ta of target.mention.actors) {
        // "Obama flew to San Francisco", "a bus tour of Ohio": travel at home meets no one
        if (travel && ta.country === sa.country) {
          atHome = true;
          continue;
        }
        pushPair(
          ctx,
          out,
          base,
          source,
          sa,
          target,
          protest ? domesticTarget(sa, ta) : ta,
          m.pattern.symmetric,
        );
      }
    if (out.length === 0)
      dropped.push(drop(doc, s, m, atHome ? 'travel-at-home' : unpaired(sources, target.mention.actors)));
    return out;
  }
  // "Dar and Rubio agreed…", "the two leaders agreed…": one symmetric event between them
  // (travelling together is not: "the six ministers announced plans to fly to Geneva");
  // "US and British activists staged a protest" is not a protest against each other, nor
  // "Saudi Arabia and Qatar are providing weapons to them" aid to each other
  if (
    sources.length > 1 &&
    (((m.pattern.symmetric ||
      (MUTUAL_ROOTS.has(m.pattern.code.slice(0, 2)) &&
        !ONE_WAY_INTENTS.has(m.pattern.code.slice(0, 3)) &&
        m.pattern.mode !== 'visit' &&
        !directObject(doc.tokens, last, s.tokenEnd))) &&
      !pronounObject(doc.tokens, last, s.tokenEnd)) ||
      reciprocal(ctx))
  ) {
    for (let i = 0; i < sources.length; i++) {
      for (let j = i + 1; j < sources.length; j++) {
        const sym = { ...base, confidence: base.confidence - 0.05 };
        pushPair(
          ctx,
          out,
          sym,
          source,
          sources[i],
          { mention: source.mention, rule: 'target:coordinated-partner' },
          sources[j],
          true,
        );
      }
    }
    if (out.length > 0) return out;
  }
  // the fallbacks below pair every source with one target found beyond the clause
  const from = source;
  const pairAll = (role: Role, actorFor: (sa: Actor) => Actor, confidence: number, symmetric: boolean) => {
    for (const sa of sources)
      pushPair(ctx, out, { ...base, confidence }, from, sa, role, actorFor(sa), symmetric);
    return out.length > 0;
  };
  const partner = IMPLICIT_TARGET_ROOTS.has(m.pattern.code.slice(0, 2))
    ? implicitPartner(ctx, sources)
    : undefined;
  if (partner && pairAll(partner.role, () => partner.actor, 0.45, m.pattern.symmetric)) return out;
  // "blocked roads … to press their demands for freedom from President Bouteflika's
  // government": a protest's purpose names whom it is against
  const aim = protest ? protestAim(doc.tokens, mentions, last, s.tokenEnd, exclude) : undefined;
  if (aim && pairAll(aim, (sa) => domesticTarget(sa, aim.mention.actors[0]), 0.6, false)) return out;
  // "imposed a curfew in Algiers", "shelled Aleppo": with no actor, the place's people are the
  // target; a protest with none ("demonstrated in Serbia", "a rally in Lagos to protest") is
  // against the government of the place where it is held
  const place =
    protest || !notAtPlace(m.pattern.code) ? placeTarget(ctx, m.anchor, exclude, protest) : undefined;
  // "Obama praises arrest in Boston", "gave $1 million in Colorado": appeals, praise, cooperation
  // and aid at home are set in the place, not aimed at its people
  const atHome =
    !!place &&
    SET_AT_HOME_ROOTS.has(m.pattern.code.slice(0, 2)) &&
    sources.some((sa) => sa.country === place.actor.country);
  if (place && !atHome && pairAll(place.role, () => place.actor, 0.5, false)) return out;
  dropped.push(drop(doc, s, m, 'no-target'));
  return out;
}

/**
 * A `slot-only` pattern's target is the actor filling its `$` slot exactly, from the slot to
 * the next pattern word ("said on Tuesday that Sudan must") or starting at a final slot;
 * nothing else stands in for it.
 */
function slotFilled(m: PatternMatch, target: Role | undefined): boolean {
  const at = m.targetAt;
  if (!target || at === undefined || target.rule !== 'target:pattern-slot') return false;
  const next = m.positions.find((p) => p >= at);
  // a slot that ends the pattern ("received aid from $") takes the actor starting there
  return target.mention.tokenStart === at && (next === undefined || target.mention.tokenEnd === next);
}

/** Event nouns whose "between A and B" names the two parties (not a mediator's sides). */

function placeTarget(
  ctx: SentenceContext,
  anchor: number,
  exclude: ReadonlySet<string>,
  protest = false,
): { role: Role; actor: Actor } | undefined {
  const t = ctx.doc.tokens;
  for (const m of ctx.mentions) {
    // a protest's place may come first ("a rally in Lagos to protest"), in the same clause
    if (protest && m.placeOnly && m.tokenEnd <= anchor && anchor - m.tokenEnd <= 8) {
      if (t.slice(m.tokenEnd, anchor).some((x) => x.text === ';' || x.text === ',' || x.pos === 'VERB'))
        continue;
    } else if (m.tokenStart <= anchor || !m.placeOnly || m.tokenStart - anchor > 12) continue;
    else if (t.slice(anchor, m.tokenStart).some((x) => x.text === ';' || x.text === ',')) break;
    const a = m.actors[0];
    if (!a || exclude.has(a.country) || a.country.length !== 3) continue;
    const sector = protest ? 'GOV' : 'CVL';
    const code = `${a.country}${sector}`;
    if (protest && exclude.has(code)) continue;
    const [rule, why] = protest
      ? ['target:government-of-protest-place', 'protest-against-place-government']
      : ['target:people-of-place', 'place-as-population'];
    return { role: { mention: m, rule }, actor: { ...a, code, sector, rules: [...a.rules, why] } };
  }
  return undefined;
}

/** Whether token `i` heads mention `x`: its last word, or the word before its place ("protesters in Tehran"). */
function headedBy(tokens: readonly Token[], x: Mention, i: number): boolean {
  if (i < x.tokenStart || i >= x.tokenEnd) return false;
  return i === x.tokenEnd - 1 || tokens[i + 1].pos === 'ADP';
}

/** Why no source–target pair made an event: the same actor on both sides, or no country on either. */
function unpaired(sources: readonly Actor[], targets: readonly Actor[]): DroppedEvent['reason'] {
  return sources.some((a) => targets.some((b) => a.code === b.code)) ? 'same-actor' : 'no-country';
}

function pushPair(
  ctx: SentenceContext,
  out: Event[],
  base: Omit<Found, 'source' | 'sourceActor' | 'target' | 'targetActor' | 'symmetric'>,
  source: Role,
  sa: Actor,
  target: Role,
  ta: Actor,
  symmetric: boolean,
): void {
  [sa, ta] = placedPair(
    sa,
    ta,
    base.match.pattern.code,
    () => sentenceAttributes(ctx).placeCountry,
    target.rule,
  );
  if (sa.code === ta.code || (countryless(sa) && countryless(ta))) return;
  ctx.recent.push({
    sentence: ctx.s.index,
    code: base.match.pattern.code,
    a: sa,
    b: ta,
    aRole: source,
    bRole: target,
  });
  out.push(
    buildEvent(ctx.doc, ctx.s.index, {
      ...base,
      source,
      sourceActor: sa,
      target,
      targetActor: ta,
      symmetric,
    }),
  );
}

/** Date, location and contexts are per sentence: computed once for all its patterns. */
function sentenceAttributes(ctx: SentenceContext): SentenceAttributes {
  if (!ctx.attributes) {
    const d = eventDate(ctx.doc, ctx.s);
    ctx.attributes = {
      date: d.date,
      dateGranularity: d.granularity,
      location: locationOf(ctx),
      placeCountry: placeCountry(ctx.mentions),
      contexts: contextsIn(ctx.lexicon, ctx.doc.tokens, ctx.s.tokenStart, ctx.s.tokenEnd),
    };
  }
  return ctx.attributes;
}

function locationOf(ctx: SentenceContext): string | null {
  const place = ctx.mentions.find((m) => m.placeOnly);
  if (place) return ctx.doc.article.text.slice(place.start, place.end);
  return ctx.doc.dateline?.place ?? null;
}

export function eventsStage(lexicon: Lexicon): Stage {
  return {
    name: 'events',
    requires: ['sentences', 'tokens', 'mentions'],
    assigns: ['events'],
    run: function events(doc: Doc): Doc {
      const { events, dropped } = codeEvents(doc, lexicon);
      return { ...doc, events, dropped };
    },
  };
}

/** `role` when its mention opens the object of the preposition at `prep`: "to (the Libyan) coast". */
function objectOfPreposition(doc: Doc, role: Role | undefined, prep: number): Role | undefined {
  if (!role) return undefined;
  for (let i = prep + 1; i < role.mention.tokenStart; i++)
    if (doc.tokens[i].pos !== 'DET' && doc.tokens[i].pos !== 'ADJ' && doc.tokens[i].pos !== 'NUM')
      return undefined;
  return role;
}
