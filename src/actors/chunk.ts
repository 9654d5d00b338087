// The parts of one actor phrase, read left to right by `chunkAt` (mentions.ts):
// [the] [former] [COUNTRY|ORG ['s]] [ADJ]{0,2} [TITLE (and TITLE)*] [NAME] [of COUNTRY].
// Each part is its own function over a shared `Chunk`, so that when V8 throws away the compiled
// code of one (a rare branch taken for the first time), only that part is compiled again.
import type { LexItem } from '../dict/index.ts';
import { type Actor, actorWith, type Token } from '../model/index.ts';
import { isLowerInitial } from '../nlp/capitals.ts';
import type { Sector } from '../ontology/sectors.ts';
import { companyNameEnd } from './company.ts';
import { itemOf, type Lex } from './lexical.ts';
import type { ChunkContext } from './mentions.ts';
import {
  agentAfter,
  isNameStart,
  nameSpan,
  rankBeforeName,
  rememberedAt,
  surnameCountry,
  titledOffice,
} from './names.ts';
import { type NameWord, nationalBody } from './national-bodies.ts';
import { makeActor, personActor, pickOrganization, pickPerson } from './resolve.ts';
import { GROUP_SITES, isCapitalized, NOMINAL, POSSESSIVE_MARKERS, TEMPORAL_NOUNS } from './words.ts';

export type AgentItem = Extract<LexItem, { type: 'agent' }>;

/** What has been read of one actor phrase; `i` is the next token to read. */
export interface Chunk {
  sentence: number;
  /** Where the phrase must end (the sentence's end or the next covered token). */
  to: number;
  i: number;
  /** The phrase's first token and the token after its last; -1 while none is read. */
  first: number;
  last: number;
  /** "former", "ex-": the actor is an elite, not the office. */
  former: boolean;
  possessive: boolean;
  /** The dictionary entries and rules that made the actor, in order. */
  rules: string[];
  country: string | undefined;
  countryKind: string | undefined;
  /** The other countries of "Indian and Chinese troops". */
  extraCountries: string[];
  org: string | undefined;
  orgSector: Sector | undefined;
  titles: AgentItem[];
  person: Actor | undefined;
  /** "the Obama administration": the government a leader's name gives. */
  leaderBody: Actor | undefined;
  /** "an aide to Netanyahu": the one an aide speaks for. */
  served: Actor | undefined;
  name: string | undefined;
  surname: string | undefined;
  /** "Japan Air Lines": a country opening a company's name. */
  company: boolean;
  /** "the Nigerian Union of Teachers": the sector of a national body's name. */
  body: Sector | undefined;
}

/** A new chunk whose words start at `i`. Every field is set, so that every chunk has one shape. */
export function newChunk(sentence: number, i: number, to: number, former: boolean): Chunk {
  return {
    sentence,
    to,
    i,
    first: -1,
    last: -1,
    former,
    possessive: false,
    rules: [],
    country: undefined,
    countryKind: undefined,
    extraCountries: [],
    org: undefined,
    orgSector: undefined,
    titles: [],
    person: undefined,
    leaderBody: undefined,
    served: undefined,
    name: undefined,
    surname: undefined,
    company: false,
    body: undefined,
  };
}

/** Words after an office or group that name its country: "of Iran", "in Pakistan", "across Iran". */
const OF_PLACE = new Set(['of', 'in', 'across', 'throughout']);

/** Words that may modify an agent noun between a country and it: "paper workers", "human rights activist" (and -ing forms: "leading"). */
const MODIFIER_POS = new Set(['ADJ', 'NOUN']);

/**
 * The agent entry at token `k` (or a bare military rank before a name); a one-word agent
 * used as an adjective ("official visit", "general election") is none.
 */
export function agentItemAt(ctx: ChunkContext, lex: Map<number, Lex>, to: number, k: number) {
  const l = k < to ? lex.get(k) : undefined;
  if (!l) return rankBeforeName(ctx, k, to, lex);
  // a one-word agent tagged as an adjective before a noun is no agent ("military equipment"),
  // unless the noun is where the group sits: "struck rebel positions", "a militant hideout"
  const tokens = ctx.doc.tokens;
  if (l.end - l.start === 1 && tokens[k].pos === 'ADJ' && k + 1 < to && modifiesNounAfter(tokens, k + 1))
    return undefined;
  // "his strongly-stated opposition to a tax hike", "strong opposition to Obama's planned attack":
  // the stance, not the opposition as a group
  if (l.end - l.start === 1 && STANCE_NOUNS.has(tokens[k].lower) && tokens[k + 1]?.lower === 'to')
    return undefined;
  return itemOf(l, 'agent');
}

/**
 * Whether an adjective before token `i` modifies a noun there: "military equipment", "America's
 * military might" (the noun "might", which the tagger reads as a modal when no verb follows); not
 * where a group sits ("struck rebel positions").
 */
function modifiesNounAfter(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (NOMINAL.has(t.pos)) return !GROUP_SITES.has(t.lemma);
  return t.lower === 'might' && !MODAL_FOLLOWERS.has(tokens[i + 1]?.pos);
}

/** Tags after a modal "might": "the military might intervene", "might not", "might well". */
const MODAL_FOLLOWERS: ReadonlySet<string | undefined> = new Set(['VERB', 'AUX', 'ADV', 'PART']);

/** One-word agents that name a stance when "to" follows: "opposition to the law". */
const STANCE_NOUNS = new Set(['opposition']);

/** Where the dictionary phrase at `k` ends (the next token when none starts there). */
function agentEndAt(lex: Map<number, Lex>, k: number): number {
  return lex.get(k)?.end ?? k + 1;
}

/**
 * COUNTRY or ORGANIZATION, with its possessive, "-based", or the demonyms sharing one agent
 * ("Indian and Chinese troops"). False when the phrase is none: "the London-based firm".
 */
export function readHead(ctx: ChunkContext, ch: Chunk, lex: Map<number, Lex>): boolean {
  const { tokens } = ctx.doc;
  const { to, sentence } = ch;
  const head = lex.get(ch.i);
  const c = itemOf(head, 'country');
  const o = head ? pickOrganization(head.items, ctx.date) : undefined;
  if (!head || !(c || o) || itemOf(head, 'person')) return true;
  if (c) {
    ch.country = c.entry.code;
    ch.countryKind = c.entry.kind;
    ch.rules.push(c.entry.id);
  } else if (o) {
    ch.org = o.code;
    ch.orgSector = o.sector ?? (o.kind === 'ngo' ? 'NGO' : undefined);
    ch.rules.push(o.id);
  }
  ch.first = head.start;
  ch.last = head.end;
  let i = head.end;
  if (i < to && POSSESSIVE_MARKERS.has(tokens[i].lower)) {
    ch.possessive = true;
    ch.last = ++i;
  } else if (c && i + 1 < to && tokens[i].text === '-' && tokens[i + 1].lower === 'based') {
    // "a Somalia-based paramilitary group": the place a group is based in gives its country;
    // "the Dutch-based Philips", "the London-based firm": only where a company sits
    if (!agentAfter(lex, i + 2, to)) return false;
    ch.rules.push('based-in');
    i += 2;
    ch.last = i;
  }
  ch.i = i;
  // "Indian and Chinese troops", "US and British activists", "Indian, Chinese and Russian
  // troops": demonyms sharing one agent. Commas join only in a list that "and" closes: after a
  // lone comma inside a sentence ("campaigns against Iran, U.S. drone attacks and spying") the
  // next country modifies an item of its own
  if (c && (c.entry.kind === 'demonym' || c.entry.kind === 'name')) {
    const items: { code: string; id: string }[] = [];
    let k = i;
    let closed = false;
    while (!closed && k + 1 < to && (tokens[k].lower === 'and' || tokens[k].lower === ',')) {
      // "Indian, Chinese, and Russian troops"
      const sep = tokens[k].lower === ',' && tokens[k + 1].lower === 'and' ? k + 1 : k;
      const next = itemOf(lex.get(sep + 1), 'country');
      const after = lex.get(sep + 1);
      if (!next || !after || (next.entry.kind !== 'demonym' && next.entry.kind !== 'name')) break;
      items.push({ code: next.entry.code, id: next.entry.id });
      closed = tokens[sep].lower === 'and';
      k = after.end;
    }
    // …but a headline opens with such a pair: "US, British lawmakers try to slow…"
    const opening = head.start === 0 || tokens[head.start - 1].sentence !== sentence;
    const joined = closed || (items.length === 1 && opening);
    const follows = joined && k < to ? (lex.get(k) ?? lex.get(k + 1)) : undefined;
    if (itemOf(follows, 'agent') && follows && !isNameStart(ctx, follows.end, to, lex)) {
      for (const x of items) {
        ch.extraCountries.push(x.code);
        ch.rules.push(x.id);
      }
      ch.i = k;
      ch.last = k;
    }
  }
  return true;
}

/**
 * Ranks below an office, which the tagger reads as nouns: "Ecuador's deputy energy minister" is
 * still one of Ecuador's ministers, so the country's possessive reaches over the rank to the title.
 */
const OFFICE_RANKS = new Set(['deputy', 'vice', 'assistant']);

/** Participles of coming into an office: "Pakistan's newly elected prime minister" holds it. */
const TAKING_OFFICE = new Set(['elected', 'reelected', 're-elected', 'appointed', 'designated']);

/**
 * Whether token `j` may stand between a country and its office: an adjective, a rank, or a
 * participle of taking office with its adverb ("newly elected", "democratically elected").
 */
function titleModifierAt(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (t.pos === 'ADJ' || OFFICE_RANKS.has(t.lower) || TAKING_OFFICE.has(t.lower)) return true;
  return t.pos === 'ADV' && t.lower.endsWith('ly') && TAKING_OFFICE.has(tokens[j + 1]?.lower ?? '');
}

/**
 * ADJ* TITLE (and TITLE)* — adjectives only between a country and its agent; or up to three
 * modifying words when an agent noun follows them: "French paper workers", "Russian helicopter
 * gunships", "Algeria's leading human rights activist". Then "the rebel FDLR force": an agent
 * noun before an organization's name describes it.
 */
export function readTitles(ctx: ChunkContext, ch: Chunk, lex: Map<number, Lex>): void {
  const { tokens } = ctx.doc;
  const { to, titles, rules } = ch;
  const i = ch.i;
  let j = i;
  if (ch.first >= 0) while (j < to && j - i < 2 && titleModifierAt(tokens, j) && !lex.has(j)) j++;
  if (ch.first >= 0 && !agentItemAt(ctx, lex, to, j)) {
    let k = i;
    while (
      k < to &&
      k - i < 3 &&
      !lex.has(k) &&
      ((isLowerInitial(tokens[k].text) &&
        (MODIFIER_POS.has(tokens[k].pos) || (tokens[k].pos === 'VERB' && tokens[k].lower.endsWith('ing')))) ||
        // after a country's possessive a capitalized modifier describes its body too (the tagger
        // reads it as a name): "Egypt's new Islamist government", "Nicaragua's Sandinista government"
        (ch.possessive &&
          ch.country !== undefined &&
          (MODIFIER_POS.has(tokens[k].pos) || tokens[k].pos === 'PROPN')))
    )
      k++;
    const a = k > i ? agentItemAt(ctx, lex, to, k) : undefined;
    const e = agentEndAt(lex, k);
    // not an office ("the oil minister" is its own entry) nor a modifier itself ("aid equipment")
    if (a && a.entry.kind !== 'title' && !(e < to && tokens[e].pos === 'NOUN')) j = k;
  }
  const a0 = agentItemAt(ctx, lex, to, j);
  // a `member` noun is an agent only after its owner: "FBI agents", "Russian agents", not "nerve agents"
  if (a0 && !(a0.entry.kind === 'member' && ch.first < 0) && !itemOf(lex.get(j), 'person')) {
    let k = j;
    while (true) {
      const a = agentItemAt(ctx, lex, to, k);
      if (!a) break;
      titles.push(a);
      rules.push(a.entry.id);
      if (ch.first < 0) ch.first = k;
      k = agentEndAt(lex, k);
      ch.last = k;
      // "Foreign Minister and Deputy Prime Minister Ishaq Dar": titles joined by "and"
      if (
        k + 1 < to &&
        tokens[k].lower === 'and' &&
        agentItemAt(ctx, lex, to, k + 1) &&
        a.entry.kind === 'title'
      ) {
        const after = agentEndAt(lex, k + 1);
        if (agentItemAt(ctx, lex, to, after) || isNameStart(ctx, after, to, lex)) {
          k = k + 1;
          continue;
        }
      }
      // "religious leader Ayatollah …", "army chief General …": a title right after another
      const nextAgent = agentItemAt(ctx, lex, to, k);
      if (nextAgent && nextAgent.entry.kind === 'title' && isCapitalized(tokens[k].text)) continue;
      break;
    }
    ch.possessive = false;
    ch.i = k;
    if (k < to && POSSESSIVE_MARKERS.has(tokens[k].lower)) {
      ch.possessive = true;
      ch.last = ch.i = k + 1;
    }
  }
  if (!ch.org && !ch.country && titles.length > 0 && ch.i < to && !ch.possessive) {
    const ol = lex.get(ch.i);
    const oo = ol ? pickOrganization(ol.items, ctx.date) : undefined;
    if (ol && oo && !itemOf(ol, 'person')) {
      ch.org = oo.code;
      rules.push(oo.id);
      ch.last = ch.i = ol.end;
      const tail = agentItemAt(ctx, lex, to, ch.i);
      if (tail) ch.last = ch.i = agentEndAt(lex, ch.i);
    }
  }
}

/** NAME: a dictionary person, a remembered name, or capitalized words after a title. */
export function readName(ctx: ChunkContext, ch: Chunk, lex: Map<number, Lex>): void {
  const { tokens } = ctx.doc;
  const { to, titles, rules } = ch;
  if (ch.possessive && titles.length > 0) return;
  let i = ch.i;
  const lx = lex.get(i);
  const pe = lx
    ? pickPerson(lx.items, ctx.date, ch.country, () => rememberedAt(ctx, lx.start, to)?.actor.name)
    : undefined;
  if (pe && lx) {
    const person = titledOffice(pe, ctx.date, titles, rules) ?? personActor(pe, ctx.date, [...rules]);
    ch.person = person;
    ch.name = pe.name;
    if (ch.first < 0) ch.first = lx.start;
    ch.last = i = lx.end;
    // "the Obama administration", "the Modi government": a leader's name before a
    // government body names that body, of the leader's country (whatever their office now)
    const body = titles.length === 0 && !ch.possessive ? agentItemAt(ctx, lex, to, i) : undefined;
    if (body && body.entry.kind === 'body' && body.entry.sector === 'GOV' && person.country !== '---') {
      ch.leaderBody = makeActor(
        person.country,
        'GOV',
        [...person.rules, body.entry.id, 'leader-names-body'],
        {
          office: body.entry.phrase,
        },
      );
      ch.last = i = agentEndAt(lex, i);
    }
  } else if (
    titles.length > 0 &&
    titles.some((t) => t.entry.kind === 'title') &&
    i < to &&
    isNameStart(ctx, i, to, lex)
  ) {
    const nameEnd = nameSpan(ctx, i, to, lex);
    ch.surname = tokens[nameEnd - 1].lower;
    ch.name = tokens
      .slice(i, nameEnd)
      .map((t) => t.text)
      .join(' ');
    ch.last = i = nameEnd;
  } else if (ch.first < 0 && i + 1 < to && !lex.has(i) && isCapitalized(tokens[i].text)) {
    // "the Bush administration": a surname the people dictionary knows in one country only
    const body = agentItemAt(ctx, lex, to, i + 1);
    const c =
      body && body.entry.kind === 'body' && body.entry.sector === 'GOV'
        ? surnameCountry(ctx.lexicon, tokens[i].lower)
        : undefined;
    if (body && c) {
      ch.leaderBody = makeActor(c, 'GOV', [...rules, body.entry.id, 'surname-names-body'], {
        office: body.entry.phrase,
      });
      ch.first = i;
      ch.last = i = agentEndAt(lex, i + 1);
    }
  }
  if (ch.first < 0 && i < to && !ch.leaderBody) {
    const remembered = rememberedAt(ctx, i, to);
    if (remembered) {
      ch.person = actorWith(remembered.actor, {
        rules: [...remembered.actor.rules, 'memory:name-seen-earlier'],
      });
      ch.name = remembered.actor.name;
      ch.first = i;
      ch.last = i = remembered.end;
    }
  }
  // the person, not the country before it, is the possessor or not: "Saudi Arabia's Crown
  // Prince Mohammed bin Salman met Putin" (a name the dictionary holds with its title)
  if (ch.person || ch.name) {
    ch.possessive = i < to && POSSESSIVE_MARKERS.has(tokens[i].lower);
    if (ch.possessive) ch.last = ++i;
  }
  ch.i = i;
}

/** A lone agent noun modifying another noun ("official phone conversation", "army equipment"). */
export function isLoneModifier(tokens: readonly Token[], ch: Chunk): boolean {
  const { titles, last } = ch;
  if (
    ch.country ||
    ch.org ||
    ch.person ||
    ch.name ||
    titles.length !== 1 ||
    last - ch.first !== 1 ||
    ch.possessive
  )
    return false;
  const next = last < ch.to ? tokens[last] : undefined;
  return (
    next !== undefined &&
    next.pos === 'NOUN' &&
    isLowerInitial(next.text) &&
    !TEMPORAL_NOUNS.has(next.lower) &&
    // "struck rebel positions": an attack on where a group sits is on the group
    !(GROUP_SITES.has(next.lemma) && titles[0].entry.kind === 'group')
  );
}

/**
 * A country opening a longer name: a company's ("Japan Air Lines") or a national body's ("the
 * Nigerian Union of Teachers"). False when a demonym opens a name the dictionaries do not hold
 * ("American Motors", "the Iraqi National Congress"): the phrase is no actor.
 */
export function readNameAfterCountry(ctx: ChunkContext, ch: Chunk, lex: Map<number, Lex>): boolean {
  const { tokens } = ctx.doc;
  const plain = ch.country && !ch.org && ch.titles.length === 0 && !ch.person && !ch.name && !ch.possessive;
  if (!plain) return true;
  const end = companyNameEnd(tokens, ch.last, ch.to);
  if (end > 0) {
    ch.last = end;
    ch.company = true;
    ch.rules.push('company-name');
    return true;
  }
  const { first, countryKind } = ch;
  if (
    !ch.extraCountries.length &&
    (countryKind === 'demonym' || countryKind === 'name') &&
    // "the New America Foundation": a country inside a longer name is none of its own
    !(
      first > 0 &&
      tokens[first - 1].sentence === ch.sentence &&
      isCapitalized(tokens[first - 1].text) &&
      tokens[first - 1].pos === 'PROPN'
    )
  ) {
    const b = nationalBody(tokens, ch.last, ch.to, (k) => nameWord(lex.get(k)));
    if (b) {
      ch.last = b.end;
      ch.body = b.sector;
      ch.rules.push('national-body-name');
      return true;
    }
  }
  if (countryKind === 'demonym' && !ch.extraCountries.length) {
    const next = ch.last < ch.to ? tokens[ch.last] : undefined;
    if (next && next.pos === 'PROPN' && isCapitalized(next.text) && !lex.has(ch.last)) return false;
  }
  return true;
}

/** What a dictionary match inside a body's name says of it: a group's sector, or an office or person that makes it no body. */
function nameWord(l: Lex | undefined): NameWord {
  if (!l) return undefined;
  if (itemOf(l, 'person')) return 'office';
  const a = itemOf(l, 'agent');
  if (!a) return undefined;
  return a.entry.kind === 'title' ? 'office' : { sector: a.entry.sector };
}

/**
 * "the foreign minister of Iran", "police in Pakistan", "students throughout Indonesia",
 * "president of the European Council": the country may follow a few words later ("the mayor of
 * the northern West Bank city of Nablus").
 */
export function readOfPlace(ctx: ChunkContext, ch: Chunk, lex: Map<number, Lex>): void {
  const { tokens } = ctx.doc;
  const { i, to } = ch;
  if (
    ch.country ||
    ch.org ||
    ch.person ||
    ch.titles.length === 0 ||
    i + 1 >= to ||
    !OF_PLACE.has(tokens[i].lower)
  )
    return;
  let after: Lex | undefined;
  for (let k = i + 1; k < to && k <= i + 8 && !after; k++) {
    const l = lex.get(k);
    if (l && (itemOf(l, 'country') || itemOf(l, 'organization'))) after = l;
    else if (tokens[k].pos === 'VERB' || tokens[k].pos === 'PUNCT' || tokens[k].pos === 'AUX') break;
  }
  const oc = itemOf(after, 'country');
  const oo = after && !oc && tokens[i].lower === 'of' ? pickOrganization(after.items, ctx.date) : undefined;
  if (after && oc) {
    ch.country = oc.entry.code;
    ch.countryKind = oc.entry.kind;
    ch.rules.push(oc.entry.id, 'agent-of-country');
    ch.last = after.end;
  } else if (after && oo) {
    ch.org = oo.code;
    ch.rules.push(oo.id, 'agent-of-organization');
    ch.last = after.end;
  }
}
