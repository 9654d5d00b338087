import type { LexItem, Lexicon } from '../dict/index.ts';
import { longestMatch } from '../dict/index.ts';
import { joinedHyphen, type Token } from '../model/index.ts';

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
    let items = m ? fitting(m.items, tokens, m.end) : NO_ITEMS;
    // "Pakistan today threatened…" is not the newspaper Pakistan Today: try a shorter phrase
    while (m && items.length === 0) {
      m = m.end - 1 > i ? longestMatch(lexicon.actors, tokens, i, m.end - 1) : undefined;
      items = m ? fitting(m.items, tokens, m.end) : NO_ITEMS;
    }
    if (m) {
      out.set(i, { start: i, end: m.end, items });
      i = m.end;
    } else i++;
  }
  return out;
}

/** No items: never stored, only tested for length. */
const NO_ITEMS: LexItem[] = [];

/** The items of a match ending at `end` that fit the text around it (the same array when all do). */
function fitting(items: LexItem[], tokens: readonly Token[], end: number): LexItem[] {
  // loops, not every/filter with a closure: this runs at every dictionary match
  let all = true;
  for (let k = 0; k < items.length && all; k++) all = fits(items[k], tokens, end);
  if (all) return items;
  const out: LexItem[] = [];
  for (const x of items) if (fits(x, tokens, end)) out.push(x);
  return out;
}

function fits(x: LexItem, tokens: readonly Token[], end: number): boolean {
  return x.type === 'person'
    ? !hyphenJoined(tokens, end)
    : x.type === 'country'
      ? !countryAsModifier(tokens, end)
      : caseFits(x, tokens, end);
}

/** Nouns a country's name modifies without acting: "a Vietnam veteran", "the Iraq war", "the Iran scandal". */
const WAR_NOUNS = new Set(['war', 'wars', 'veteran', 'veterans', 'vet', 'vets', 'era', 'scandal', 'affair']);
/** Words after a hyphen that make a country's word a language: "Spanish-language", "Russian-speaking". */
const LANGUAGE_SUFFIXES = new Set(['language', 'speaking', 'speaker', 'speakers']);

/**
 * A country word that names a war or a language, not the country acting: "Vietnam veteran",
 * "Iraq war veterans", "Spanish-language statements", "Russian-speaking residents".
 */
function countryAsModifier(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  if (!next || next.sentence !== tokens[end - 1].sentence) return false;
  if (WAR_NOUNS.has(next.lower)) return true;
  return joinedHyphen(tokens, end) && LANGUAGE_SUFFIXES.has(tokens[end + 1].lower);
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
 * A news outlet's name of several words whose last word is capitalized ("Pakistan Today",
 * "China Daily", "Global Times") matches only when the text capitalizes that word too
 * (parties are often written "the Republican party", so only media names are held to it).
 */
function caseFits(item: LexItem, tokens: readonly Token[], end: number): boolean {
  if (item.type !== 'organization' || item.entry.kind !== 'media') return true;
  const phrase = item.entry.phrase;
  const space = phrase.lastIndexOf(' ');
  if (space < 0) return true;
  const first = phrase.charCodeAt(space + 1);
  if (!(first >= 65 && first <= 90)) return true;
  const c = tokens[end - 1].text.charAt(0);
  return c === c.toUpperCase();
}
