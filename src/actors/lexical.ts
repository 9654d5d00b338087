import type { LexItem, Lexicon } from '../dict/index.ts';
import { longestMatch } from '../dict/index.ts';
import { isTitleCase } from '../geo/index.ts';
import { joinedHyphen, type Token } from '../model/index.ts';
import { givenName, otherGivenName, surnameKing, titledSurname } from './name-fit.ts';

/** A dictionary match over tokens `[start, end)`. */
export interface Lex {
  start: number;
  end: number;
  items: LexItem[];
}

export function itemOf<T extends LexItem['type']>(
  lex: Lex | undefined,
  type: T,
): Extract<LexItem, { type: T }> | undefined {
  if (!lex) return undefined;
  // the last entry wins: curated and user dictionaries are read after generated/bundled ones;
  // a loop, not findLast: a predicate closure per call, and this runs several times per token
  const items = lex.items;
  for (let k = items.length - 1; k >= 0; k--)
    if (items[k].type === type) return items[k] as Extract<LexItem, { type: T }>;
  return undefined;
}

/** The `covered` test of callers that cover nothing: one function, not a closure per call. */
export const NOTHING_COVERED = (_i: number): boolean => false;

/** Dictionary matches of one sentence, indexed by their first token. */
export function lexicalMatches(
  lexicon: Lexicon,
  tokens: readonly Token[],
  from: number,
  to: number,
  covered: (i: number) => boolean = NOTHING_COVERED,
): Map<number, Lex> {
  const out = new Map<number, Lex>();
  let i = from;
  let limit = from; // the first covered token at or after i (or `to`)
  let lastEnd = -1; // the end of the last match: the token before it is part of a phrase
  let headline: boolean | undefined; // asked once, when a name may follow a given name
  while (i < to) {
    if (covered(i)) {
      i++;
      continue;
    }
    if (limit <= i) {
      limit = i;
      while (limit < to && !covered(limit)) limit++;
    }
    let m = longestMatch(lexicon.actors, tokens, i, limit);
    // no new empty array per token that starts no phrase (most of them)
    // a given name of no dictionary phrase before the match ("Joe" of "Joe Lieberman"), outside headlines
    let named =
      m !== undefined &&
      i > from &&
      lastEnd !== i &&
      !covered(i - 1) &&
      givenName(tokens, i - 1, from === i - 1);
    if (named) {
      headline ??= isTitleCase(tokens, from, to);
      named = !headline;
    }
    // the token before ends another match ("Saudi King", "Sen. King")
    const afterMatch = i > from && lastEnd === i;
    let items = m ? fitting(m.items, tokens, i, m.end, named, afterMatch) : NO_ITEMS;
    // "Pakistan today threatened…" is not the newspaper Pakistan Today: try a shorter phrase
    while (m && items.length === 0) {
      m = m.end - 1 > i ? longestMatch(lexicon.actors, tokens, i, m.end - 1) : undefined;
      items = m ? fitting(m.items, tokens, i, m.end, named, afterMatch) : NO_ITEMS;
    }
    if (m) {
      out.set(i, { start: i, end: m.end, items });
      i = lastEnd = m.end;
    } else i++;
  }
  return out;
}

/** No items: never stored, only tested for length. */
const NO_ITEMS: LexItem[] = [];

/**
 * The items of a match `[start, end)` that fit the text around it (the same array when all
 * do); `named` says the token before `start` is a given name of no other match, `afterMatch`
 * that it ends another match.
 */
function fitting(
  items: LexItem[],
  tokens: readonly Token[],
  start: number,
  end: number,
  named: boolean,
  afterMatch: boolean,
): LexItem[] {
  // "an Iranian-born man": the whole phrase is a modifier, whatever it names
  if (modifierCompound(tokens, end)) return NO_ITEMS;
  // loops, not every/filter with a closure: this runs at every dictionary match
  let all = true;
  for (let k = 0; k < items.length && all; k++) all = fits(items[k], tokens, start, end, named, afterMatch);
  if (all) return items;
  const out: LexItem[] = [];
  for (const x of items) if (fits(x, tokens, start, end, named, afterMatch)) out.push(x);
  return out;
}

function fits(
  x: LexItem,
  tokens: readonly Token[],
  start: number,
  end: number,
  named: boolean,
  afterMatch: boolean,
): boolean {
  return x.type === 'person'
    ? !hyphenJoined(tokens, end) && !(named && otherGivenName(x.entry, tokens, start, end))
    : x.type === 'country'
      ? !countryAsModifier(tokens, end) &&
        !inRegionName(tokens, start) &&
        !titledSurname(tokens, start) &&
        !(x.entry.kind === 'demonym' && spokenLanguage(tokens, start, end))
      : caseFits(x, tokens, start, end) &&
        !(x.type === 'agent' && surnameKing(tokens, start, end, named, afterMatch));
}

/** Words before "America"/"American" that make a region of it, not the United States. */
const AMERICAS_REGIONS = new Set(['Latin', 'South', 'Central', 'North']);

/**
 * "Latin American debtors", "Central American migrants", "South America", "North Americans",
 * "the Americas": a region of the Americas names no country.
 */
function inRegionName(tokens: readonly Token[], start: number): boolean {
  const t = tokens[start];
  if (t.lower === 'americas') return true;
  if (start === 0 || !t.lower.startsWith('america')) return false;
  const before = tokens[start - 1];
  return before.sentence === t.sentence && AMERICAS_REGIONS.has(before.text);
}

/** Nouns a country's name modifies without acting: "a Vietnam veteran", "the Iraq war", "the Iran scandal". */
const WAR_NOUNS = new Set(['war', 'wars', 'veteran', 'veterans', 'vet', 'vets', 'era', 'scandal', 'affair']);
/**
 * Currency words after a country's word: "68 billion U.S. dlr foreign debt", "the Canadian
 * dollar", "Hong Kong cents". Not "pound", "mark", "won" or "crown": verbs and nouns of their own.
 */
const CURRENCY_NOUNS = new Set([
  'dlr',
  'dlrs',
  'dollar',
  'dollars',
  'cent',
  'cents',
  'yen',
  'franc',
  'francs',
  'peso',
  'pesos',
  'rupee',
  'rupees',
  'rouble',
  'roubles',
  'ruble',
  'rubles',
  'lira',
  'yuan',
  'riyal',
  'riyals',
  'dinar',
  'dinars',
  'shekel',
  'shekels',
]);
/** Words after a hyphen that make a country's word a language: "Spanish-language", "Russian-speaking". */
const LANGUAGE_SUFFIXES = new Set(['language', 'speaking', 'speaker', 'speakers']);

/**
 * A country word that names a war, a currency or a language, not the country acting: "Vietnam
 * veteran", "Iraq war veterans", "U.S. dlrs", "Spanish-language statements", "Russian-speaking residents".
 */
function countryAsModifier(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  if (!next || next.sentence !== tokens[end - 1].sentence) return false;
  if (WAR_NOUNS.has(next.lower) || CURRENCY_NOUNS.has(next.lower)) return true;
  return joinedHyphen(tokens, end) && LANGUAGE_SUFFIXES.has(tokens[end + 1].lower);
}

/** Words before a bare demonym that make it a language: "ads in Spanish", "translated into Russian", "speaks German". */
const LANGUAGE_CUES = new Set([
  'in',
  'into',
  'speak',
  'speaks',
  'spoke',
  'spoken',
  'speaking',
  'learn',
  'learns',
  'learned',
  'learning',
  'teach',
  'teaches',
  'taught',
  'teaching',
]);
/** Adjectives between the cue and the language: "in fluent Spanish", "speaks broken English". */
const LANGUAGE_ADJECTIVES = new Set([
  'fluent',
  'broken',
  'perfect',
  'flawless',
  'halting',
  'accented',
  'native',
  'heavily',
]);
/** Parts of speech after a demonym that show it heads no noun phrase: "in Spanish to attack", "in Chinese.". */
const NOT_A_HEAD = new Set(['PUNCT', 'ADP', 'SCONJ', 'PART', 'DET', 'PRON', 'AUX', 'ADV']);

/**
 * A demonym alone after "in", "into", "speak", "learn" or "teach" is a language, not the country:
 * "broadcasts ads in Spanish", "translated into Russian", "speaks fluent German". The people
 * who speak or write it are seldom that country's (Spanish-language ads in US campaigns), so it
 * names no actor. Only when nothing it could modify follows: "into Russian meddling", "in
 * Chinese goods", "in Russian and Chinese hacking" keep their country; "in English and Spanish."
 * and "into German, French and Italian" are lists of languages. (Hyphened "Spanish-language", "Russian-speaking" are countryAsModifier's.)
 */
function spokenLanguage(tokens: readonly Token[], start: number, end: number): boolean {
  if (start === 0) return false;
  const sentence = tokens[start].sentence;
  let k = start - 1;
  // "into German, French and Italian": the cue is before the first language of a list
  while (
    k > 1 &&
    (tokens[k].pos === 'CCONJ' || tokens[k].text === ',') &&
    isUpper(tokens[k - 1].text.charCodeAt(0))
  )
    k -= 2;
  if (LANGUAGE_ADJECTIVES.has(tokens[k].lower) && k > 0) k--;
  if (tokens[k].sentence !== sentence || !LANGUAGE_CUES.has(tokens[k].lower)) return false;
  let j = end;
  // "in English and Spanish", "in Spanish, English and French": look past the other languages
  while (
    j + 1 < tokens.length &&
    tokens[j + 1].sentence === sentence &&
    (tokens[j].pos === 'CCONJ' || tokens[j].text === ',') &&
    isUpper(tokens[j + 1].text.charCodeAt(0))
  )
    j += 2;
  const next = tokens[j];
  if (!next || next.sentence !== sentence) return true;
  return NOT_A_HEAD.has(next.pos) || next.pos === 'CCONJ';
}

/** Words after a hyphen that make any actor's word a modifier: "an Iranian-born man", "Hezbollah-supporting villages". */
const MODIFIER_SUFFIXES = new Set(['born', 'supporting']);

/**
 * A dictionary phrase joined by a hyphen to "born" or "supporting" describes someone else's
 * origin or sympathies, and acts for nobody: "an Iranian-born man", "two Nigerian-born Muslim
 * converts", "U.S.-born", "Hezbollah-supporting villages". ("-led", "-backed", "-linked" are not
 * here: "the Saudi-led coalition" keeps its leader.)
 */
function modifierCompound(tokens: readonly Token[], end: number): boolean {
  return joinedHyphen(tokens, end) && MODIFIER_SUFFIXES.has(tokens[end + 1].lower);
}

/** Words after a hyphen that leave the name before it whole: "Bush-era", "Obama-style". */
const NAME_SUFFIXES = new Set(['era', 'style', 'like', 'type', 'run', 'led', 'linked', 'allied']);

/**
 * Whether a person's name ends inside a longer hyphenated name: "Park Jin" in "Park Jin-young"
 * is someone else. A second name ("Clinton-Netanyahu meeting") or an English word
 * ("Bush-era", "Obama-backed") after the hyphen leaves it whole; so does a prefix before it
 * ("al-Awlaki"). Countries and groups keep such matches: "US-led", "Hamas-run".
 */
function hyphenJoined(tokens: readonly Token[], end: number): boolean {
  if (!joinedHyphen(tokens, end)) return false;
  const w = tokens[end + 1].text;
  if (w[0] !== w[0].toLowerCase()) return false;
  return !(NAME_SUFFIXES.has(w) || w.endsWith('ed') || w.endsWith('ing'));
}

/**
 * An organization's name of several words that starts with a capital ("Liberal Democrats",
 * "National Rally") matches only when the text capitalizes its first word too: "liberal
 * Democrats" and "a national rally" are no party. A news outlet's name whose last word is
 * capitalized ("Pakistan Today", "China Daily", "Global Times") matches only when the text
 * capitalizes that word too (parties are often written "the Republican party", so only media
 * names are held to it).
 */
function caseFits(item: LexItem, tokens: readonly Token[], start: number, end: number): boolean {
  if (item.type !== 'organization') return true;
  const phrase = item.entry.phrase;
  const space = phrase.lastIndexOf(' ');
  if (space < 0) return true;
  if (isUpper(phrase.charCodeAt(0)) && isLower(tokens[start].text.charCodeAt(0))) return false;
  if (item.entry.kind !== 'media') return true;
  const first = phrase.charCodeAt(space + 1);
  if (!(first >= 65 && first <= 90)) return true;
  const c = tokens[end - 1].text.charAt(0);
  return c === c.toUpperCase();
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
