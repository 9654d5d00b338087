import type { Lexicon } from '../dict/index.ts';
import { keyFilter, type WordFilter } from '../dict/word-filter.ts';
import { admin1ByName, findPlaces, geocodeMatch, nameAt, THE_PLACES } from '../geo/index.ts';
import type { Actor, Doc, Mention, Sentence, Token } from '../model/index.ts';
import { isCapitalized } from '../nlp/capitals.ts';
import type { Stage } from '../pipeline/index.ts';
import { ownAcronyms } from './acronyms.ts';
import { articleCountries } from './article-country.ts';
import { compoundCountries } from './compound.ts';
import { coordinate } from './coordinate.ts';
import { withoutCorporatePresidents } from './corporate-titles.ts';
import { agentsFromBody, agentsFromCountry, joinNationalOrganizations } from './country-joins.ts';
import { datelineCountry } from './dateline.ts';
import { withGroups } from './groups.ts';
import { type Lex, lexicalMatches, NOTHING_COVERED } from './lexical.ts';
import { withMemberNouns } from './member-nouns.ts';
import { type ChunkContext, sentenceMentions } from './mentions.ts';
import { courtesySurnames, surnamesOfArticle } from './name-fit.ts';
import { themMentions } from './object-pronouns.ts';
import { campaignsOfPeople, governmentsOfPeople, possessorCountries } from './possessor.ts';
import { ownedByPronoun } from './pronoun-owner.ts';
import {
  definiteTitle,
  groupReferenceFor,
  noteMention,
  pairInSentence,
  referenceMentions,
  type Salience,
  withinSentence,
} from './references.ts';
import { sentenceSubject } from './subject-pronouns.ts';
import { LOCATIVE } from './words.ts';

/** A capital, then a lower-case letter (built once: see nlp/capitals.ts). */
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;

/** The date actors are resolved on: the dateline's, else the article's. */
export function resolutionDate(doc: Doc): string | undefined {
  return doc.dateline?.date ?? doc.article.published;
}

/** Sentences this short (headlines, actor phrases) are always scanned for places. */
const SHORT = 12;

function hasAnchor(lexicon: Lexicon, doc: Doc, from: number, to: number): boolean {
  const anchors = lexicon.anchors;
  // the anchor map is big and cold in cache here: its key filter answers most words
  const filter = keyFilter(anchors);
  for (let i = from; i < to; i++) {
    const t = doc.tokens[i];
    // most tokens' lemma is their lower case: look that word up once
    if (isAnchor(t.lemma, filter, anchors) || (t.lower !== t.lemma && isAnchor(t.lower, filter, anchors)))
      return true;
  }
  return false;
}

function isAnchor(w: string, filter: WordFilter, anchors: Lexicon['anchors']): boolean {
  return filter.mayHave(w) && anchors.has(w);
}

/** addPlaces' tokens taken by dictionary matches, reused from sentence to sentence. */
let takenScratch = new Uint8Array(128);

/**
 * Cities and regions the gazetteer knows, where no dictionary phrase matched: "Shanghai
 * authorities" (city + agent), "in Mariupol" (a place), "Sydney said" (its people).
 */
function addPlaces(
  doc: Doc,
  lex: Map<number, Lex>,
  from: number,
  to: number,
  covered: (i: number) => boolean,
  countries: readonly string[],
  surnames: ReadonlySet<string>,
): void {
  if (takenScratch.length < to - from)
    takenScratch = new Uint8Array(Math.max(to - from, 2 * takenScratch.length));
  const taken = takenScratch;
  taken.fill(0, 0, to - from);
  for (const l of lex.values()) for (let i = l.start; i < l.end; i++) taken[i - from] = 1;
  for (const m of findPlaces(doc.tokens, from, to)) {
    // "the West Bank": a region of the country the place list names it for (PSE)
    const region = m.kind === 'country' && THE_PLACES.has(m.text);
    if (m.kind === 'country' && !region) continue;
    // "Thomas Pickering … a deposition from Pickering": a person's surname, not the town
    if (m.tokenEnd - m.tokenStart === 1 && surnames.has(doc.tokens[m.tokenStart].text)) continue;
    let free = true;
    for (let i = m.tokenStart; i < m.tokenEnd && free; i++) free = !taken[i - from] && !covered(i);
    if (!free) continue;
    const place = geocodeMatch(m, { countries });
    if (!place || (place.level === 'country' && !region)) continue;
    const kind = place.level === 'admin1' || region ? 'region' : 'city';
    const entry = {
      id: `geonames:${place.name}${place.geonamesId ? `#${place.geonamesId}` : ''}`,
      code: place.country,
      kind,
      phrase: m.text,
    } as const;
    lex.set(m.tokenStart, { start: m.tokenStart, end: m.tokenEnd, items: [{ type: 'country', entry }] });
  }
}

const isCountryName = (l: Lex) => l.items.every((it) => it.type === 'country' && it.entry.kind === 'name');

/**
 * Country names that stand for a place here, not the country: "New Mexico", "New Guinea",
 * "Jersey City" (a country's name that ends or starts a longer place name after, or before, a
 * capitalized word of its own), then the names of `divisions` ("Georgia", the US state).
 */
function dropCountryNamesOfPlaces(
  doc: Doc,
  lex: Map<number, Lex>,
  from: number,
  to: number,
  divisions: ReadonlySet<string>,
): void {
  const tokens = doc.tokens;
  // keys, not entries: each entry would be a new [key, value] array (deleting the key read is safe)
  for (const i of lex.keys()) {
    const l = lex.get(i)!;
    // "North Kingstown, R.I.", "Paris, Texas": a name followed by another country's division is a place there
    if (inForeignDivision(tokens, l, to)) {
      lex.delete(i);
      continue;
    }
    if (!isCountryName(l)) continue;
    const before = i > from && !lex.has(i - 1) && isCapitalized(tokens[i - 1].text);
    const hit = before ? nameAt(tokens, i - 1, to) : undefined;
    if (hit && hit.kind !== 'country' && hit.end === l.end) {
      lex.delete(i);
      continue;
    }
    const after = l.end < to && !lex.has(l.end) && isCapitalized(tokens[l.end].text);
    const tail = after ? nameAt(tokens, i, to) : undefined;
    if (tail && tail.kind !== 'country' && tail.end > l.end) lex.delete(i);
  }
  if (divisions.size === 0) return;
  for (const [i, l] of lex)
    if (
      isCountryName(l) &&
      l.items.every((it) => it.type === 'country' && divisions.has(it.entry.code)) &&
      !amongForeignCountries(tokens, lex, l)
    )
      lex.delete(i);
}

/**
 * "Russian troops crossed its border with Georgia": a sentence that names another country and
 * none of the countries whose division shares the name speaks of the country, whatever the
 * rest of the article says ("a veteran senator from Georgia" names no country at all). A name
 * inside a longer one ("retook South Georgia island", "Georgia Tech") is no country, and one
 * after "in", "at"… is still a place in the division ("Mexican immigrants in Georgia protested").
 */
function amongForeignCountries(tokens: readonly Token[], lex: Map<number, Lex>, l: Lex): boolean {
  const named = (k: number) =>
    k >= 0 &&
    k < tokens.length &&
    tokens[k].sentence === tokens[l.start].sentence &&
    !lex.has(k) &&
    TITLE_CASE.test(tokens[k].text);
  if (named(l.start - 1) || named(l.end)) return false;
  // "Mexican immigrants in Georgia": where something happens stays the division, the more common reading
  if (l.start > 0 && LOCATIVE.has(tokens[l.start - 1].lower)) return false;
  const own = new Set<string>();
  for (const it of l.items)
    if (it.type === 'country') {
      own.add(it.entry.code);
      for (const d of admin1ByName(it.entry.phrase)) own.add(d.country);
    }
  let foreign = false;
  for (const other of lex.values()) {
    if (other === l) continue;
    for (const it of other.items) {
      if (it.type !== 'country') continue;
      if (own.has(it.entry.code)) return false;
      foreign = true;
    }
  }
  return foreign;
}

/** Kinds of country entries that are also place names elsewhere: "Paris", "Kingstown", "Georgia". */
const PLACE_KINDS = new Set(['name', 'capital', 'city']);
/** What may follow a division written after a town: "Paris, Texas, said", "Kingstown, R.I.)". */
const AFTER_DIVISION = new Set([',', '.', ')', ';', ':']);

/**
 * A country's name or capital written as a town of another country's division: "North Kingstown,
 * R.I.,", "Paris, Texas,", "Lebanon, Pa.," ("China, Georgia and Russia" lists countries: a list goes
 * on after it). A country's own name needs an abbreviated division: "France, England," is a list.
 */
function inForeignDivision(tokens: readonly Token[], l: Lex, to: number): boolean {
  if (tokens[l.end]?.text !== ',' || l.end + 1 >= to) return false;
  if (!l.items.every((it) => it.type === 'country' && PLACE_KINDS.has(it.entry.kind))) return false;
  for (const width of [2, 1]) {
    const end = l.end + 1 + width;
    if (end > to || (end < to && !AFTER_DIVISION.has(tokens[end].text))) continue;
    const words = tokens.slice(l.end + 1, end);
    if (!words.every((t) => isCapitalized(t.text))) continue;
    if (
      !words[words.length - 1].text.endsWith('.') &&
      l.items.some((it) => it.type === 'country' && it.entry.kind === 'name')
    )
      continue;
    const divisions = admin1ByName(words.map((t) => t.text).join(' '));
    if (
      divisions.length > 0 &&
      divisions.every((d) => l.items.every((it) => it.type === 'country' && it.entry.code !== d.country))
    )
      return true;
  }
  return false;
}

/** Per lexicon: countries whose name is also another country's division, with the country's own cues. */
const SHARED_NAMES = new WeakMap<Lexicon, Map<string, RegExp>>();

function sharedNames(lexicon: Lexicon): Map<string, RegExp> {
  let out = SHARED_NAMES.get(lexicon);
  if (out) return out;
  out = new Map();
  const entries = lexicon.source.countries;
  for (const e of entries) {
    if (e.kind !== 'name' || !admin1ByName(e.phrase).some((a) => a.country !== e.code)) continue;
    const cues = entries
      .filter(
        (c) => c.code === e.code && (c.kind === 'demonym' || c.kind === 'people' || c.kind === 'capital'),
      )
      .map((c) => c.phrase);
    const words = cues.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    if (cues.length > 0) out.set(e.code, new RegExp(`\\b(?:${words})\\b`));
  }
  SHARED_NAMES.set(lexicon, out);
  return out;
}

/**
 * "Georgia" is a country and a US state: in an article that never uses the country's
 * demonym or capital ("Georgian", "Tbilisi"), the name is the other country's division
 * (and the gazetteer reads it as such), not the country.
 */
function divisionsNotCountries(doc: Doc, lexicon: Lexicon): Set<string> {
  const out = new Set<string>();
  const text = doc.article.text;
  for (const [code, cues] of sharedNames(lexicon)) if (!cues.test(text)) out.add(code);
  return out;
}

/** The countries this sentence's matches name, then those named before it, each once. */
function geocodingCountries(lex: Map<number, Lex>, before: readonly string[]): string[] {
  const out: string[] = [];
  for (const l of lex.values())
    for (const it of l.items)
      if (it.type === 'country' && !out.includes(it.entry.code)) out.push(it.entry.code);
  for (const c of before) if (!out.includes(c)) out.push(c);
  return out;
}

/** What `findMentions` carries from one sentence of an article to the next. */
interface ArticleActors {
  doc: Doc;
  lexicon: Lexicon;
  ctx: ChunkContext;
  salience: Salience;
  /** Countries the article has named so far, first named first: context for geocoding. */
  countries: string[];
  /** Tokens of group references, by token index: one array and one test per article, not per sentence. */
  covered: Uint8Array;
  isCovered: (i: number) => boolean;
  /** Acronyms the article spells out as names of its own (actors/acronyms.ts). */
  defined: Set<string>;
  divisions: Set<string>;
  /** Surnames of people the article names with a given name (made when a sentence is first scanned for places). */
  surnames: Set<string> | undefined;
}

/**
 * Finds and resolves actor mentions, sentence by sentence, remembering names and recent actors.
 * Each step of a sentence is a function of its own: when V8 throws away one's compiled code (a
 * new shape of mention or actor met late in a run), the others keep theirs.
 */
export function findMentions(doc: Doc, lexicon: Lexicon): Mention[] {
  const ctx: ChunkContext = {
    doc,
    lexicon,
    date: resolutionDate(doc),
    memory: new Map<string, Actor>(),
    namePrefixes: new Set<string>(),
    homeCountry: datelineCountry(doc, lexicon),
  };
  const covered = new Uint8Array(doc.tokens.length);
  const st: ArticleActors = {
    doc,
    lexicon,
    ctx,
    salience: { persons: [], personSentences: [], actors: [], actorSentences: [] },
    countries: ctx.homeCountry ? [ctx.homeCountry] : [],
    covered,
    isCovered: (i: number) => covered[i] === 1,
    defined: new Set<string>(),
    divisions: divisionsNotCountries(doc, lexicon),
    surnames: undefined,
  };
  const all: Mention[] = [];
  const datelineEnd = doc.dateline?.end ?? -1;
  for (const s of doc.sentences) {
    if (s.skip) continue;
    let from = s.tokenStart;
    while (from < s.tokenEnd && doc.tokens[from].start < datelineEnd) from++;
    // group references ("the two officials") first: their head noun is also a dictionary agent
    const refs = referenceMentions(doc, s.index, from, s.tokenEnd, NOTHING_COVERED, st.salience);
    for (const m of refs) for (let i = m.tokenStart; i < m.tokenEnd; i++) covered[i] = 1;
    const mentions = sentenceActors(st, s, from, sentenceMatches(st, s, from));
    // many sentences name no actor: nothing to resolve, join or note, and no arrays to make for it
    if (mentions.length === 0 && refs.length === 0) continue;
    const merged = resolveSentence(st, s, from, mentions, refs);
    st.salience.subject = sentenceSubject(doc, merged, s.index, from);
    // "criticized Republican senators …, accusing them": the group a verb governs before
    const them = themMentions(doc, merged, from, s.tokenEnd);
    all.push(
      ...(them.length === 0 ? merged : [...merged, ...them].sort((a, b) => a.tokenStart - b.tokenStart)),
    );
  }
  return withGroups(
    lexicon,
    doc.tokens,
    articleCountries(compoundCountries(all), doc.tokens, ctx.homeCountry),
  );
}

/** The dictionary matches of a sentence, and its places, once names that are something else are dropped. */
function sentenceMatches(st: ArticleActors, s: Sentence, from: number): Map<number, Lex> {
  const { doc, lexicon, isCovered, defined } = st;
  const lex = lexicalMatches(lexicon, doc.tokens, from, s.tokenEnd, isCovered);
  // "the Kenya Ports Authority, KPA": from here on KPA is that authority, not the Korean army
  for (const a of ownAcronyms(lexicon, doc.tokens, from, s.tokenEnd, lex)) defined.add(a);
  if (defined.size > 0)
    for (const [i, l] of lex) if (l.end === i + 1 && defined.has(doc.tokens[i].text)) lex.delete(i);
  dropCountryNamesOfPlaces(doc, lex, from, s.tokenEnd, st.divisions);
  courtesySurnames(lexicon, doc.tokens, from, s.tokenEnd, lex, st.ctx.date, isCovered);
  // places matter where an event can be coded: skip the gazetteer scan in sentences without a verb pattern anchor
  if (s.tokenEnd - from <= SHORT || hasAnchor(lexicon, doc, from, s.tokenEnd)) {
    st.surnames ??= surnamesOfArticle(doc.tokens);
    addPlaces(doc, lex, from, s.tokenEnd, isCovered, geocodingCountries(lex, st.countries), st.surnames);
  }
  return lex;
}

/** The actor phrases the matches compose. */
function sentenceActors(st: ArticleActors, s: Sentence, from: number, lex: Map<number, Lex>): Mention[] {
  const { tokens } = st.doc;
  return withMemberNouns(
    tokens,
    withoutCorporatePresidents(
      tokens,
      agentsFromBody(
        tokens,
        agentsFromCountry(
          tokens,
          joinNationalOrganizations(sentenceMentions(st.ctx, s.index, from, s.tokenEnd, lex, st.isCovered)),
          from,
        ),
      ),
    ),
  );
}

/** The sentence's phrases and group references, joined and resolved against what the article said before. */
function resolveSentence(
  st: ArticleActors,
  s: Sentence,
  from: number,
  mentions: Mention[],
  refs: Mention[],
): Mention[] {
  const { doc, salience, countries } = st;
  const found = campaignsOfPeople(
    doc,
    governmentsOfPeople(doc.tokens, possessorCountries(mentions)),
    s.tokenEnd,
  );
  // "Britain … the United States as the two countries": a pair of the sentence itself
  for (let k = 0; k < refs.length; k++) refs[k] = pairInSentence(doc, refs[k], found) ?? refs[k];
  // the sentence's mentions come in token order: only group references need sorting in
  const merged = coordinate(
    doc,
    refs.length === 0 ? found : [...found, ...refs].sort((a, b) => a.tokenStart - b.tokenStart),
  );
  for (let k = 0; k < merged.length; k++) {
    // "hosted Hashimoto … between the two leaders": a pair named earlier in the sentence
    merged[k] = groupReferenceFor(doc, merged[k], from, salience) ?? merged[k];
    // "The president bombed Libya": the latest president the article named
    merged[k] = definiteTitle(doc, merged[k], salience) ?? merged[k];
    merged[k] = ownedByPronoun(doc, merged, k);
    const resolved = withinSentence(doc, merged, k, salience);
    if (!resolved) {
      merged.splice(k--, 1);
      continue;
    }
    merged[k] = resolved;
    const m = resolved;
    noteMention(salience, m);
    for (const a of m.actors)
      if (a.country.length === 3 && !countries.includes(a.country)) countries.push(a.country);
  }
  return merged;
}

export function actorsStage(lexicon: Lexicon): Stage {
  return {
    name: 'actors',
    requires: ['sentences', 'tokens', 'dateline'],
    assigns: ['mentions'],
    run: function actors(doc: Doc): Doc {
      return { ...doc, mentions: findMentions(doc, lexicon) };
    },
  };
}
