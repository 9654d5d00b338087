import { countryless, HONORIFICS } from '../actors/index.ts';
import { type Doc, type Mention, mentionWith, type Token } from '../model/index.ts';
import { isCapitalized, isLowerInitial } from '../nlp/capitals.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../nlp/index.ts';
import { meansGerund } from './agent.ts';
import { COMPOUND_PARTICIPLES } from './participles.ts';
import {
  canAct,
  isModifier,
  ownerOfNextAgent,
  prevWord,
  prevWordIndex,
  type Role,
  TEMPORAL,
} from './roles.ts';
import { insideTopicPhrase } from './topics.ts';
import {
  ATTEMPTS,
  BOUNDARY,
  CLAUSE_PREPOSITIONS,
  OBJECT_PRONOUNS,
  PREPOSITIONS,
  PROPOSALS,
  QUOTES,
  RELATIVE_WORDS,
  RELATIVES,
  REPORTING,
  SUBORDINATORS,
  TARGET_STOPS,
  TIME_NOUNS,
} from './words.ts';

const TARGET_REACH = 16;
const INDEFINITE = new Set(['a', 'an']);
/** The tags of a verb or an auxiliary: a word that can head a clause. */
const VERBAL: ReadonlySet<string | undefined> = new Set(['VERB', 'AUX']);
const REFLEXIVE = new Set(['its', 'their', 'his', 'her', 'own']);

/** Whether `t` is a verb that can head a clause: "after Obama rejected", not "a committee probing". */
function finiteVerb(t: Token | undefined): boolean {
  return !!t && VERBAL.has(t.pos) && !t.lower.endsWith('ing');
}

/**
 * Verbs that give their object's deed after "for" or "of": "blamed X for …", "accused X of …",
 * "praised X for …".
 */
const REASON_VERBS = new Set([
  'blame',
  'accuse',
  'criticize',
  'criticise',
  'fault',
  'praise',
  'thank',
  'credit',
  'condemn',
  'slam',
  'blast',
  'rebuke',
  'chastise',
  'scold',
  'denounce',
  'castigate',
  'lambaste',
  'commend',
  'applaud',
  'hail',
  'punish',
  'sue',
  'attack',
  'hammer',
  'charge',
]);

/** Verbs that also give their object's deed after "with": "charged X with supporting …", "credited X with helping …". */
const WITH_REASON_VERBS = new Set(['charge', 'credit']);

/**
 * Whether the gap after a verb of blame or praise at `anchor` runs through the deed it gives
 * for a non-actor object: "blamed capitalism for impoverishing Argentines", "accused the policy of
 * hurting farmers", "charging its neighbor with supporting dissidents". The blamed object is not
 * an actor, and the deed's object is not the target.
 */
function reasonGerund(tokens: readonly Token[], anchor: number, gap: readonly Token[]): boolean {
  const verb = tokens[anchor].lemma;
  if (!REASON_VERBS.has(verb)) return false;
  const withToo = WITH_REASON_VERBS.has(verb);
  return gap.some(
    (t, k) =>
      (t.lower === 'for' || t.lower === 'of' || (withToo && t.lower === 'with')) &&
      k > 0 &&
      (gap[k - 1].pos === 'NOUN' || gap[k - 1].pos === 'PROPN') &&
      gerund(gap[k + 1]),
  );
}

/** Articles that may stand between "as" and a role. */
const ARTICLES = new Set([...INDEFINITE, 'the']);

/** Words before "as" that make what follows an instance or an addition, not a role. */
const NOT_ROLE_AS = new Set(['such', 'well', 'same']);

/**
 * Whether mention `m` follows "as" (and an article) naming a role: "as a presidential candidate".
 * Asked of offices and groups only, before anything else about them; for any other mention, "as"
 * followed by its verb opens a clause (see asRoleOrInstance).
 */
function asRole(tokens: readonly Token[], m: Mention): boolean {
  let i = m.tokenStart - 1;
  if (i >= 0 && ARTICLES.has(tokens[i].lower)) i--;
  return i > 0 && tokens[i].lower === 'as' && !NOT_ROLE_AS.has(tokens[i - 1].lower);
}

/** A gerund, which the tagger may call a noun ("of arming rebels"); not "thing" or "nothing". */
function gerund(t: Token | undefined): boolean {
  return (
    !!t &&
    (t.pos === 'VERB' || t.pos === 'NOUN') &&
    t.lower.endsWith('ing') &&
    t.lower.length > 5 &&
    !t.lower.endsWith('thing')
  );
}

/**
 * A noun whose "that"-clause holds no target: not a time ("said Monday that"), nor a demand or
 * warning, whose clause's subject is whom it is made to ("insisted on its demands that
 * Burundi's government grant…", "demanding assurances that there is no American eavesdropping").
 */
function contentNoun(t: Token): boolean {
  return (
    t.pos === 'NOUN' && !TEMPORAL.has(t.lower) && !TIME_NOUNS.has(t.lemma) && !ADDRESSED_NOUNS.has(t.lemma)
  );
}
const ADDRESSED_NOUNS = new Set([
  'demand',
  'call',
  'appeal',
  'request',
  'ultimatum',
  'insistence',
  'assurance',
  'guarantee',
  'warning',
  'threat',
]);

/** Conjunctions that open a subordinate clause with its own subject and objects. */
const CLAUSE_OPENERS = new Set(['when', 'whenever', 'if', 'unless']);
/** Words that open such a clause only when a verb follows ("until they reached", not "until 6 a.m."). */
const TIME_CLAUSE_OPENERS = new Set(['until', 'once']);

/** "as soon as", "as long as": gap word `k` opens a clause of time or condition ("will step down as soon as parliament approves"). */
function asSoonAs(gap: readonly Token[], k: number): boolean {
  return (
    gap[k].lower === 'as' &&
    (gap[k + 1]?.lower === 'soon' || gap[k + 1]?.lower === 'long') &&
    gap[k + 2]?.lower === 'as'
  );
}

/** Words that open a clause of time or circumstance when a subject and its verb follow: "as street battles raged". */
const CIRCUMSTANCE_OPENERS = new Set(['as', 'while', 'whilst']);
/** Words before "as" that make it no clause opener: "such as", "as well as", "so as to". */
const NOT_CLAUSE_AS = new Set(['such', 'well', 'same', 'so', 'much', 'many']);
/**
 * Tags of a noun phrase before its head, as a clause's subject may hold before its verb: "street
 * battles", "the two armies", "and the two sides' negotiations were…", "a temporary camp".
 */
const SUBJECT_PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/**
 * Whether gap word `k` opens a clause of its own, "as" or "while" with a noun phrase that names
 * no actor and then its finite verb, all inside the gap: "imposed martial law as street battles
 * raged in central Baghdad between insurgents and security forces". Its actors are that clause's,
 * not the act's.
 */
function subordinateClause(gap: readonly Token[], k: number): boolean {
  if (!CIRCUMSTANCE_OPENERS.has(gap[k].lower) || NOT_CLAUSE_AS.has(gap[k - 1]?.lower ?? '')) return false;
  const verb = verbAfterSubject(gap, k + 1, NOUNS_AND_NAMES);
  return (
    verb !== undefined &&
    (verb.pos === 'AUX' || (verb.pos === 'VERB' && !verb.lower.endsWith('ing') && !verb.lower.endsWith('en')))
  );
}

/**
 * Whether gap word `k` is "and" or "but" followed by a noun phrase and then its finite verb,
 * all inside the gap: a clause of its own ("… and negotiations were continuing with Argentina").
 * Not a compound object ("condemned the attack and the killing of …"), nor a participle
 * ("sanctions and troops deployed by …"), which make no clause.
 */
function clauseAfterConjunction(gap: readonly Token[], k: number): boolean {
  if (gap[k].lower !== 'and' && gap[k].lower !== 'but') return false;
  const verb = verbAfterSubject(gap, k + 1, COMMON_NOUNS);
  return verb !== undefined && verb.pos === 'AUX' && !verb.lower.endsWith('ing');
}

/** The words one of which a clause's subject phrase must hold: a noun, or also a name. */
const COMMON_NOUNS: ReadonlySet<string> = new Set(['NOUN']);
const NOUNS_AND_NAMES: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/**
 * The word after the subject phrase that starts at gap word `from` (SUBJECT_PHRASE_TAGS), when
 * that phrase holds a word tagged in `heads` and the gap goes on past it: the clause's verb, for
 * its caller to judge.
 */
function verbAfterSubject(
  gap: readonly Token[],
  from: number,
  heads: ReadonlySet<string>,
): Token | undefined {
  let j = from;
  let head = false;
  for (; j < gap.length && SUBJECT_PHRASE_TAGS.has(gap[j].pos); j++) if (heads.has(gap[j].pos)) head = true;
  return head && j < gap.length ? gap[j] : undefined;
}

/** Whether a verb follows token `i` within a few words, before any punctuation: "until they reached". */
function verbFollows(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + 6 && tokens[j].sentence === tokens[i].sentence; j++) {
    if (tokens[j].pos === 'PUNCT') return false;
    if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') return true;
  }
  return false;
}

/** Words before "than" that count ("more than 1,400 people") rather than compare. */
const QUANTIFIERS = new Set(['more', 'less', 'fewer']);

/** Verbs that stand for the main one after "as": "opposed the plan, as has Sen. Paul". */
const PRO_VERBS = new Set(['have', 'do', 'be']);

/**
 * Whether gap word `k` opens the other side of a comparison, not a party: a "than" that compares
 * ("a much narrower category than the administration's", "rather than to the people", "countries
 * other than West Germany"; "more than 1,400 people" counts them) or "as" with a verb standing
 * for the main one ("voiced opposition to the plan, as has Sen. Rand Paul", "as did members of
 * both parties").
 */
function comparison(gap: readonly Token[], k: number): boolean {
  const word = gap[k].lower;
  if (word === 'as') return PRO_VERBS.has(gap[k + 1]?.lemma ?? '') && gap[k - 1]?.text === ',';
  return word === 'than' && !QUANTIFIERS.has(gap[k - 1]?.lower ?? '');
}

/**
 * Whether a name (capitalized words from a proper noun on, past a courtesy title) that no
 * mention covers fills the slot: "asked George to", not "taking New York City Mayor Michael
 * Bloomberg to task" (a mention inside the name) nor "head to St. Petersburg, Russia" (a place
 * with its country).
 */
function unknownName(tokens: readonly Token[], mentions: readonly Mention[], slot: number): boolean {
  let k = slot;
  while (k < tokens.length && HONORIFICS.has(tokens[k].lower)) k++;
  let end = k;
  while (end < tokens.length && NAME_POS.has(tokens[end].pos) && isCapitalized(tokens[end].text)) end++;
  if (
    end === k ||
    tokens[k].pos !== 'PROPN' ||
    tokens[end]?.text === ',' ||
    MONTH_NAMES.has(tokens[k].lower) ||
    WEEKDAY_NAMES.has(tokens[k].lower)
  )
    return false;
  return !mentions.some((x) => x.tokenEnd > k && x.tokenStart <= end);
}

/** Tags of a name's words: "New York City Mayor Michael Bloomberg" ("City" is a noun). */
const NAME_POS = new Set(['PROPN', 'NOUN']);

/**
 * The target right of the pattern: the first actor mention within the clause whose code
 * differs from the source's. `$` slots ask for the mention starting there.
 */
export function findTarget(
  doc: Doc,
  mentions: readonly Mention[],
  after: number,
  exclude: ReadonlySet<string>,
  allowPlaces: boolean,
  slot?: number,
  reaction = false,
  patternEnd = after,
  purposeEnds = allowPlaces,
  clauseOwnAct = false,
  proposalEnds = false,
  makerAimed = reaction,
): Role | undefined {
  const tokens = doc.tokens;
  if (slot !== undefined) {
    // within two words of the slot, and not past a comma or a clause's punctuation ("off our
    // backs," he says); a quotation may open there ('thanks "Senator Kerry for…')
    const m = mentions.find(
      (x) =>
        x.tokenStart >= slot &&
        x.tokenStart <= slot + 2 &&
        (canAct(x) || allowPlaces) &&
        !backerOfNextActor(tokens, mentions, x) &&
        !ownerOfNextAgent(tokens, mentions, x) &&
        !tokens
          .slice(slot, x.tokenStart)
          .some((t) => t.text === ',' || (BOUNDARY.has(t.text) && !QUOTES.has(t.text))),
    );
    if (m) return { mention: m, rule: 'target:pattern-slot' };
    // "asked George to provide more information on groups targeted by the IRS": a name in the
    // slot that is no known actor is still the party; an actor further on does not stand in
    if (unknownName(tokens, mentions, slot)) return undefined;
  }
  const from = warnedAbout(tokens, after);
  let fronted: boolean | undefined; // asked once, at the first comma
  for (const m of mentions) {
    if (m.tokenStart <= from) continue;
    if (m.tokenStart - after > TARGET_REACH) break;
    const gap = tokens.slice(after + 1, m.tokenStart);
    if (gap.some((t) => BOUNDARY.has(t.text) || TARGET_STOPS.has(t.lower))) break;
    const comma = gap.findLastIndex((t) => t.text === ',');
    if (comma >= 0) {
      // "As Obama mulled his next steps, the aides…": the comma closes the fronted clause
      fronted ??= inFrontedClause(doc, after);
      if (fronted) break;
      // "…, the official news agency said": the attribution after a comma is not the object
      if (opensAttribution(tokens, after + 1 + comma)) break;
      // "Italy, which refused to join the pact, was invited back by Baker": the main clause resumes
      if (gap.some((t, k) => t.text === ',' && gap[k + 1]?.pos === 'AUX')) break;
    }
    // "met his wife when he was a cadet at the U.S. Military Academy": a clause of its own
    // ("protested when Israel seized the ship" is a reaction aimed at its subject)
    if (
      !reaction &&
      gap.some(
        (t, k) =>
          CLAUSE_OPENERS.has(t.lower) ||
          asSoonAs(gap, k) ||
          (TIME_CLAUSE_OPENERS.has(t.lower) && verbFollows(tokens, after + 1 + k)),
      )
    )
      break;
    // "imposed martial law as street battles raged … between insurgents and security forces": a
    // clause with a subject that names no actor holds its own parties, for a reaction too
    if (gap.some((_, k) => subordinateClause(gap, k))) break;
    // "grant a path to citizenship to a narrower category than the administration's", "voiced
    // opposition to the plan, as has Sen. Rand Paul"
    if (gap.some((_, k) => comparison(gap, k))) break;
    // "deployed missile defense batteries, and Chinese tour groups canceled visits": a comma and a
    // conjunction before an actor with its own finite verb open a clause, whose subject is no target
    // ("Japan has deployed missile defense systems, some Chinese tour groups have canceled visits":
    // without the conjunction too, when only determiners stand between the comma and the actor)
    if (
      gap.some(
        (t, k) => t.text === ',' && (COORDINATORS.has(gap[k + 1]?.lower) || determinersOnly(gap, k + 1)),
      ) &&
      subjectOfVerb(tokens, m)
    )
      break;
    // "condemned the decision and threatened …": the next verb's object is not this one's
    if (gap.some((t, k) => (t.lower === 'and' || t.lower === 'but') && gap[k + 1]?.pos === 'VERB')) break;
    // "agreed to disregard penalty payments and negotiations were continuing with Argentina": "and"
    // with a noun and its finite verb opens another clause, whose objects are not this one's
    if (gap.some((_, k) => clauseAfterConjunction(gap, k))) break;
    // "endorsed a proposal to require the president to act": an actor in a noun's infinitive is
    // that act's party, not the object's; "traveled to Ohio to campaign against Romney", "met to
    // plan their next attack on Obama": a purpose clause after a visit or meeting has its own objects
    // "rejected proposals to sanction Uganda": a proposal's infinitive in the pattern's own words
    // is its proposer's wish, not the rejection's object (proposalEnds)
    const infinitive = infinitiveAfter(gap, patternEnd - after, tokens[after]);
    if (
      infinitive === 'of-noun' ||
      (infinitive === 'purpose' && purposeEnds) ||
      (infinitive === 'proposal' && (purposeEnds || proposalEnds))
    )
      break;
    // "blamed capitalism for impoverishing Argentines": the gerund's object is not who is blamed
    if (reasonGerund(tokens, after, gap)) break;
    // "wrapped up a bus tour of Iowa by accusing Romney of…": past the pattern, "by" + gerund is
    // the means, and the gerund's object is its own
    if (gap.some((t, k) => k >= patternEnd - after && t.lower === 'by' && meansGerund(gap[k + 1]))) break;
    // "spoke to donors at a Baltimore fundraiser, blaming Republicans": a participle clause after
    // the object has its own object ("opened fire, killing ten people" has none before it)
    if (participleClause(gap, patternEnd - after)) break;
    // "praised them for pulling troops out": an object pronoun no antecedent resolved is the object
    if (gap.some((t, k) => objectPronoun(t, gap[k + 1]))) break;
    // "supports a system which employers would use": the object ends where a relative clause
    // opens ("demanded that Sudan end curbs" keeps its target: "that" is left alone)
    if (gap.some((t) => RELATIVE_WORDS.has(t.lower))) break;
    // "issued the warning during a stop in Jerusalem, where he briefed Israeli leaders": a
    // clause about a place holds its own parties, not this act's object; a visit's is whom it
    // went to see ("traveled to Asia, where they met with officials in China")
    if (!allowPlaces && gap.some((t) => t.lower === 'where' || t.lower === 'whereupon')) break;
    // "backed a plan that rescinded a raise to teachers": "that" between a noun and its verb
    // opens a relative clause too ("a statement that Israel must…" is a noun's content clause)
    if (
      gap.some(
        (t, k) => t.lower === 'that' && k > 0 && gap[k - 1].pos === 'NOUN' && VERBAL.has(gap[k + 1]?.pos),
      )
    )
      break;
    // "supports the view that Rice…", "slammed the budget framework that the White House…": a
    // clause after a noun past the pattern is the noun's, and its subject no target ("issued a
    // warning that Iran…" is the pattern's own noun; "warned Monday that…" a time)
    if (gap.some((t, k) => t.lower === 'that' && k > 0 && after + k > patternEnd && contentNoun(gap[k - 1])))
      break;
    // "complained that the bill would reward trial lawyers", "rejected claims that his White House
    // leaked secrets to the media", "railed against what they contend is an expansion of
    // government": past a content clause's subject and verb, an actor is that clause's party, not
    // the pattern's (a promise or threat states the source's own act)
    if (!clauseOwnAct && gap.some((_, k) => clausePastSubject(gap, k))) break;
    if (!canAct(m) && !(allowPlaces && m.placeOnly)) continue;
    // "attacked U.S.-backed rebels", "criticized the military-led government": the backer or
    // leader only describes the actor it is joined to, who is the target
    if (backerOfNextActor(tokens, mentions, m)) continue;
    // "opened fire on Morsi supporters", "blamed Assad's forces": the person only says whose the
    // group or office after them is, and that agent is the target
    if (ownerOfNextAgent(tokens, mentions, m)) continue;
    // "acquire the assets of a western Louisiana oil and gas company": a place before another
    // actor's noun phrase only says where that actor is, which is the target
    if (placeBeforeNextActor(tokens, mentions, m)) continue;
    // "stepped down as prime minister", "promised reform as a presidential candidate": an office
    // after "as" is a role, the source's own ("allies such as Britain" is an instance)
    if (m.kind === 'agent' && asRole(tokens, m)) continue;
    // "rejected claims about the shift in U.S. military focus": the topic phrase holds no target,
    // nor does anything further on in it
    if (m.tokenStart > patternEnd && insideTopicPhrase(tokens, m, patternEnd)) break;
    const prep = prevWord(tokens, m)?.lower ?? '';
    // "met on the sidelines of the UN General Assembly", "talks on the margins of the G20": what
    // a meeting is on the sidelines of is where it took place, not whom it was with
    if (prep === 'of' && VENUE_OF.has(tokens[prevWordIndex(tokens, m) - 1]?.lower ?? '')) break;
    // "refused to defend the law in court", "fought the move in courts", "a vote in parliament":
    // a body's bare common noun after "in" is where the act takes place, not whom it is aimed at
    if (prep === 'in' && bareVenue(tokens, m)) continue;
    if (m.actors.every((a) => exclude.has(a.code) || exclude.has(a.country))) {
      // "Republicans criticized Democrats for avoiding … whether Americans are better off": the
      // object is the source's own side, and an actor further on is no stand-in for it
      if (m.tokenStart > patternEnd && ownSideObject(tokens, m, gap.slice(patternEnd - after), prep)) break;
      continue;
    }
    // "met privately, hours after President Obama rejected their plan": "after" with a subject
    // and its verb opens a clause, whose subject is no target; the search ends there
    // ("testify before a House committee probing…" keeps its participle). A reaction aims at
    // that subject: "Iran protested after Israel seized the ship"
    if (!reaction && CLAUSE_PREPOSITIONS.has(prep) && finiteVerb(tokens[m.tokenEnd])) break;
    // "supplied arms to countries Sweden had blacklisted": an actor with its verb right after
    // things past the pattern is the subject of their relative clause; an act aimed at what
    // someone made aims at its maker ("derided the promises Obama made", "investigating remarks
    // Holder made")
    if (!makerAimed && zeroRelativeSubject(tokens, m, patternEnd)) break;
    // "proposed disbanding the group, as officials and media speak of a war": "as" with a subject
    // and its verb opens a clause of its own, for a reaction too; not "allies such as Britain",
    // which lists, nor a role ("since she stepped down as Prime Minister showed…")
    if (prep === 'as' && finiteVerb(tokens[m.tokenEnd]) && !asRoleOrInstance(tokens, m)) break;
    // "to block the bill, and GOP senators are blasting it": "and" + an actor + its verb is
    // another clause, whose subject is no target ("a meeting between management and unions
    // failed" keeps its second party); a courtesy title or a determiner may stand between
    // ("condemned the remarks, and Mr. Obama's campaign accused Mr. Romney")
    const joiner = joinerBefore(tokens, m);
    if (
      (joiner === 'and' || joiner === 'but') &&
      finiteVerb(tokens[m.tokenEnd]) &&
      !gap.some((t) => t.lower === 'between')
    )
      break;
    // "called for a special counsel", "calling for deeper U.S. engagement": what is asked for,
    // not whom ("called for Congress to act", "for Iran's withdrawal" keep their actor)
    if (
      prep === 'for' &&
      (INDEFINITE.has(tokens[m.tokenStart].lower) ||
        (!m.possessive && isModifier(tokens, m, doc.sentences[m.sentence].tokenEnd)))
    )
      continue;
    // "attacked the announcement, with Sen. Vitter blasting it", "condemned the strike, with China
    // calling for restraint": ", with" + actor + participle opens a clause of its own
    const following = m.tokenEnd < tokens.length ? tokens[m.tokenEnd] : undefined;
    if (
      prep === 'with' &&
      tokens[m.tokenStart - 2]?.text === ',' &&
      following?.pos === 'VERB' &&
      following.lower.endsWith('ing')
    )
      break;
    // "arrested Castro at a nearby McDonald's restaurant": once the verb has its object, an actor
    // after "at" is where the act took place ("took aim at", "fired rockets at" hold "at")
    if (prep === 'at' && objectBeforeAt(tokens.slice(Math.max(after, patternEnd) + 1, m.tokenStart - 1)))
      break;
    // "called for higher tax rates on the wealthiest Americans": who would pay a tax is no target
    if (prep === 'on' && gap.some((t) => t.lemma === 'tax' || t.lower === 'taxes')) break;
    // "apologized for people losing their insurance": an actor after "for" with its own gerund
    // is that gerund's subject, the reason of the act, and what follows is the gerund's
    if (prep === 'for' && following?.pos === 'VERB' && gerund(following)) break;
    // ", the Parliament speaker said": the reporter of the sentence is not its target
    const next = m.tokenEnd < tokens.length ? tokens[m.tokenEnd] : undefined;
    if (next && REPORTING.has(next.lemma) && next.sentence === m.sentence) continue;
    // "its soldiers", "their own troops": the source's own people, not a target
    if (
      REFLEXIVE.has(prep) &&
      m.actors.every((a) => countryless(a) || a.rules.includes('owner-of-possessive-pronoun'))
    )
      continue;
    // "a meeting between an Israeli peace movement and the PLO": the other party of "between"
    const other = prep === 'between' ? secondParty(tokens, mentions, m, exclude) : undefined;
    if (other)
      return {
        mention: mentionWith(m, {
          end: other.end,
          tokenEnd: other.tokenEnd,
          actors: [...m.actors, ...other.actors],
          coordinated: true,
        }),
        rule: 'target:after-between',
      };
    return { mention: m, rule: PREPOSITIONS.has(prep) ? `target:after-${prep}` : 'target:object' };
  }
  return undefined;
}

const SECOND_PARTY_OPENERS = new Set(['DET', 'ADJ', 'PROPN']);
/** How many words of its own noun phrase may follow the first party of "between" before its "and". */
const PARTY_HEAD_REACH = 3;

/**
 * The second party of "between A and B" when A's mention ends before its phrase does ("between an
 * Israeli peace movement and the Palestine Liberation Organization": "an Israeli" is the mention,
 * "peace movement" is left over): the actor mention right after the "and" that closes A's phrase.
 */
function secondParty(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  m: Mention,
  exclude: ReadonlySet<string>,
): Mention | undefined {
  let i = m.tokenEnd;
  for (let k = 0; k < PARTY_HEAD_REACH && (tokens[i]?.pos === 'NOUN' || tokens[i]?.pos === 'ADJ'); k++) i++;
  if (i === m.tokenEnd || tokens[i]?.lower !== 'and') return undefined;
  // "and the PLO", "and Tamil rebels": a determiner or a modifier may open the second party
  const x = mentions.find((x) => x.tokenStart > i && x.tokenStart <= i + 2 && canAct(x) && !x.possessive);
  if (!x || (x.tokenStart === i + 2 && !SECOND_PARTY_OPENERS.has(tokens[i + 1].pos))) return undefined;
  if (x.actors.every((a) => exclude.has(a.code) || exclude.has(a.country))) return undefined;
  return x;
}

/**
 * Whether mention `m` is one lower-case word right after "in", an institution's common noun with
 * no determiner ("in court", "in parliament"); not the end of a hyphenated word ("sworn-in citizens").
 */
function bareVenue(tokens: readonly Token[], m: Mention): boolean {
  return (
    m.kind === 'agent' &&
    m.tokenEnd - m.tokenStart === 1 &&
    isLowerInitial(tokens[m.tokenStart].text) &&
    tokens[m.tokenStart - 1]?.lower === 'in' &&
    tokens[m.tokenStart - 2]?.text !== '-'
  );
}

/** Nouns whose "of" names the event beside which something took place: "on the sidelines of the summit". */
const VENUE_OF = new Set(['sideline', 'sidelines', 'margin', 'margins']);

/**
 * Nouns a "that"-clause can state the content of ("rejected claims that…", "the fear that…");
 * after any other noun "that" opens a relative clause ("the ban that they imposed"). Not
 * contentNoun above, which asks whether a noun's clause may hold the pattern's target at all.
 */
const CLAUSE_CONTENT_HEADS = new Set([
  'claim',
  'allegation',
  'accusation',
  'charge',
  'report',
  'assertion',
  'suggestion',
  'idea',
  'notion',
  'view',
  'belief',
  'fear',
  'concern',
  'hope',
  'fact',
  'news',
  'evidence',
  'sign',
  'argument',
  'theory',
  'rumor',
  'rumour',
  'complaint',
  'assurance',
  'warning',
  'demand',
  'promise',
  'pledge',
  'message',
  'indication',
  'impression',
  'speculation',
  'conclusion',
  'finding',
]);
/** Words that open a content clause: "complained that…", "is investigating whether…". */
const CONTENT_OPENERS = new Set(['that', 'whether']);
/** Words that open an embedded question or a free relative: "how the embassy responded", "what he did". */
const WH_WORDS = new Set(['what', 'how', 'why']);
/** Words that make a wh-word's own phrase: "how much government we can afford". */
const WH_QUANTITY = new Set(['much', 'many']);
/** Verbs that name a thing in the speaker's words: "blamed the loss on what he called NRA distortions". */
const NAMING_VERBS = new Set(['call', 'describe', 'term', 'dub', 'label']);
/** Tags before a verb that heads no clause: "to link", "in closed-door comments". */
const NO_CLAUSE_BEFORE = new Set(['ADP', 'PART', 'DET']);

/**
 * Whether gap word `k` opens a content clause or a question whose subject and then its verb
 * follow in the gap: "that the bill was…", "whether a deputy … intervened", "what they contend
 * is…"; or a question whose wh-word is its subject or its phrase ("what could be the most
 * important tool…", "how much government…"). Not a relative clause ("the raid that killed bin
 * Laden", "that ultimately doomed"), a subject still to come ("that there is no American
 * eavesdropping", "that, under the agreements, they…"), a participle of the subject ("whether
 * agreements reached by European airlines are…" keeps the airlines), nor what the speaker calls
 * something ("faulted what he called the Obama campaign's tactics").
 */
function clausePastSubject(gap: readonly Token[], k: number): boolean {
  const wh = WH_WORDS.has(gap[k].lower);
  if (!wh && !CONTENT_OPENERS.has(gap[k].lower)) return false;
  // "refuses to lift the ban that they imposed … on aid agencies": "that" after a noun of no
  // content opens a relative clause, whose end the search cannot see
  const before = gap[k - 1];
  if (!wh && before?.pos === 'NOUN' && !CLAUSE_CONTENT_HEADS.has(before.lemma)) return false;
  const next = gap[k + 1];
  if (!next) return false;
  if (wh && (WH_QUANTITY.has(next.lower) || VERBAL.has(next.pos))) return true;
  if (VERBAL.has(next.pos) || next.pos === 'ADV' || next.text === ',' || next.lower === 'there') return false;
  return gap.some(
    (t, j) =>
      j > k + 1 &&
      finiteVerb(t) &&
      !NO_CLAUSE_BEFORE.has(gap[j - 1].pos) &&
      gap[j + 1]?.text !== '-' &&
      !(t.pos === 'VERB' && gap[j + 1]?.lower === 'by') &&
      !(wh && NAMING_VERBS.has(t.lemma)),
  );
}

const COORDINATORS: ReadonlySet<string | undefined> = new Set(['and', 'but', 'while', 'yet']);

/** Adjectives that may stand between a "-backed" compound and its actor: "U.S.-backed interim government". */
const BACKED_HEAD_GAP = 2;

/**
 * Whether mention `m` is joined by a hyphen to a participle of backing or leading ("U.S.-backed",
 * "military-led", "Turkish-controlled") with another actor's mention right after it: the
 * compound describes that actor ("U.S.-backed rebels"). Before a thing ("NATO-led operations",
 * "Egyptian-led efforts", "the US-led war against Iraq") the backer stays the party.
 */
function backerOfNextActor(tokens: readonly Token[], mentions: readonly Mention[], m: Mention): boolean {
  const hyphen = tokens[m.tokenEnd];
  if (hyphen?.text !== '-' || !COMPOUND_PARTICIPLES.has(tokens[m.tokenEnd + 1]?.lower ?? '')) return false;
  const from = m.tokenEnd + 2;
  return mentions.some(
    (x) =>
      x.tokenStart >= from &&
      x.tokenStart <= from + BACKED_HEAD_GAP &&
      canAct(x) &&
      tokens.slice(from, x.tokenStart).every((t) => t.pos === 'ADJ'),
  );
}

/** Words between a place and the head of the noun phrase it modifies: "Louisiana oil and gas company". */
const PLACE_HEAD_GAP = 4;

/** Mention kinds that name a place, not a nation acting. */
const PLACE_KINDS: ReadonlySet<string> = new Set(['place', 'capital']);

/** Tags of those words. */
const PLACE_MODIFIER_TAGS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'CCONJ']);

/**
 * Whether place mention `m` (no possessive) only modifies an agent noun phrase right after it: "a
 * western Louisiana oil and gas company", "a Texas oil company" ("Boston or New York" coordinates).
 */
function placeBeforeNextActor(tokens: readonly Token[], mentions: readonly Mention[], m: Mention): boolean {
  if (!(m.placeOnly || PLACE_KINDS.has(m.kind)) || m.possessive) return false;
  return mentions.some(
    (x) =>
      x.kind === 'agent' &&
      x.tokenStart > m.tokenEnd &&
      x.tokenStart <= m.tokenEnd + PLACE_HEAD_GAP &&
      canAct(x) &&
      tokens[m.tokenEnd].pos !== 'CCONJ' &&
      tokens
        .slice(m.tokenEnd, x.tokenStart)
        .every((t) => PLACE_MODIFIER_TAGS.has(t.pos) && isLowerInitial(t.text)),
  );
}

function determinersOnly(gap: readonly Token[], from: number): boolean {
  return gap.slice(from).every((t) => t.pos === 'DET');
}

/** Whether mention `m`, with up to three nouns or adjectives it heads, stands before a finite verb. */
function subjectOfVerb(tokens: readonly Token[], m: Mention): boolean {
  let k = m.tokenEnd;
  while (k < m.tokenEnd + 3 && (tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'ADJ')) k++;
  // "Stephen Kim, a former State Department worker accused of …": a participle with its
  // preposition is a reduced relative, no clause
  if (tokens[k]?.lower.endsWith('ed') && tokens[k + 1]?.pos === 'ADP') return false;
  return finiteVerb(tokens[k]) && !m.possessive;
}

/**
 * Whether mention `m` follows a plural noun past the pattern's last word `patternEnd`, with
 * nothing but a determiner between, and its own finite verb after it: the subject of a relative
 * clause without "that" ("arms to countries Sweden had blacklisted", "a tour of battlegrounds the
 * president won"). A singular noun may be a time or a manner ("the last time Congress wrangled",
 * "the way farmers receive…").
 */
function zeroRelativeSubject(tokens: readonly Token[], m: Mention, patternEnd: number): boolean {
  let k = m.tokenStart - 1;
  if (tokens[k]?.pos === 'DET') k--;
  const noun = tokens[k];
  if (k <= patternEnd || noun.pos !== 'NOUN' || noun.lower === noun.lemma || TIME_NOUNS.has(noun.lemma))
    return false;
  return finiteVerb(tokens[m.tokenEnd]) && !m.possessive;
}

/**
 * Whether mention `m` after "as" names an instance ("allies such as Britain") or a role: a single
 * official without a determiner ("stepped down as Prime Minister", "visited as governor"). The
 * clause test's exception; offices right after "as" were already skipped as roles (asRole), so
 * this sees those after an adjective ("as senior official") or after "as well as".
 */
function asRoleOrInstance(tokens: readonly Token[], m: Mention): boolean {
  if (tokens[prevWordIndex(tokens, m) - 1]?.lower === 'such') return true;
  const last = tokens[m.tokenEnd - 1];
  return (
    m.kind === 'agent' && !m.collective && tokens[m.tokenStart].pos !== 'DET' && last.lower === last.lemma
  );
}

/**
 * The word before a mention past a courtesy title or a determiner ("and Mr. Obama's", "and the"),
 * and past the modifiers between a determiner and the mention ("and a crazily left-wing Congress").
 */
function joinerBefore(tokens: readonly Token[], m: Mention): string | undefined {
  let i = m.tokenStart - 1;
  // modifiers only after a determiner: "the popular and powerful governor" joins two adjectives
  let k = i;
  while (k > i - 4 && k > 0 && modifierWord(tokens, k)) k--;
  if (k < i && tokens[k].pos === 'DET') i = k;
  if (i > 0 && HONORIFICS.has(tokens[i].lower)) i--;
  else if (i > 0 && tokens[i].pos === 'DET') i--;
  return tokens[i]?.lower;
}

/**
 * A word of the modifiers before a noun phrase's head: an adjective or adverb, a lower-case word
 * tagged as a name ("a new Congress"), or a part of a hyphenated compound ("left-wing").
 */
function modifierWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.pos === 'ADJ' || t.pos === 'ADV' || t.text === '-') return true;
  if (t.pos === 'PROPN' && t.text === t.lower) return true;
  return tokens[i + 1]?.text === '-' || tokens[i - 1]?.text === '-';
}

/** Nouns that propose or push for an act of their maker's choosing: "a plan to", "calls to", "an effort to". */
const PROPOSED = new Set([
  ...PROPOSALS,
  ...ATTEMPTS,
  'plan',
  'call',
  'suggestion',
  'idea',
  'measure',
  'move',
  'initiative',
]);

/**
 * An infinitive ("to" + verb) in a target search's gap past its first `skip` words, the
 * pattern's own: 'of-noun' when a noun other than a time stands before it ("a proposal to
 * require…"; "met with last week to discuss" is a time), 'proposal' when the pattern's own noun
 * is a proposal ("rejected proposals to sanction", "resisted calls to arm"), 'purpose' when
 * something else does ("expressed a desire to work with", "traveled to Ohio to campaign").
 */
function infinitiveAfter(
  gap: readonly Token[],
  skip: number,
  anchor: Token,
): 'of-noun' | 'proposal' | 'purpose' | undefined {
  let found: 'proposal' | 'purpose' | undefined;
  for (let k = Math.max(skip, 0); k < gap.length; k++) {
    if (gap[k].lower !== 'to' || gap[k + 1]?.pos !== 'VERB') continue;
    const before = gap[k - 1];
    // a proposal in the pattern's own words ("resisted calls to"; the tagger may call it a verb)
    if (
      k - 1 < skip &&
      before &&
      PROPOSED.has(before.lemma) &&
      (before.pos === 'NOUN' || (gap[k - 2] ?? anchor).pos === 'VERB')
    )
      found = 'proposal';
    // the pattern's own noun ("held talks to discuss", "reached a deal to reopen") or no noun
    else if (before?.pos !== 'NOUN' || k - 1 < skip) found ??= 'purpose';
    else if (!TEMPORAL.has(before.lower) && !TIME_NOUNS.has(before.lemma)) return 'of-noun';
  }
  return found;
}

/** Tags of the words that make an object or a place: a participle after them opens a clause of its own. */
const OBJECT_TAGS: ReadonlySet<string | undefined> = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/**
 * Whether the gap past its first `skip` words (the pattern's own) holds a comma and a participle
 * after an object or a place: "stood by his remarks, calling the State Department's…", "urged
 * caution, invoking the Iraq war". "including" only lists what came before ("spoke to members of
 * the Business Roundtable, including top executives").
 */
function participleClause(gap: readonly Token[], skip: number): boolean {
  const from = Math.max(skip, 0);
  for (let k = from + 1; k < gap.length - 1; k++) {
    const next = gap[k + 1];
    if (
      gap[k].text !== ',' ||
      next.pos !== 'VERB' ||
      !next.lower.endsWith('ing') ||
      next.lower === 'including'
    )
      continue;
    if (gap.slice(from, k).some((t) => OBJECT_TAGS.has(t.pos))) return true;
  }
  return false;
}

/** Words after an object that join another party to it: "criticized Democrats and Obama". */
const JOINERS = new Set(['and', 'or', ',', '&']);

/**
 * Whether mention `m`, of the source's own code and past the pattern's words (`gap` runs from
 * them), is its direct object: no preposition and nothing but determiners between ("criticized
 * Democrats", "praised the Republicans"; "recalled its ambassador to Israel" holds its own), of
 * a known country (an article's own counts) and not a possessive, and no other party joined to it.
 */
function ownSideObject(tokens: readonly Token[], m: Mention, gap: readonly Token[], prep: string): boolean {
  if (m.possessive || PREPOSITIONS.has(prep) || m.actors.some((a) => a.code.startsWith('---'))) return false;
  if (!gap.every((t) => t.pos === 'DET')) return false;
  return !JOINERS.has(tokens[m.tokenEnd]?.lower ?? '');
}

/** Words that open a clause set before the main one: "As Obama mulled…, the aides…". */
const FRONTED_OPENERS = new Set([...SUBORDINATORS, 'as', 'after', 'before', 'since']);

/**
 * Whether token `at` sits in a subordinate clause that opens its sentence and has not been
 * closed by a comma yet ("When black people kill…, the president…").
 */
function inFrontedClause(doc: Doc, at: number): boolean {
  const tokens = doc.tokens;
  const start = doc.sentences[tokens[at].sentence].tokenStart;
  let i = start;
  // past an opening quote or a dateline's dash
  while (i < at && tokens[i].pos === 'PUNCT' && tokens[i].text !== ',') i++;
  if (i >= at || !FRONTED_OPENERS.has(tokens[i].lower)) return false;
  for (let k = i + 1; k < at; k++) if (tokens[k].text === ',') return false;
  return true;
}

/**
 * "warned that Myanmar's reform process would be difficult", "warned that Mr. Obama will
 * continue to saddle…": a warning's that-clause subject is what it warns about, not whom it
 * threatens ("warned that Washington would act if Syria used the weapons" threatens Syria),
 * unless the clause says what it will suffer ("warned that Israel would pay a heavy price"). The
 * first verb of the clause, or `after` itself.
 */
function warnedAbout(tokens: readonly Token[], after: number): number {
  if (tokens[after].lemma !== 'warn' || tokens[after + 1]?.lower !== 'that') return after;
  let verb = -1;
  for (let i = after + 2; i < tokens.length && tokens[i].sentence === tokens[after].sentence; i++) {
    if (tokens[i].pos === 'AUX' && verb < 0) verb = i;
    if (tokens[i].pos === 'VERB') return SUFFERING.has(tokens[i].lemma) ? after : verb < 0 ? i : verb;
  }
  return verb < 0 ? after : verb;
}
/** What a warned party will suffer or bring on itself: "would pay a heavy price", "moves by X would trigger a response". */
const SUFFERING = new Set([
  'pay',
  'face',
  'suffer',
  'regret',
  'bear',
  'trigger',
  'invite',
  'provoke',
  'draw',
]);

/** Pronouns that only stand as objects; "her" only before a word that opens no noun ("her stamp"). */
const AFTER_OBJECT_HER = new Set(['ADP', 'PUNCT', 'DET', 'PART', 'CCONJ', 'ADV']);

function objectPronoun(t: Token, next: Token | undefined): boolean {
  if (OBJECT_PRONOUNS.has(t.lower)) return true;
  return t.lower === 'her' && (!next || AFTER_OBJECT_HER.has(next.pos));
}

/**
 * True when the comma at `comma` opens a trailing attribution: a noun phrase and a
 * reporting verb with no other verb before it ("…, a UN official said on Monday", "…,
 * said a spokesman", "…, two commanders told AFP").
 */
function opensAttribution(tokens: readonly Token[], comma: number): boolean {
  const sentence = tokens[comma].sentence;
  for (let i = comma + 1; i < tokens.length && i <= comma + 12; i++) {
    const t = tokens[i];
    if (t.sentence !== sentence || BOUNDARY.has(t.text) || t.text === ',') return false;
    if (REPORTING.has(t.lemma) && (t.pos === 'VERB' || i === comma + 1)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || RELATIVES.has(t.lower)) return false;
  }
  return false;
}

/** Whether the words between the pattern and "at" hold a noun phrase: the verb's object. */
function objectBeforeAt(words: readonly Token[]): boolean {
  return words.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON');
}

/** Prepositions that tie a passive subject's thing to its owner: "a camp for Congolese refugees". */
const OWNER_PREPOSITIONS = new Set(['of', 'for']);

/**
 * The owner of a passive verb's subject that names no actor itself: "A temporary camp for
 * Congolese refugees was attacked by militiamen", "The home of the opposition leader was raided":
 * what is done to the thing is done to its owner, as "attacked a camp for Congolese refugees"
 * aims at the refugees. The owner ends right before the verb's auxiliaries, follows "of" or "for"
 * after a noun that is in no mention, and that noun's phrase opens its clause (sentence start,
 * comma, "that", a subordinator or a verb before it).
 */
export function ownerOfPassiveSubject(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  anchor: number,
  sentenceStart: number,
): Role | undefined {
  let i = anchor - 1;
  let be = false;
  for (; i > sentenceStart; i--) {
    const t = tokens[i];
    if (t.pos === 'AUX' && (t.lemma === 'be' || t.lemma === 'get')) be = true;
    else if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'PART') break;
  }
  if (!be) return undefined;
  const m = mentions.find((x) => x.tokenEnd === i + 1);
  if (!m || m.possessive || m.placeOnly || !canAct(m)) return undefined;
  const p = prevWordIndex(tokens, m);
  if (p <= sentenceStart || !OWNER_PREPOSITIONS.has(tokens[p].lower)) return undefined;
  const head = tokens[p - 1];
  if (head.pos !== 'NOUN' || mentions.some((x) => x.tokenStart <= p - 1 && x.tokenEnd > p - 1))
    return undefined;
  let j = p - 2;
  while (j >= sentenceStart && SUBJECT_PHRASE_TAGS.has(tokens[j].pos)) j--;
  if (j >= sentenceStart) {
    const opener = tokens[j];
    if (
      opener.text !== ',' &&
      opener.lower !== 'that' &&
      opener.pos !== 'SCONJ' &&
      !(opener.pos === 'VERB' && !opener.lower.endsWith('ing'))
    )
      return undefined;
  }
  return { mention: m, rule: 'target:owner-of-passive-subject' };
}
