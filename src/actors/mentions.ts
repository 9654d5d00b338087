import type { LexItem, Lexicon } from '../dict/index.ts';
import { type Actor, type Doc, inCountry, type Mention, type Token } from '../model/index.ts';
import { isLowerInitial } from '../nlp/capitals.ts';
import { FORCE_ROOTS } from '../ontology/cameo.ts';
import { type Sector, STATE_SECTORS } from '../ontology/sectors.ts';
import { companyNameEnd } from './company.ts';
import { itemOf, type Lex, NOTHING_COVERED } from './lexical.ts';
import {
  agentAfter,
  isNameStart,
  nameSpan,
  rankBeforeName,
  remember,
  rememberedAt,
  surnameCountry,
  titledOffice,
} from './names.ts';
import { type NameWord, nationalBody } from './national-bodies.ts';
import { officePlaceCountry } from './office-place.ts';
import { principalRelation } from './principal.ts';
import { makeActor, personActor, pickOrganization, pickPerson } from './resolve.ts';
import {
  DETERMINERS,
  FORMER,
  GROUP_SITES,
  isCapitalized,
  LOCATIVE,
  NOMINAL,
  POSSESSIVE_MARKERS,
  TEMPORAL_NOUNS,
} from './words.ts';

/** Words after an office or group that name its country: "of Iran", "in Pakistan", "across Iran". */
const OF_PLACE = new Set(['of', 'in', 'across', 'throughout']);

export interface ChunkContext {
  doc: Doc;
  lexicon: Lexicon;
  date: string | undefined;
  /** Names learnt in this article ("William Ruto", "Ruto") → actor. */
  memory: Map<string, Actor>;
  /** Each key of `memory` and its word-prefixes ("william"): where none starts, nothing is looked up. */
  namePrefixes: Set<string>;
  /** The country of the dateline's place, for offices named without a country. */
  homeCountry?: string;
}

/**
 * Composes actor phrases from dictionary matches in one sentence:
 * [the] [former] [COUNTRY|ORG ['s]] [ADJ]{0,2} [TITLE (and TITLE)*] [NAME] [of COUNTRY].
 */
export function sentenceMentions(
  ctx: ChunkContext,
  sentence: number,
  from: number,
  to: number,
  lex: Map<number, Lex>,
  covered: (i: number) => boolean = NOTHING_COVERED,
): Mention[] {
  const out: Mention[] = [];
  const near = matchesNear(lex, from, to);
  let i = from;
  let limit = from; // the first covered token at or after i (or `to`)
  while (i < to) {
    if (covered(i)) {
      i++;
      continue;
    }
    // a phrase starts at a dictionary match, or at "the"/"former" just before one, or at a
    // name learnt earlier in the article: elsewhere there is nothing to compose
    if (
      near[i - from] === 0 &&
      (ctx.memory.size === 0 || !isCapitalized(ctx.doc.tokens[i].text)) &&
      !rankBeforeName(ctx, i, to, lex)
    ) {
      i++;
      continue;
    }
    if (limit <= i) {
      limit = i;
      while (limit < to && !covered(limit)) limit++;
    }
    const m = chunkAt(ctx, sentence, i, limit, lex);
    if (m) {
      out.push(m);
      i = m.tokenEnd;
    } else i++;
  }
  return out;
}

/** matchesNear's array, reused from sentence to sentence (sentenceMentions is not re-entrant). */
let nearScratch = new Uint8Array(128);

/**
 * Per token of `[from, to)`: 1 when a dictionary match starts there or at one of the next two
 * tokens. One pass over the matches instead of three map lookups per token.
 */
function matchesNear(lex: Map<number, Lex>, from: number, to: number): Uint8Array {
  if (nearScratch.length < to - from)
    nearScratch = new Uint8Array(Math.max(to - from, 2 * nearScratch.length));
  const near = nearScratch;
  near.fill(0, 0, to - from);
  for (const start of lex.keys())
    for (let k = Math.max(from, start - 2); k <= start && k < to; k++) near[k - from] = 1;
  return near;
}

/**
 * The agent entry at token `k` (or a bare military rank before a name); a one-word agent
 * used as an adjective ("official visit", "general election") is none.
 */
function agentItemAt(ctx: ChunkContext, lex: Map<number, Lex>, to: number, k: number) {
  const l = k < to ? lex.get(k) : undefined;
  if (!l) return rankBeforeName(ctx, k, to, lex);
  // a one-word agent tagged as an adjective before a noun is no agent ("military equipment"),
  // unless the noun is where the group sits: "struck rebel positions", "a militant hideout"
  const tokens = ctx.doc.tokens;
  if (
    l.end - l.start === 1 &&
    tokens[k].pos === 'ADJ' &&
    k + 1 < to &&
    NOMINAL.has(tokens[k + 1].pos) &&
    !GROUP_SITES.has(tokens[k + 1].lemma)
  )
    return undefined;
  return itemOf(l, 'agent');
}

/** Where the dictionary phrase at `k` ends (the next token when none starts there). */
function agentEndAt(lex: Map<number, Lex>, k: number): number {
  return lex.get(k)?.end ?? k + 1;
}

function chunkAt(
  ctx: ChunkContext,
  sentence: number,
  start: number,
  to: number,
  lex: Map<number, Lex>,
): Mention | undefined {
  const { tokens } = ctx.doc;
  let i = start;
  let former = false;
  // a determiner that begins a dictionary phrase is part of it: "the Emirates", "the elder Bush"
  while (
    i < to &&
    ((DETERMINERS.has(tokens[i].lower) && !lex.has(i)) ||
      FORMER.has(tokens[i].lower) ||
      tokens[i].lower === 'then')
  ) {
    if (FORMER.has(tokens[i].lower)) former = true;
    i++;
  }
  // most calls make nothing: no dictionary match, rank or capitalized word (a name) is here
  if (i >= to || (!lex.has(i) && !isCapitalized(tokens[i].text) && !rankBeforeName(ctx, i, to, lex)))
    return undefined;
  const rules: string[] = [];
  let country: string | undefined;
  const extraCountries: string[] = [];
  let countryKind: string | undefined;
  let org: string | undefined;
  let orgSector: Sector | undefined;
  let possessive = false;
  const titles: Extract<LexItem, { type: 'agent' }>[] = [];
  let person: Actor | undefined;
  let leaderBody: Actor | undefined;
  let served: Actor | undefined;
  let name: string | undefined;
  let surname: string | undefined;
  let first = -1;
  let last = -1;

  // COUNTRY or ORGANIZATION part
  const head = lex.get(i);
  const c = itemOf(head, 'country');
  const o = head ? pickOrganization(head.items, ctx.date) : undefined;
  const p0 = itemOf(head, 'person');
  if (head && (c || o) && !p0) {
    if (c) {
      country = c.entry.code;
      countryKind = c.entry.kind;
      rules.push(c.entry.id);
    } else if (o) {
      org = o.code;
      orgSector = o.sector ?? (o.kind === 'ngo' ? 'NGO' : undefined);
      rules.push(o.id);
    }
    first = head.start;
    last = head.end;
    i = head.end;
    if (i < to && POSSESSIVE_MARKERS.has(tokens[i].lower)) {
      possessive = true;
      last = ++i;
    } else if (
      c &&
      i + 1 < to &&
      tokens[i].text === '-' &&
      tokens[i + 1].lower === 'based' &&
      agentAfter(lex, i + 2, to)
    ) {
      // "a Somalia-based paramilitary group": the place a group is based in gives its country
      rules.push('based-in');
      i += 2;
      last = i;
    } else if (c && i + 1 < to && tokens[i].text === '-' && tokens[i + 1].lower === 'based') {
      // "the Dutch-based Philips", "the London-based firm": only where a company sits
      return undefined;
    }
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
          extraCountries.push(x.code);
          rules.push(x.id);
        }
        i = k;
        last = i;
      }
    }
  }
  // ADJ* TITLE (and TITLE)* — adjectives only between a country and its agent; or up to three
  // modifying words when an agent noun follows them: "French paper workers", "Russian helicopter
  // gunships", "Algeria's leading human rights activist"
  let j = i;
  if (first >= 0) while (j < to && j - i < 2 && tokens[j].pos === 'ADJ' && !lex.has(j)) j++;
  if (first >= 0 && !agentItemAt(ctx, lex, to, j)) {
    let k = i;
    while (
      k < to &&
      k - i < 3 &&
      (MODIFIER_POS.has(tokens[k].pos) || (tokens[k].pos === 'VERB' && tokens[k].lower.endsWith('ing'))) &&
      !lex.has(k) &&
      isLowerInitial(tokens[k].text)
    )
      k++;
    const a = k > i ? agentItemAt(ctx, lex, to, k) : undefined;
    const e = agentEndAt(lex, k);
    // not an office ("the oil minister" is its own entry) nor a modifier itself ("aid equipment")
    if (a && a.entry.kind !== 'title' && !(e < to && tokens[e].pos === 'NOUN')) j = k;
  }
  const a0 = agentItemAt(ctx, lex, to, j);
  // a `member` noun is an agent only after its owner: "FBI agents", "Russian agents", not "nerve agents"
  if (a0 && !(a0.entry.kind === 'member' && first < 0) && !itemOf(lex.get(j), 'person')) {
    let k = j;
    while (true) {
      const a = agentItemAt(ctx, lex, to, k);
      if (!a) break;
      titles.push(a);
      rules.push(a.entry.id);
      if (first < 0) first = k;
      k = agentEndAt(lex, k);
      last = k;
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
    possessive = false;
    i = k;
    if (i < to && POSSESSIVE_MARKERS.has(tokens[i].lower)) {
      possessive = true;
      last = ++i;
    }
  }
  // "the rebel FDLR force": an agent noun before an organization's name describes it
  if (!org && !country && titles.length > 0 && i < to && !possessive) {
    const ol = lex.get(i);
    const oo = ol ? pickOrganization(ol.items, ctx.date) : undefined;
    if (ol && oo && !itemOf(ol, 'person')) {
      org = oo.code;
      rules.push(oo.id);
      last = i = ol.end;
      const tail = agentItemAt(ctx, lex, to, i);
      if (tail) last = i = agentEndAt(lex, i);
    }
  }
  // NAME: a dictionary person, a remembered name, or capitalized words after a title
  if (!possessive || titles.length === 0) {
    const lx = lex.get(i);
    const pe = lx
      ? pickPerson(lx.items, ctx.date, country, () => rememberedAt(ctx, lx.start, to)?.actor.name)
      : undefined;
    if (pe && lx) {
      person = titledOffice(pe, ctx.date, titles, rules) ?? personActor(pe, ctx.date, [...rules]);
      name = pe.name;
      if (first < 0) first = lx.start;
      last = i = lx.end;
      // "the Obama administration", "the Modi government": a leader's name before a
      // government body names that body, of the leader's country (whatever their office now)
      const body = titles.length === 0 && !possessive ? agentItemAt(ctx, lex, to, i) : undefined;
      if (body && body.entry.kind === 'body' && body.entry.sector === 'GOV' && person.country !== '---') {
        leaderBody = makeActor(person.country, 'GOV', [...person.rules, body.entry.id, 'leader-names-body'], {
          office: body.entry.phrase,
        });
        last = i = agentEndAt(lex, i);
      }
    } else if (
      titles.length > 0 &&
      titles.some((t) => t.entry.kind === 'title') &&
      i < to &&
      isNameStart(ctx, i, to, lex)
    ) {
      const nameEnd = nameSpan(ctx, i, to, lex);
      surname = tokens[nameEnd - 1].lower;
      name = tokens
        .slice(i, nameEnd)
        .map((t) => t.text)
        .join(' ');
      last = i = nameEnd;
    } else if (first < 0 && i + 1 < to && !lex.has(i) && isCapitalized(tokens[i].text)) {
      // "the Bush administration": a surname the people dictionary knows in one country only
      const body = agentItemAt(ctx, lex, to, i + 1);
      const c =
        body && body.entry.kind === 'body' && body.entry.sector === 'GOV'
          ? surnameCountry(ctx.lexicon, tokens[i].lower)
          : undefined;
      if (body && c) {
        leaderBody = makeActor(c, 'GOV', [...rules, body.entry.id, 'surname-names-body'], {
          office: body.entry.phrase,
        });
        first = i;
        last = i = agentEndAt(lex, i + 1);
      }
    }
    if (first < 0 && i < to && !leaderBody) {
      const remembered = rememberedAt(ctx, i, to);
      if (remembered) {
        person = { ...remembered.actor, rules: [...remembered.actor.rules, 'memory:name-seen-earlier'] };
        name = remembered.actor.name;
        first = i;
        last = i = remembered.end;
      }
    }
    // the person, not the country before it, is the possessor or not: "Saudi Arabia's Crown
    // Prince Mohammed bin Salman met Putin" (a name the dictionary holds with its title)
    if (person || name) {
      possessive = i < to && POSSESSIVE_MARKERS.has(tokens[i].lower);
      if (possessive) last = ++i;
    }
  }
  if (first < 0) return undefined;
  // a lone agent noun modifying another noun ("official phone conversation", "army equipment")
  if (!country && !org && !person && !name && titles.length === 1 && last - first === 1 && !possessive) {
    const next = last < to ? tokens[last] : undefined;
    if (
      next &&
      next.pos === 'NOUN' &&
      isLowerInitial(next.text) &&
      !TEMPORAL_NOUNS.has(next.lower) &&
      // "struck rebel positions": an attack on where a group sits is on the group
      !(GROUP_SITES.has(next.lemma) && titles[0].entry.kind === 'group')
    )
      return undefined;
  }
  // "Japan Air Lines", "Canada Packers Inc": a country opening a company's name is its business
  let company = false;
  if (country && !org && titles.length === 0 && !person && !name && !possessive) {
    const end = companyNameEnd(tokens, last, to);
    if (end > 0) {
      last = end;
      company = true;
      rules.push('company-name');
    }
  }
  // "the Nigerian Union of Teachers", "the Russian Orthodox Church": a country opening the
  // name of a body its words place in a sector is that body
  let body: Sector | undefined;
  if (
    country &&
    !org &&
    !company &&
    titles.length === 0 &&
    !person &&
    !name &&
    !possessive &&
    !extraCountries.length &&
    (countryKind === 'demonym' || countryKind === 'name') &&
    // "the New America Foundation": a country inside a longer name is none of its own
    !(
      first > 0 &&
      tokens[first - 1].sentence === sentence &&
      isCapitalized(tokens[first - 1].text) &&
      tokens[first - 1].pos === 'PROPN'
    )
  ) {
    const b = nationalBody(tokens, last, to, (k) => nameWord(lex.get(k)));
    if (b) {
      last = b.end;
      body = b.sector;
      rules.push('national-body-name');
    }
  }
  // "American Motors", "the Iraqi National Congress": a demonym opening a name the dictionaries
  // do not hold is part of that name, not its country's government
  if (
    countryKind === 'demonym' &&
    !company &&
    !body &&
    titles.length === 0 &&
    !person &&
    !name &&
    !possessive &&
    !extraCountries.length
  ) {
    const next = last < to ? tokens[last] : undefined;
    if (next && next.pos === 'PROPN' && isCapitalized(next.text) && !lex.has(last)) return undefined;
  }
  if (first > start && first - start <= 2) first = start; // keep "the", "former" in the span

  // "the foreign minister of Iran", "police in Pakistan", "students throughout Indonesia",
  // "president of the European Council"
  if (!country && !org && !person && titles.length > 0 && i + 1 < to && OF_PLACE.has(tokens[i].lower)) {
    // the country may follow a few words later: "the mayor of the northern West Bank city of Nablus"
    let after: Lex | undefined;
    for (let k = i + 1; k < to && k <= i + 8 && !after; k++) {
      const l = lex.get(k);
      if (l && (itemOf(l, 'country') || itemOf(l, 'organization'))) after = l;
      else if (tokens[k].pos === 'VERB' || tokens[k].pos === 'PUNCT' || tokens[k].pos === 'AUX') break;
    }
    const oc = itemOf(after, 'country');
    const oo = after && !oc && tokens[i].lower === 'of' ? pickOrganization(after.items, ctx.date) : undefined;
    if (after && oc) {
      country = oc.entry.code;
      countryKind = oc.entry.kind;
      rules.push(oc.entry.id, 'agent-of-country');
      last = after.end;
    } else if (after && oo) {
      org = oo.code;
      rules.push(oo.id, 'agent-of-organization');
      last = after.end;
    }
  }

  // "a senior aide to Netanyahu", "a spokesman for the Russian president": an aide or a
  // spokesperson with no country of their own speaks for the one they serve; "supporters of
  // Imran Khan": a following is of the country of the person it follows, in its own sector
  const relation =
    !country && !org && !person && titles.length > 0 && i + 1 < to && last === i
      ? principalRelation(titles[titles.length - 1].entry.phrase, tokens[i].lower)
      : undefined;
  if (relation) {
    const principal = chunkAt(ctx, sentence, i + 1, to, lex);
    const a = principal?.actors.length === 1 ? principal.actors[0] : undefined;
    if (
      principal &&
      a &&
      a.country !== '---' &&
      !principal.possessive &&
      (relation === 'aide' || (principal.kind === 'person' && a.country.length === 3))
    ) {
      if (relation === 'aide') served = a;
      else {
        country = a.country;
        countryKind = 'name';
        rules.push(...a.rules, 'follower-of-person');
      }
      last = principal.tokenEnd;
    }
  }

  // a plain literal: spreading a `{ start, end }` object into it cost a third of this stage.
  // Its flags are all here (undefined is left out of JSON), in the order they were once added
  // one by one, so that every mention has one shape and the stages reading them stay optimized
  const mention: Mention = {
    start: tokens[first].start,
    end: tokens[last - 1].end,
    sentence,
    tokenStart: first,
    tokenEnd: last,
    kind: 'agent',
    actors: [],
    possessive: possessive ? true : undefined,
    collective: undefined,
    coordinated: undefined,
    placeOnly: undefined,
  };

  let actor: Actor;
  if (leaderBody) actor = leaderBody;
  else if (served) {
    actor = makeActor(served.country, served.sector, [...rules, ...served.rules, 'aide-speaks-for'], {
      office: titles[titles.length - 1].entry.phrase,
    });
  } else if (person) {
    actor = person;
    mention.kind = 'person';
    // between offices a person is an elite, unless the text gives the office they hold now
    if (actor.sector === 'ELI' && titles.length > 0 && !former) {
      const c = actor.country !== '---' ? actor.country : (country ?? '---');
      actor = {
        ...actor,
        code: `${c}${titles[0].entry.sector}`,
        country: c,
        sector: titles[0].entry.sector,
        rules: [...actor.rules, 'title-gives-current-office'],
      };
    }
    if (former && actor.sector !== 'ELI')
      actor = { ...actor, code: `${actor.country}ELI`, sector: 'ELI', rules: [...actor.rules, 'former'] };
  } else {
    const sector: Sector | null = company
      ? 'BUS'
      : (body ?? titles[0]?.entry.sector ?? defaultSector(countryKind, org));
    let base = org ?? country ?? '---';
    // "President Bush", "Judge Rivera": an unknown surname with a title, which the people
    // dictionary knows in one country only, is of that country; a full name the dictionary
    // does not hold is someone else ("Gov. Scott Walker" is not Chile's Ignacio Walker)
    if (base === '---' && surname && titles.length > 0 && !name?.includes(' ')) {
      const c = surnameCountry(ctx.lexicon, surname);
      if (c) {
        base = c;
        rules.push('surname-in-dictionary');
      }
    }
    // "Missouri Rep. Todd Akin", "Gov. Scott Walker of Wisconsin", "Rep. Darrell Issa, R-Calif.":
    // an office of a state or province is of its country
    if (base === '---' && titles.length > 0 && STATE_SECTORS.has(titles[0].entry.sector)) {
      const c = officePlaceCountry(tokens, first, last);
      if (c) {
        base = c;
        rules.push('office-of-division');
      }
    }
    // an office or institution named without a country, in a datelined story: the dateline's
    if (
      base === '---' &&
      ctx.homeCountry &&
      titles.length > 0 &&
      titles[0].entry.kind !== 'group' &&
      titles[0].entry.kind !== 'member' &&
      STATE_SECTORS.has(titles[0].entry.sector)
    ) {
      base = ctx.homeCountry;
      rules.push('dateline-country');
    }
    const finalSector = former ? 'ELI' : sector;
    if (org && org.length >= 6) {
      // a national institution ("CIA" USASPY); "a former CIA official" is an elite
      actor = former
        ? makeActor(org.slice(0, 3), 'ELI', [...rules, 'former'])
        : { code: org, country: org.slice(0, 3), sector: org.slice(3, 6) as Sector, rules };
    } else if (org) {
      // a known group (UNO, EEC) keeps its code; an agent or the entry gives the sector ("EU legislators")
      actor = { code: org, country: org, sector: titles[0]?.entry.sector ?? orgSector ?? null, rules };
    } else actor = makeActor(base, finalSector, rules);
    if (titles.length > 0) {
      actor.office = titles.map((t) => t.entry.phrase).join(' and ');
      const head = tokens[last - 1];
      if (titles.at(-1)!.entry.kind === 'body' || head.lemma !== head.lower) mention.collective = true;
    }
    if (name) {
      actor.name = name;
      mention.kind = 'title-name';
      actor.rules.push('title-infers-code');
      remember(ctx, name, actor);
    }
    if (company || body) mention.kind = 'organization';
    else if (!titles.length)
      mention.kind =
        countryKind === 'capital'
          ? 'capital'
          : countryKind === 'city' || countryKind === 'region'
            ? 'place'
            : countryKind === 'seat'
              ? 'seat'
              : countryKind === 'people'
                ? 'people'
                : org
                  ? 'organization'
                  : 'country';
  }
  if (person && name) remember(ctx, name, actor);
  mention.actors = [actor];
  if (extraCountries.length > 0 && !person) {
    for (const x of extraCountries) mention.actors.push(inCountry(actor, x));
    mention.coordinated = true;
  }
  // a country or capital after "in", "at", "near" is where something happens, not who acts
  const before = first > 0 ? tokens[first - 1] : undefined;
  const isPlace =
    (mention.kind === 'country' || mention.kind === 'capital' || mention.kind === 'place') && !possessive;
  // …but "pointed the finger at China", "fired at Israel", "angry at Iran": a country after "at" is aimed at;
  // so is a capital after a word the verb dictionaries aim with "at" ("Moscow hit back at Washington",
  // "took aim at Beijing"), not after one they also read with "in" ("talks at Riyadh") or none ("arrived at Moscow")
  const aimedAt =
    before?.lower === 'at' &&
    (mention.kind === 'country' ||
      (mention.kind === 'capital' &&
        first > 1 &&
        tokens[first - 2].sentence === sentence &&
        aimsAt(ctx.lexicon, tokens[first - 2])));
  // "Sen. Dan Patrick, R-Houston,", "Rep. Charles Rangel, D-New York,": the place a legislator's party tag names
  const partyTag =
    before?.text === '-' &&
    first > 1 &&
    PARTY_LETTERS.has(tokens[first - 2].text) &&
    tokens[first - 2].sentence === sentence;
  // …and "were killed in an Israeli airstrike", "in a U.S. drone strike": a demonym before a violent act names its doer
  if (
    isPlace &&
    before &&
    before.sentence === sentence &&
    (((LOCATIVE.has(before.lower) || partyTag) &&
      !aimedAt &&
      !(
        (countryKind === 'demonym' || countryKind === 'name') &&
        violentActAt(ctx.lexicon, tokens, mention.tokenEnd)
      )) ||
      placeApposition(tokens, first, mention.tokenEnd))
  ) {
    mention.placeOnly = true;
    mention.kind = mention.kind === 'capital' ? 'place' : mention.kind;
  }
  return mention;
}

/**
 * "in Benghazi, Libya, which killed…", "in Tucson, Arizona": a country right after a place named
 * after "in" (or "at", "near"…) and a comma says where that place is, unless a verb follows it
 * ("In Cairo, Egypt condemned…" is the country acting) or it is an item of a list.
 */
function placeApposition(tokens: readonly Token[], first: number, end: number): boolean {
  if (first < 3 || tokens[first - 1].text !== ',') return false;
  const next = tokens[end];
  if (next && next.sentence === tokens[first].sentence) {
    if (next.pos === 'VERB' || next.pos === 'AUX') return false;
    // "in England, Israel and Poland", "in Britain, West Germany, France": a list, not an apposition
    if (next.lower === 'and' || next.lower === 'or') return false;
    const after = tokens[end + 1];
    if (next.text === ',' && after?.pos === 'PROPN' && after.sentence === next.sentence) return false;
  }
  let k = first - 2;
  while (k > first - 5 && k > 0 && tokens[k].pos === 'PROPN' && isCapitalized(tokens[k].text)) k--;
  return k < first - 2 && LOCATIVE.has(tokens[k].lower) && tokens[k].sentence === tokens[first].sentence;
}

/** Per lexicon: the words some verb pattern writes right before an "at" that no "in" may replace. */
const AIMING_WORDS = new WeakMap<Lexicon, Set<string>>();

/**
 * Whether a coding verb pattern has the token's word just before "at" where "at" marks what is
 * aimed at: "hit back at", "take aim at", "point * finger at", "fire * (missile…) (at|toward)".
 * Guards and alternatives that also allow "in" ("talks (in|at) * with", "bombing (in|at|near…)")
 * name a place.
 */
function aimsAt(lexicon: Lexicon, t: Token): boolean {
  let words = AIMING_WORDS.get(lexicon);
  if (!words) {
    words = new Set();
    for (const p of lexicon.source.verbs) {
      if (p.code === '---') continue;
      for (let k = 0; k + 1 < p.words.length; k++) {
        const w = p.words[k];
        const next = p.words[k + 1];
        if (
          w.type !== 'word' ||
          next.type !== 'word' ||
          !next.words.includes('at') ||
          next.words.includes('in')
        )
          continue;
        for (const x of w.forms ?? w.words) words.add(x);
      }
    }
    AIMING_WORDS.set(lexicon, words);
  }
  return words.has(t.lower) || words.has(t.lemma);
}

/**
 * Whether the noun phrase going on at `i` ("airstrike", "drone strike") is headed by a violent
 * event noun: the anchor of a verb pattern of CAMEO roots 18–20 (coercion is left out: "in
 * Israeli detention" is where someone is held).
 */
function violentActAt(lexicon: Lexicon, tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < tokens.length && k <= i + 2; k++) {
    const t = tokens[k];
    if (t.pos !== 'NOUN') return false;
    if (lexicon.anchors.get(t.lemma)?.some((p) => FORCE_ROOTS.has(p.code.slice(0, 2)))) return true;
  }
  return false;
}

/** What a dictionary match inside a body's name says of it: a group's sector, or an office or person that makes it no body. */
function nameWord(l: Lex | undefined): NameWord {
  if (!l) return undefined;
  if (itemOf(l, 'person')) return 'office';
  const a = itemOf(l, 'agent');
  if (!a) return undefined;
  return a.entry.kind === 'title' ? 'office' : { sector: a.entry.sector };
}

/** The party letters of a US legislator's tag: "R-Houston", "D-New York", "I-Vt.". */
const PARTY_LETTERS = new Set(['R', 'D', 'I']);

/** Words that may modify an agent noun between a country and it: "paper workers", "human rights activist" (and -ing forms: "leading"). */
const MODIFIER_POS = new Set(['ADJ', 'NOUN']);

function defaultSector(countryKind: string | undefined, org: string | undefined): Sector | null {
  if (org) return null;
  // a city acting stands for its people (PLOVER's convention); a country, capital or region for its government
  return countryKind === 'people' || countryKind === 'city' ? 'CVL' : 'GOV';
}
