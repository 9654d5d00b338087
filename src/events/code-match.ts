import { peopleOfArticle } from '../actors/index.ts';
import {
  type Actor,
  actorWith,
  type Doc,
  type DroppedEvent,
  type Event,
  type Mention,
  type Sentence,
  type Token,
} from '../model/index.ts';
import { agentInPattern, findAgent } from './agent.ts';
import { backgroundNoun, datedPastNoun, formerEventNoun, topicNoun } from './background.ts';
import type { Found } from './build.ts';
import { causeNoun } from './cause-nouns.ts';
import {
  calledLone,
  directObject,
  eventNounSubject,
  eventNounTheme,
  gerundModifier,
  harmVerbBefore,
  infinitiveOfObject,
  loneIndividual,
  passiveAdjunct,
  pronounObject,
  protestAim,
  rightBeforeVerbGroup,
  subjectOfOtherVerb,
} from './clauses.ts';
import type { SentenceContext } from './context.ts';
import { figurativeHostage } from './figurative-hostage.ts';
import { fromAgentRoles } from './from-agent.ts';
import { helpBetweenStates } from './help.ts';
import {
  agentAtAnchor,
  capitalNamingEvent,
  headedBy,
  modifierOfCompoundNoun,
  objectOfPreposition,
  PLACE_REACH,
  placeTarget,
  slotFilled,
  withoutPatternWords,
} from './match-roles.ts';
import { modalityAt, noneActs } from './modality.ts';
import { doubtedObject } from './noun-predicate.ts';
import { conformingParticiple, strandedBeforeTime, thingBeforeParticiple } from './participles.ts';
import {
  coordinatedSubject,
  implicitPartner,
  partiesBetween,
  partnersOverTopic,
  reciprocal,
  subjectParties,
} from './partners.ts';
import type { PatternMatch } from './patterns.ts';
import { domesticTarget, onlyCountry, ownPeopleUnderRule, ownStateFaced } from './place-country.ts';
import { predictedByOther } from './predicted.ts';
import { officialsProtestNoun } from './protest-nouns.ts';
import { withModality } from './refusal.ts';
import { findRelativeAntecedent } from './relatives.ts';
import { reportedDoer } from './reported-doer.ts';
import { drop, pushPair, pushPartners, sentenceAttributes, unpaired } from './results.ts';
import { canAct, type Role } from './roles.ts';
import {
  clauseIsOwnAct,
  demandsOfHomeGovernment,
  MUTUAL_ROOTS,
  makerAimed,
  notAtPlace,
  ONE_WAY_INTENTS,
  proposalEnds,
  purposeEnds,
  REACTION_ROOTS,
  SET_AT_HOME_ROOTS,
  takesImplicitTarget,
} from './roots.ts';
import { scareQuotedForce } from './scare-quoted-force.ts';
import { findSource } from './source.ts';
import { findTarget, ownerOfPassiveSubject } from './target.ts';
import { unidentifiedForce } from './unattributed.ts';
import { announcedAttack, verbalAttack } from './verbal-attack.ts';
import { prenominalVisiting } from './visiting.ts';
import { informationalWarning } from './warnings.ts';
import { weaponCode } from './weapons.ts';
import { witnessedForce } from './witnessed-force.ts';
import { BOUNDARY, TARGET_PREPOSITIONS } from './words.ts';

const PLACE_MODES = new Set(['visit', 'host', 'meet']);
/** Sectors of private people: civilians and refugees travel on their own account. */
const PRIVATE = new Set(['CVL', 'REF']);

/** How far after a condemned act's noun its "by" agent may stand ("the killing of protesters by police"). */
const VICTIM_REACH = 8;
/** How far after a passive verb its "by" agent may stand ("were killed in an air strike by …"). */
const PASSIVE_AGENT_REACH = 8;
/**
 * How far after an aid verb the place whose people get the aid may stand: its purpose clause may
 * run long ("gave 352.5 million euros to promote private investment and … development in Ethiopia").
 */
const AID_PLACE_REACH = 18;
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
  'source:named-in-unnamed-subject',
  'source:named-before-apposition',
  'source:object-of-control-verb',
]);

function clauseStart(doc: Doc, s: Sentence, anchor: number): number {
  for (let i = anchor - 1; i >= s.tokenStart; i--) if (doc.tokens[i].text === ';') return i + 1;
  return s.tokenStart;
}

/**
 * A verb whose act is not done still has its subject, which a verb joined to it by "and" shares:
 * "Obama spoke about sending troops to Iraq and urged Congress to act" (coordinatedSubject reads
 * the subjects of the verbs before). Active verbs only: a passive's subject is its target.
 */
function recordSubjectOfDroppedVerb(ctx: SentenceContext, m: PatternMatch, passive: boolean): void {
  const { doc, s, mentions } = ctx;
  if (passive || m.pattern.passive || doc.tokens[m.anchor].pos !== 'VERB') return;
  const subject = coordinatedSubject(ctx, m) ?? findSource(doc, mentions, m.anchor, s.tokenStart, s.tokenEnd);
  if (subject) ctx.subjects.set(m.anchor, subject);
}

export function codeMatch(ctx: SentenceContext, m: PatternMatch, dropped: DroppedEvent[]): Event[] {
  const { doc, s, mentions } = ctx;
  const last = m.positions.at(-1)!;
  const clauseFrom = clauseStart(doc, s, m.anchor);
  const own = modalityAt(doc.tokens, m.anchor, clauseFrom, m.positions);
  // "conducting possible future military operations against Syria": only possible
  const doubted = own.negated || own.hypothetical ? undefined : doubtedObject(doc.tokens, m, clauseFrom);
  const mod = doubted ? { ...own, hypothetical: true, future: false, cue: doubted } : own;
  // refusals, ultimatums, intentions and threats; negated and hypothetical acts are dropped
  const modal = withModality(doc.tokens, m, mod, s.tokenEnd);
  if (!modal) {
    dropped.push(drop(doc, s, m, mod.negated ? 'negated' : 'hypothetical'));
    recordSubjectOfDroppedVerb(ctx, m, mod.passive);
    return [];
  }
  // "a clean spending measure, as urged by the president", "as requested by Governor Thompson":
  // said of what the clause names, not an act between its actors
  if (conformingParticiple(doc.tokens, m.anchor, clauseFrom, s.tokenEnd)) {
    dropped.push(drop(doc, s, m, 'no-source'));
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
      agentInPattern(doc, mentions, m.anchor, last) ??
      modifierOfCompoundNoun(doc.tokens, mentions, m, true);
    // "blocked a press statement supported by Britain", "has taken up legislation backed by
    // Obama": a participle right after a noun no actor names is said of that noun, past an
    // adverb too ("measures previously agreed to by Republicans")
    let b = m.anchor - 1;
    while (b > s.tokenStart && doc.tokens[b].pos === 'ADV') b--;
    const before = doc.tokens[b];
    const ofThing =
      b >= s.tokenStart &&
      before.pos === 'NOUN' &&
      before.lemma !== 'get' && // wink's noun "get" in "will likely get criticized by"
      !mentions.some((x) => x.tokenStart <= b && x.tokenEnd > b);
    // "A camp for Congolese refugees was attacked": the owner of the thing the act befell
    target = ofThing ? undefined : ownerOfPassiveSubject(doc.tokens, mentions, m.anchor, s.tokenStart);
    if (!target && !ofThing) {
      target = findSource(doc, mentions, m.anchor, s.tokenStart, s.tokenEnd);
      if (target) target = { mention: target.mention, rule: 'target:passive-subject' };
    }
    confidence -= 0.1;
  } else {
    // "rallies by the opposition", "a threat by Iran to seize a tanker": an event noun's agent
    // "the kidnapping of the Ecuadorean president by air force paratroopers": past the "of" phrase
    nominalAgent =
      doc.tokens[m.anchor].pos === 'NOUN'
        ? (findAgent(doc, mentions, m.anchor, s.tokenEnd) ??
          findAgent(
            doc,
            mentions,
            last,
            s.tokenEnd,
            doc.tokens[last].lower === 'of' ? PASSIVE_AGENT_REACH : undefined,
          ))
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
          ? gerundModifier(doc.tokens, mentions, m.anchor, s.tokenStart)
          : (modifierOfCompoundNoun(doc.tokens, mentions, m) ??
            agentAtAnchor(doc.tokens, mentions, m) ??
            coordinatedSubject(ctx, m) ??
            findSource(doc, mentions, m.anchor, s.tokenStart, s.tokenEnd));
  }
  // "fighting between A and B", "a meeting between A and B": the two parties, not the subject
  const parties = partiesBetween(ctx, m) ?? subjectParties(ctx, m);
  if (parties?.length === 0) {
    dropped.push(drop(doc, s, m, 'no-target'));
    return [];
  }
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
  // "the 2008 Israeli invasion of Gaza", "an invasion of Gaza four years ago": a past event recalled
  if (source && datedPastNoun(doc.tokens, m.anchor, last, s.tokenStart, s.tokenEnd, doc.article.published))
    source = undefined;
  // "has learned from past negotiations with House Republicans": so too with its partner named
  if (source && formerEventNoun(doc.tokens, m.anchor, s.tokenStart)) source = undefined;
  if (source && !nominalAgent && !passive && eventNounTheme(doc.tokens, m.anchor, s.tokenStart))
    source = undefined;
  // "violating the ceasefire agreement signed in March 2001": the signing is the agreement's
  if (
    source &&
    !passive &&
    CLAUSE_SUBJECTS.has(source.rule) &&
    (!m.positions.includes(m.anchor + 1) || strandedBeforeTime(doc.tokens, m.anchor, s.tokenEnd)) &&
    thingBeforeParticiple(doc.tokens, mentions, m.anchor, s.tokenStart, s.tokenEnd)
  )
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
  // "offered assistance in the battle against ISIS": a struggle with no owner names a cause
  if (
    source &&
    !nominalAgent &&
    !passive &&
    CLAUSE_SUBJECTS.has(source.rule) &&
    causeNoun(doc.tokens, m.anchor, s.tokenStart)
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
  if (!source && !passive) source = firedByAgent(doc.tokens, mentions, m.anchor, s.tokenStart);
  // "a New Mexico man threatened a school": a lone individual with no group acts for no one
  if (!source || (!passive && loneIndividual(source.mention)) || calledLone(doc.tokens, source.mention)) {
    dropped.push(drop(doc, s, m, 'no-source'));
    return [];
  }
  // "tried to restore order at the convention after a day marked by street protests": a protest
  // noun whose doer the clause's subject only stands for is no official's act, but a crowd's
  if (
    !passive &&
    CLAUSE_SUBJECTS.has(source.rule) &&
    officialsProtestNoun(doc.tokens, m, source.mention, s.tokenStart)
  ) {
    dropped.push(drop(doc, s, m, 'no-source'));
    return [];
  }
  // "no congressional leaders directly asked him": none of them acted
  if (!passive && noneActs(doc.tokens, source.mention.tokenStart)) {
    dropped.push(drop(doc, s, m, 'negated'));
    return [];
  }
  // "warned lawmakers that taxpayers may not be able to file": news, not a threat
  if (!passive && informationalWarning(doc.tokens, mentions, m, source.mention, s.tokenEnd)) {
    dropped.push(drop(doc, s, m, 'informational'));
    return [];
  }
  // "Syrian activists reported several airstrikes": force the subject saw, not used
  if (!passive && witnessedForce(doc.tokens, m.pattern.code, m.anchor, source.mention, s.tokenStart)) {
    dropped.push(drop(doc, s, m, 'no-source'));
    return [];
  }
  ctx.subjects.set(m.anchor, source);
  let sources = source.mention.actors;
  const exclude = new Set<string>(sources.map((a) => a.code));
  // "Perry deployed 1,000 Texas National Guard troops to the border": a force posture (15) moves
  // the source's own forces; they are what it deploys, not whom it faces
  const moved = new Set(m.pattern.code.startsWith('15') ? ownForces(sources) : []);
  for (const a of moved) exclude.add(a);
  // "Israeli and Palestinian leaders" act on neither country; people placed only by the story do not
  if (sources.length > 1) for (const a of sources) if (!peopleOfArticle(a)) exclude.add(a.country);
  const mode = m.pattern.mode;
  // "Israel's airstrikes send a signal to Iran": the object of the noun's own verb is no target
  // of the noun (asked only where a target is still to be found)
  if (!target && !passive && !subjectOfOtherVerb(doc.tokens, ctx.matches, m.anchor, last, s.tokenEnd)) {
    // the target may sit inside the matched words ("rejected a Senegalese peace plan"), but is
    // not one of them ("expressed strong opposition to the plan": the opposition is no party)
    const candidates = withoutPatternWords(doc.tokens, mentions, m.positions, m.pattern.code);
    // nor the source after its verb ('"The raids must stop," warned the Iranian government'); (a
    // new array only where a capital names an event's place or the source follows: most have neither)
    const speaker = source.mention;
    const objects = candidates.some((x) => x === speaker || capitalNamingEvent(doc.tokens, x))
      ? candidates.filter((x) => x !== speaker && !capitalNamingEvent(doc.tokens, x))
      : candidates;
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
      placeMode || purposeEnds(m.pattern.code),
      clauseIsOwnAct(m.pattern.code),
      proposalEnds(m.pattern.code),
      makerAimed(m.pattern.code),
    );
    /** The object of the preposition at `k`, when it is an actor. */
    const objectAfter = (k: number) =>
      objectOfPreposition(doc, findTarget(doc, objects, k, exclude, placeMode, undefined, reaction), k);
    // …unless the pattern ends in the preposition that introduces it: "providing military
    // intelligence to Macedonia" aims at Macedonia, not at the intelligence
    if (
      target &&
      m.targetAt === undefined &&
      target.mention.tokenStart < last &&
      TARGET_PREPOSITIONS.has(doc.tokens[last].lower)
    )
      target = objectAfter(last) ?? target;
    // "sent emergency supplies and personnel such as doctors to Nepal": people with no country
    // among what is given are sent, and the country after "to" receives them; so are the arms
    // of an intent to give them ("will sell fighter jets to Taiwan", 0332)
    if (target && (m.pattern.code.startsWith('07') || m.pattern.code.startsWith('033'))) {
      const to = countrylessObjectBeforeTo(doc.tokens, target.mention, s.tokenEnd);
      if (to >= 0) target = objectAfter(to) ?? target;
    }
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
    // "two soldiers were killed in a U.S. airstrike": the doer modifies the noun, the harmed are the subject
    if (!target && source.rule === 'source:possessor-of-event-noun') {
      const harm = harmVerbBefore(doc.tokens, m.anchor, s.tokenStart);
      const victim = harm < 0 ? undefined : findSource(doc, mentions, harm, s.tokenStart, s.tokenEnd);
      if (
        victim &&
        victim.mention !== source.mention &&
        !victim.mention.actors.some((a) => exclude.has(a.code)) &&
        rightBeforeVerbGroup(doc.tokens, victim.mention.tokenEnd, harm)
      )
        target = { mention: victim.mention, rule: 'target:harmed-subject' };
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
      own.mention.actors.every((a) => exclude.has(a.code) && !a.code.startsWith('---')) &&
      !moved.has(own.mention.actors[0]?.code ?? '')
    ) {
      // …but a coordinated subject is several sources: in "Rubio and Portman criticized Obama"
      // the conjuncts that are not the object's own actor still act on it
      const others = sourcesOtherThan(sources, own.mention.actors);
      if (others.length === 0) {
        dropped.push(drop(doc, s, m, 'same-actor'));
        return [];
      }
      sources = others;
      target = own;
    }
  }
  // `mutual`: "Obama and Netanyahu agreed that Iran must…": Iran is what they agreed about
  if (m.pattern.mutual && target?.rule !== 'target:after-with') target = undefined;
  if (partnersOverTopic(m, sources, target)) target = undefined;
  if (m.pattern.slotOnly && !slotFilled(doc.tokens, m, target)) {
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
  // "analysts say Iran will attack Israel": a prediction, not Iran's threat
  if (predictedByOther(doc.tokens, mentions, m, source.mention, s.tokenStart, s.tokenEnd)) {
    dropped.push(drop(doc, s, m, 'hypothetical'));
    return [];
  }
  if (target && !helpBetweenStates(doc, m, source.mention, target.mention)) {
    dropped.push(drop(doc, s, m, 'no-target'));
    return [];
  }
  // "Romney will attack Obama on taxes": announced words, no threat of force
  if (target && announcedAttack(m) && verbalAttack(doc, m, source.mention, target.mention, true)) {
    dropped.push(drop(doc, s, m, 'hypothetical'));
    return [];
  }
  // "lawmakers were trying to hold Americans hostage": a figure of obstruction, no abduction
  if (
    target &&
    (figurativeHostage(doc, m, source.mention, target.mention) ||
      scareQuotedForce(doc, m, source.mention, target.mention))
  ) {
    dropped.push(drop(doc, s, m, 'guard'));
    return [];
  }
  if (target && verbalAttack(doc, m, source.mention, target.mention))
    m = {
      ...m,
      pattern: { ...m.pattern, code: '111', mode: undefined },
      recoded: 'verbal-attack:on-a-person',
    };
  // "killed by a US drone strike", "attacking rebels with rockets": force with a named weapon
  const weapon = weaponCode(doc.tokens, m, source.mention, s.tokenEnd);
  if (weapon)
    m = { ...m, pattern: { ...m.pattern, code: weapon, mode: undefined }, recoded: `weapon:${weapon}` };
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
    // "the Sudanese government and the SPLA agreed to allow access for people in need": the parties
    // that agreed to do something agreed with each other too
    if (sources.length > 1 && agreedTogether(doc.tokens, m)) {
      const agreed = { ...m, pattern: { ...m.pattern, code: '030', mode: undefined, symmetric: true } };
      pushPartners(ctx, out, { ...base, match: agreed, confidence: base.confidence - 0.05 }, source, sources);
    }
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
    pushPartners(ctx, out, { ...base, confidence: base.confidence - 0.05 }, source, sources);
    if (out.length > 0) return out;
  }
  // the fallbacks below pair every source with one target found beyond the clause
  const from = source;
  const pairAll = (role: Role, actorFor: (sa: Actor) => Actor, confidence: number, symmetric: boolean) => {
    for (const sa of sources)
      pushPair(ctx, out, { ...base, confidence }, from, sa, role, actorFor(sa), symmetric);
    return out.length > 0;
  };
  const partner = takesImplicitTarget(m.pattern.code) ? implicitPartner(ctx, m, sources) : undefined;
  if (partner && pairAll(partner.role, () => partner.actor, 0.45, m.pattern.symmetric)) return out;
  // "Israel launched air strikes … Salam condemned the strikes": a reaction to an act told just before
  const doer = reportedDoer(ctx, m, sources);
  if (doer && pairAll(doer.role, () => doer.actor, 0.5, false)) return out;
  // "blocked roads … to press their demands for freedom from President Bouteflika's
  // government": a protest's purpose names whom it is against
  const aim = protest ? protestAim(doc.tokens, mentions, last, s.tokenEnd, exclude) : undefined;
  if (aim && pairAll(aim, (sa) => domesticTarget(sa, aim.mention.actors[0]), 0.6, false)) return out;
  // "imposed a curfew in Algiers", "shelled Aleppo": with no actor, the place's people are the
  // target; a protest with none ("demonstrated in Serbia", "a rally in Lagos to protest") is
  // against the government of the place where it is held. A mutual act's parties are its
  // subjects: "researchers agree that … in the American health-care system" names no party
  const placed =
    !m.pattern.mutual && (protest || !notAtPlace(m.pattern.code))
      ? placeTarget(
          ctx,
          m.anchor,
          exclude,
          protest,
          m.pattern.code.startsWith('07') ? AID_PLACE_REACH : PLACE_REACH,
        )
      : undefined;
  const place =
    placed && !protest && demandsOfHomeGovernment(m.pattern.code) ? homeGovernment(placed, sources) : placed;
  // "Obama praises arrest in Boston", "gave $1 million in Colorado": appeals, praise, cooperation
  // and aid at home are set in the place, not aimed at its people
  const atHome =
    !!place &&
    SET_AT_HOME_ROOTS.has(m.pattern.code.slice(0, 2)) &&
    sources.some((sa) => sa.country === place.actor.country);
  if (place && !atHome && pairAll(place.role, () => place.actor, 0.5, false)) return out;
  // "Egyptian authorities imposed a curfew in three provinces": a state's emergency rule with no
  // people or place named falls on its own people
  const emergency = m.positions.some((p) => doc.tokens[p].lower === 'emergency');
  const ruled = (sa: Actor) => ownPeopleUnderRule(sa, m.pattern.code, emergency) ?? sa;
  const underRule = { mention: from.mention, rule: 'target:own-people-under-rule' };
  if (sources.some((sa) => ruled(sa) !== sa) && pairAll(underRule, ruled, 0.5, false)) return out;
  // "Thousands of Mexican workers protested", "the rebels declared a ceasefire": people's dissent
  // and rebels' de-escalation with no one named face their own state; not an event noun's act,
  // which may be only planned ("an agreement on carrying out a protest demonstration"), nor one
  // asked of the object of another verb ("pressuring workers to cancel the strike")
  const done =
    (doc.tokens[m.anchor].pos === 'VERB' &&
      !infinitiveOfObject(doc.tokens, from.mention, m.anchor, s.tokenStart)) ||
    // "organized a general strike that shut down the capital in protest of…": an act done in protest
    (doc.tokens[m.anchor].lemma === 'protest' && doc.tokens[m.anchor - 1]?.lower === 'in');
  const sole = () => onlyCountry(mentions, () => true);
  const faced = (sa: Actor) => (done ? ownStateFaced(sa, m.pattern.code, sole) : undefined) ?? sa;
  const ownState = { mention: from.mention, rule: 'target:own-state-faced' };
  if (sources.some((sa) => faced(sa) !== sa) && pairAll(ownState, faced, 0.45, false)) return out;
  dropped.push(drop(doc, s, m, 'no-target'));
  return out;
}

/** An intention pattern opened by "agreed to": "agreed to allow access for…", "have agreed to resume". */
function agreedTogether(tokens: readonly Token[], m: PatternMatch): boolean {
  const first = m.positions[0];
  return (
    m.pattern.code.startsWith('03') && tokens[first].lemma === 'agree' && tokens[first + 1]?.lower === 'to'
  );
}

/**
 * The subject's actors with a country whose code is none of the object's: the other conjuncts of
 * "Rubio and Portman criticized Obama" (a countryless "the government of Venezuela" is no other party).
 */
function sourcesOtherThan(sources: readonly Actor[], objects: readonly Actor[]): Actor[] {
  return sources.filter((sa) => !sa.code.startsWith('---') && !objects.some((ta) => ta.code === sa.code));
}

/**
 * The government of a place whose people an act would target, when a source is of that country
 * ("activists demanding political changes in Saudi Arabia"), or undefined ("Hollande called for an
 * intervention in Mali"). A government demanding change at home addresses none.
 */
function homeGovernment(
  place: { role: Role; actor: Actor },
  sources: readonly Actor[],
): { role: Role; actor: Actor } | undefined {
  const country = place.actor.country;
  const code = `${country}GOV`;
  if (!sources.some((sa) => sa.country === country && sa.code !== code)) return undefined;
  return {
    role: { mention: place.role.mention, rule: 'target:government-of-demand-place' },
    actor: actorWith(place.actor, { code, sector: 'GOV', rules: [...place.actor.rules, 'demand-at-home'] }),
  };
}

/** How far after a country-less object of giving its "to" may be. */
const GIVEN_TO_REACH = 6;

/**
 * The "to" after `m`, a direct object whose actors have no country ("doctors", "advisers"), within
 * a few words of the same clause: what is given, not who receives it; or -1.
 */
function countrylessObjectBeforeTo(tokens: readonly Token[], m: Mention, end: number): number {
  if (!m.actors.every((a) => a.country === '---')) return -1;
  for (let i = m.tokenEnd; i < end && i <= m.tokenEnd + GIVEN_TO_REACH; i++) {
    if (BOUNDARY.has(tokens[i].text) || tokens[i].pos === 'VERB') return -1;
    if (tokens[i].lower === 'to') return i;
  }
  return -1;
}

/** Weapons whose firing a "fired by" phrase names the doer of. */
const FIRED_WEAPONS = new Set(['missile', 'rocket', 'shell', 'mortar', 'projectile', 'drone']);

/**
 * "A missile fired by Houthi rebels struck a Saudi oil facility": the subject is a weapon, and
 * the actor after its "fired by" or "launched by" did what the weapon did.
 */
function firedByAgent(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  anchor: number,
  from: number,
): Role | undefined {
  for (let i = from + 1; i + 2 < anchor; i++) {
    if (tokens[i + 1].lower !== 'by' || !(tokens[i].lower === 'fired' || tokens[i].lower === 'launched'))
      continue;
    if (!FIRED_WEAPONS.has(tokens[i - 1].lemma)) return undefined;
    const x = mentions.find(
      (x) => x.tokenStart > i + 1 && x.tokenStart <= i + 3 && canAct(x) && !x.placeOnly,
    );
    if (!x) return undefined;
    // only the agent's phrase and a verb group between it and the act
    for (let k = x.tokenEnd; k < anchor; k++)
      if (tokens[k].pos !== 'AUX' && tokens[k].pos !== 'ADV') return undefined;
    return { mention: x, rule: 'source:agent-of-fired-weapon' };
  }
  return undefined;
}

/** The military codes of the sources' countries: "USAMIL" for a US governor. */
function ownForces(sources: readonly Actor[]): string[] {
  return sources.filter((a) => /^[A-Z]{3}$/.test(a.country)).map((a) => `${a.country}MIL`);
}
