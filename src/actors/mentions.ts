import type { Lexicon } from '../dict/index.ts';
import { type Actor, type Doc, inCountry, type Mention, type Token } from '../model/index.ts';
import { FORCE_ROOTS } from '../ontology/cameo.ts';
import {
  type Chunk,
  isLoneModifier,
  newChunk,
  readHead,
  readName,
  readNameAfterCountry,
  readOfPlace,
  readTitles,
} from './chunk.ts';
import { chunkActor } from './chunk-actor.ts';
import { type Lex, NOTHING_COVERED } from './lexical.ts';
import { rankBeforeName } from './names.ts';
import { principalRelation } from './principal.ts';
import { DETERMINERS, FORMER, isCapitalized, LOCATIVE, TENURE } from './words.ts';

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
      (TENURE.has(tokens[i].lower) && !lex.has(i)) ||
      tokens[i].lower === 'then')
  ) {
    if (FORMER.has(tokens[i].lower)) former = true;
    i++;
  }
  // most calls make nothing: no dictionary match, rank or capitalized word (a name) is here
  if (i >= to || (!lex.has(i) && !isCapitalized(tokens[i].text) && !rankBeforeName(ctx, i, to, lex)))
    return undefined;
  const ch = newChunk(sentence, i, to, former);
  if (!readHead(ctx, ch, lex)) return undefined;
  readTitles(ctx, ch, lex);
  readName(ctx, ch, lex);
  if (ch.first < 0 || isLoneModifier(tokens, ch) || !readNameAfterCountry(ctx, ch, lex)) return undefined;
  if (ch.first > start && ch.first - start <= 2) ch.first = start; // keep "the", "former" in the span
  readOfPlace(ctx, ch, lex);
  readPrincipal(ctx, ch, lex);

  // a plain literal: spreading a `{ start, end }` object into it cost a third of this stage.
  // Its flags are all here (undefined is left out of JSON), in the order they were once added
  // one by one, so that every mention has one shape and the stages reading them stay optimized
  const { first, last } = ch;
  const mention: Mention = {
    start: tokens[first].start,
    end: tokens[last - 1].end,
    sentence,
    tokenStart: first,
    tokenEnd: last,
    kind: 'agent',
    actors: [],
    possessive: ch.possessive ? true : undefined,
    collective: undefined,
    coordinated: undefined,
    placeOnly: undefined,
  };
  const actor = chunkActor(ctx, ch, mention);
  mention.actors = [actor];
  if (ch.extraCountries.length > 0 && !ch.person) {
    for (const x of ch.extraCountries) mention.actors.push(inCountry(actor, x));
    mention.coordinated = true;
  }
  if (isPlaceOnly(ctx, ch, mention)) {
    mention.placeOnly = true;
    mention.kind = mention.kind === 'capital' ? 'place' : mention.kind;
  }
  return mention;
}

/**
 * "a senior aide to Netanyahu", "a spokesman for the Russian president": an aide or a
 * spokesperson with no country of their own speaks for the one they serve; "supporters of
 * Imran Khan": a following is of the country of the person it follows, in its own sector.
 */
function readPrincipal(ctx: ChunkContext, ch: Chunk, lex: Map<number, Lex>): void {
  const { i, to, titles } = ch;
  if (ch.country || ch.org || ch.person || titles.length === 0 || i + 1 >= to || ch.last !== i) return;
  const relation = principalRelation(titles[titles.length - 1].entry.phrase, ctx.doc.tokens[i].lower);
  if (!relation) return;
  const principal = chunkAt(ctx, ch.sentence, i + 1, to, lex);
  const a = principal?.actors.length === 1 ? principal.actors[0] : undefined;
  if (
    principal &&
    a &&
    a.country !== '---' &&
    !principal.possessive &&
    (relation === 'aide' || (principal.kind === 'person' && a.country.length === 3))
  ) {
    if (relation === 'aide') ch.served = a;
    else {
      ch.country = a.country;
      ch.countryKind = 'name';
      ch.rules.push(...a.rules, 'follower-of-person');
    }
    ch.last = principal.tokenEnd;
  }
}

/** A country or capital after "in", "at", "near" is where something happens, not who acts. */
function isPlaceOnly(ctx: ChunkContext, ch: Chunk, mention: Mention): boolean {
  const { tokens } = ctx.doc;
  const { first, sentence, countryKind } = ch;
  const before = first > 0 ? tokens[first - 1] : undefined;
  const isPlace =
    (mention.kind === 'country' || mention.kind === 'capital' || mention.kind === 'place') && !ch.possessive;
  if (!isPlace || !before || before.sentence !== sentence) return false;
  // …but "pointed the finger at China", "fired at Israel", "angry at Iran": a country after "at" is aimed at;
  // so is a capital after a word the verb dictionaries aim with "at" ("Moscow hit back at Washington",
  // "took aim at Beijing"), not after one they also read with "in" ("talks at Riyadh") or none ("arrived at Moscow")
  const aimedAt =
    before.lower === 'at' &&
    (mention.kind === 'country' ||
      (mention.kind === 'capital' &&
        first > 1 &&
        tokens[first - 2].sentence === sentence &&
        aimsAt(ctx.lexicon, tokens[first - 2])));
  // "Sen. Dan Patrick, R-Houston,", "Rep. Charles Rangel, D-New York,": the place a legislator's party tag names
  const partyTag =
    before.text === '-' &&
    first > 1 &&
    PARTY_LETTERS.has(tokens[first - 2].text) &&
    tokens[first - 2].sentence === sentence;
  // …and "were killed in an Israeli airstrike", "in a U.S. drone strike": a demonym before a violent act names its doer
  return (
    ((LOCATIVE.has(before.lower) || partyTag) &&
      !aimedAt &&
      !(
        (countryKind === 'demonym' || countryKind === 'name') &&
        violentActAt(ctx.lexicon, tokens, mention.tokenEnd)
      )) ||
    placeApposition(tokens, first, mention.tokenEnd)
  );
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

/** The party letters of a US legislator's tag: "R-Houston", "D-New York", "I-Vt.". */
const PARTY_LETTERS = new Set(['R', 'D', 'I']);
