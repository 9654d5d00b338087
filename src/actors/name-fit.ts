// Whether a dictionary person or title fits the name it matched: a one-word name after someone
// else's given name ("Joe Lieberman"), "King" as a surname ("Rep. Peter King"). Pure functions
// over a sentence's tokens, asked by the dictionary matcher (lexical.ts).
import type { Lexicon, PersonEntry } from '../dict/index.ts';
import { inRange } from '../dict/index.ts';
import type { Token } from '../model/index.ts';
import { isLetterInitial } from '../nlp/capitals.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../nlp/index.ts';
import type { Lex } from './lexical.ts';
import { DETERMINERS, HONORIFICS, isCapitalized, POSSESSIVE_MARKERS } from './words.ts';

/** A letter (built once: see nlp/capitals.ts). */
const LETTER = /\p{L}/u;
/** Letters only (built once: see nlp/capitals.ts). */
const LETTERS_ONLY = /^\p{L}+$/u;
/** An initial ("J.") (built once: see nlp/capitals.ts). */
const INITIAL = /^\p{Lu}\.$/u;

/** Courtesy titles before a surname: "Mr. King", "Rep. King", "Sen. King". */
const COURTESY = new Set([
  ...HONORIFICS,
  'rep.',
  'rep',
  'sen.',
  'sen',
  'gov.',
  'congressman',
  'congresswoman',
  'senator',
  'representative',
]);
/** Words before "King" that make it the monarch's title: "the King", "his King", "Jordan's King". */
const TITLE_OWNERS = new Set([
  ...DETERMINERS,
  ...POSSESSIVE_MARKERS,
  'his',
  'her',
  'their',
  'its',
  'our',
  'your',
  'my',
  'this',
  'that',
]);
/** After a surname: "Martin Luther King Jr." */
const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.']);

/**
 * A capitalized "King" that is a surname, not the monarch's title: after a given name or a
 * courtesy title ("Rep. Peter King", "Steve King", "Mr. King", "Sen. King"), before "Jr.", or
 * with no name after it and nothing before that makes it a title ("King, the New York
 * Republican", "said King"). "King Abdullah", "the King", "Jordan's King", "Saudi King",
 * "the new King", "King of Jordan" keep the title.
 */
export function surnameKing(
  tokens: readonly Token[],
  start: number,
  end: number,
  named: boolean,
  afterMatch: boolean,
): boolean {
  const t = tokens[start];
  if (end - start !== 1 || t.text !== 'King') return false;
  const next = tokens[end]?.sentence === t.sentence ? tokens[end] : undefined;
  if (next && SUFFIXES.has(next.lower)) return true;
  const prev = start > 0 && tokens[start - 1].sentence === t.sentence ? tokens[start - 1] : undefined;
  if (named || (prev && COURTESY.has(prev.lower))) return true;
  // a name or "of" after it: "King Abdullah", "King Mohammed VI", "King of Jordan"
  if (next && (next.lower === 'of' || (next.pos === 'PROPN' && isCapitalized(next.text)))) return false;
  if (!prev) return true;
  return !(afterMatch || TITLE_OWNERS.has(prev.lower) || (prev.pos === 'ADJ' && !isCapitalized(prev.text)));
}

/**
 * A one-word name after a given name that is none of the person's: "Joe Lieberman" is not
 * Avigdor Lieberman, "Michelle Obama" not Barack Obama, "Sen. Joe Lieberman" no Israeli. The
 * caller has checked that the word before is a given name of no other dictionary match (no
 * title or country); it must be absent from every name the dictionary gives the person
 * ("Barack Hussein Obama" lists the middle name), in any spelling.
 */
export function otherGivenName(
  person: PersonEntry,
  tokens: readonly Token[],
  start: number,
  end: number,
): boolean {
  if (end - start !== 1) return false;
  const given = consonants(tokens[start - 1].lower);
  for (const name of person.names)
    for (const word of name.toLowerCase().split(' ')) if (consonants(word) === given) return false;
  return true;
}

/**
 * A name's letters without vowels, doubled letters once: the spellings of one name match
 * ("Mohammad", "Mohamed" and "Muhammad" are all "mhmd"), different names do not ("Joseph", "Avigdor").
 */
function consonants(word: string): string {
  let out = word.charAt(0);
  for (let k = 1; k < word.length; k++) {
    const ch = word.charAt(k);
    if (!LETTER.test(ch) || 'aeiouy'.includes(ch) || ch === out.at(-1)) continue;
    out += ch;
  }
  return out;
}

/** Sentence-initial words capitalized by position, tagged as nouns: "Yesterday Putin said". */
const NOT_GIVEN = new Set([
  'yesterday',
  'today',
  'tonight',
  'tomorrow',
  'now',
  'then',
  'later',
  'earlier',
  'meanwhile',
]);

/**
 * Whether token `k` may be a given name: a capitalized proper noun, or a capitalized noun at
 * the sentence's start ("Hunter Biden", "Bill Bennett" are tagged as nouns there).
 */
export function givenName(tokens: readonly Token[], k: number, initial: boolean): boolean {
  const t = tokens[k];
  // not an initial or abbreviation ("Timothy F. Geithner", "Mr. Obama", "Lt. Wood") nor "Mrs"
  if (!isCapitalized(t.text) || t.text.length < 2 || t.text.endsWith('.') || HONORIFICS.has(t.lower))
    return false;
  if (t.pos === 'PROPN') return !MONTH_NAMES.has(t.lower) && !WEEKDAY_NAMES.has(t.lower);
  return initial && t.pos === 'NOUN' && !NOT_GIVEN.has(t.lower);
}

/** A middle initial: "M." of "David M. Holland". */
const MIDDLE_INITIAL = /^[A-Z]\.$/;

/**
 * Whether the word at `start` is written as a person's surname: after a capitalized courtesy
 * title ("Mr. Holland", "Mrs. Jordan") or after a given name and a middle initial ("David M.
 * Holland", "Booker T. Washington"). A country's or a capital's name there names a person.
 */
export function titledSurname(tokens: readonly Token[], start: number): boolean {
  const prev = tokens[start - 1];
  if (!prev || prev.sentence !== tokens[start].sentence) return false;
  if (HONORIFICS.has(prev.lower)) return isCapitalized(prev.text);
  if (!MIDDLE_INITIAL.test(prev.text)) return false;
  const given = tokens[start - 2];
  return (
    !!given &&
    given.sentence === prev.sentence &&
    isCapitalized(given.text) &&
    given.text.length > 1 &&
    !given.text.endsWith('.') &&
    (given.pos === 'PROPN' || given.pos === 'NOUN')
  );
}

/** First words of place names, not given names: "West Virginia", "New Jersey", "Fort Hood". */
const PLACE_PREFIXES = new Set([
  'new',
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'upper',
  'lower',
  'greater',
  'san',
  'santa',
  'los',
  'las',
  'el',
  'la',
  'saint',
  'st',
  'port',
  'fort',
  'lake',
  'mount',
  'cape',
  'palm',
  'grand',
]);

/**
 * Surnames of the article's people the dictionaries do not know, written once with a given
 * name: "Thomas Pickering, a former ambassador" makes a later lone "Pickering" him, not the
 * town in Ontario. Only two-word names count (a given name, then the surname, neither a
 * capitalized neighbour), so "West Virginia" and "New York City" name no one.
 */
export function surnamesOfArticle(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  const name = (t: Token | undefined) => !!t && t.pos === 'PROPN' && isCapitalized(t.text);
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    if (!name(t) || t.sentence !== tokens[k - 1].sentence || name(tokens[k - 2]) || name(tokens[k + 1]))
      continue;
    const given = tokens[k - 1];
    const initial = k < 2 || tokens[k - 2].sentence !== given.sentence;
    if (!givenName(tokens, k - 1, initial) || PLACE_PREFIXES.has(given.lower.replace(/\.$/, ''))) continue;
    out.add(t.text);
  }
  return out;
}

/**
 * "Mr Cameron said", "Mrs May told MPs": a capitalized word after a courtesy title that the
 * dictionary holds only as the last name of people ("David Cameron", "Theresa Mary May") is the
 * one of them in office on `date`, when no other has held an office by then ("Mr. Carter" in
 * 2012 may be Jimmy as well as Ashton Carter; "Mr. Jones" after Jim Jones's term is someone
 * else): added to the sentence's matches `lex`.
 * A capitalized word after it ("Mr Cameron Munter") makes it a given name, a word some other
 * entry matched keeps that entry, and an article that writes the surname after another given
 * name ("John Smith, a farmer, … Mr Smith said") means that person.
 */
export function courtesySurnames(
  lexicon: Lexicon,
  tokens: readonly Token[],
  from: number,
  to: number,
  lex: Map<number, Lex>,
  date: string | undefined,
  covered: (i: number) => boolean,
): void {
  if (!date) return;
  for (let i = from + 1; i < to; i++) {
    if (!HONORIFICS.has(tokens[i - 1].lower) || lex.has(i) || lex.has(i - 1) || covered(i)) continue;
    const t = tokens[i];
    if (!isCapitalized(t.text) || !LETTERS_ONLY.test(t.text)) continue;
    const next = i + 1 < to ? tokens[i + 1] : undefined;
    if (next && isCapitalized(next.text) && isLetterInitial(next.text)) continue;
    const people = lexicon.surnames.get(t.lower);
    if (!people) continue;
    let only: PersonEntry | undefined;
    let count = 0;
    for (const p of people)
      if (p.offices.some((o) => !o.from || o.from <= date)) {
        only = p;
        count++;
      }
    if (
      count !== 1 ||
      !only ||
      !only.offices.some((o) => inRange(date, o)) ||
      namedOtherwise(only, tokens, t.text)
    )
      continue;
    lex.set(i, { start: i, end: i + 1, items: [{ type: 'person', entry: only }] });
  }
}

/**
 * The given name before a surname at `k`, past initials ("Miguel A. Estrada", "John B.
 * Larson"), or -1.
 */
function givenAt(tokens: readonly Token[], k: number): number {
  let g = k - 1;
  while (g > 0 && INITIAL.test(tokens[g].text)) g--;
  if (g < 0 || tokens[g].sentence !== tokens[k].sentence) return -1;
  const initial = g === 0 || tokens[g - 1].sentence !== tokens[g].sentence;
  return givenName(tokens, g, initial) ? g : -1;
}

/** Whether the article writes `surname` after a given name that is none of the person's. */
function namedOtherwise(person: PersonEntry, tokens: readonly Token[], surname: string): boolean {
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k].text !== surname) continue;
    const g = givenAt(tokens, k);
    // otherGivenName reads the given name before its one-word span
    if (g >= 0 && otherGivenName(person, tokens, g + 1, g + 2)) return true;
  }
  return false;
}
