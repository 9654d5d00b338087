import { WordFilter } from '../dict/word-filter.ts';
import type { Token } from '../model/index.ts';
import { isCapitalized, isLetterInitial } from '../nlp/capitals.ts';
import { type Admin1, admin1ByFullKey, admin1ByName, admin1Keys } from './admin1.ts';
import { countryByKey, countryByName, countryKeys } from './countries.ts';
import { foldName } from './fold.ts';
import { gazetteer } from './gazetteer.ts';
import { nameIsCity } from './geocode.ts';
import { FUNCTION_WORDS, NAME_CONNECTORS } from './words.ts';

/** A capitalised word ("Kabul", "ISLAMABAD", "D.C.", "São"). */
export function isCapWord(t: Token | undefined): boolean {
  return t !== undefined && isCapitalized(t.text);
}

/** A token starting with a letter. */
function isWord(t: Token): boolean {
  return isLetterInitial(t.text);
}

/** The words of `[start, end)` as written, one space where the text has any gap. */
export function surface(tokens: readonly Token[], start: number, end: number): string {
  let s = tokens[start].text;
  for (let i = start + 1; i < end; i++)
    s += (tokens[i].start > tokens[i - 1].end ? ' ' : '') + tokens[i].text;
  return s;
}

/** Tokens that may sit inside a name: words, hyphens, apostrophes, dotted abbreviations. */
function nameToken(t: Token): boolean {
  return isCapWord(t) || /^[-'’.,&]$/.test(t.text) || NAME_CONNECTORS.has(t.lower);
}

export interface NameHit {
  end: number;
  text: string;
  kind: 'city' | 'admin1' | 'country';
}

/** Most tokens a name may span ("Dayr al Balaḩ", "Port - au - Prince"). */
const MAX_TOKENS = 10;

let prefixSet: Set<string> | undefined;
let prefixFilter: WordFilter | undefined;

/** Every word-prefix of every city, country and division key: lets the scanner stop early. */
function prefixes(): Set<string> {
  if (prefixSet) return prefixSet;
  prefixSet = new Set();
  const add = (key: string): void => {
    for (let at = key.indexOf(' '); at > 0; at = key.indexOf(' ', at + 1)) prefixSet?.add(key.slice(0, at));
    prefixSet?.add(key);
  };
  for (const k of gazetteer().keys()) add(k);
  for (const k of countryKeys()) add(k);
  for (const k of admin1Keys()) add(k);
  prefixFilter = new WordFilter([...prefixSet]);
  return prefixSet;
}

/**
 * Whether a folded key is a word-prefix of a known name. The set is big and cold in cache
 * when a sentence is scanned; its filter answers most capitalised words that start no name.
 */
function isKnownPrefix(key: string): boolean {
  const known = prefixes();
  return prefixFilter!.mayHave(key) && known.has(key);
}

/**
 * The longest gazetteer, country or division name starting at token `start`. A division
 * counts here only under its full name ("Texas", not "Tex." or "TX").
 */
export function nameAt(tokens: readonly Token[], start: number, limit: number): NameHit | undefined {
  // "the" opens a name only when the gazetteer name has it ("The Hague").
  const the = tokens[start].lower === 'the';
  const g = gazetteer();
  let best: NameHit | undefined;
  for (let end = start + 1; end <= limit && end - start <= MAX_TOKENS; end++) {
    const last = tokens[end - 1];
    if (!(the && end === start + 1) && !nameToken(last)) break;
    const text = surface(tokens, start, end);
    const key = end === start + 1 ? tokenKey(last) : foldName(text);
    if (!isKnownPrefix(key)) break;
    if (!isCapWord(last)) continue;
    if (the) {
      if (g.lookupKey(key).length > 0) best = { end, text, kind: 'city' };
      continue;
    }
    if (countryByKey(key)) {
      best = { end, text, kind: 'country' };
      continue;
    }
    const admins = admin1ByFullKey(key);
    if (admins.length > 0) best = { end, text, kind: nameIsCity(text, admins) ? 'city' : 'admin1' };
    else if (g.lookupKey(key).length > 0) best = { end, text, kind: 'city' };
  }
  return best;
}

/**
 * `foldName` of one token's text. A word of ASCII letters and digits folds to its lower case,
 * which the token holds: most capitalised words, whose lookup in foldName's cache (big and
 * cold) cost more than the rest of the test.
 */
function tokenKey(t: Token): string {
  const text = t.text;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const lower = c | 32; // a capital letter's lower case
    if (!((lower >= 97 && lower <= 122) || (c >= 48 && c <= 57))) return foldName(text);
  }
  return t.lower;
}

export interface Qualifier {
  end: number;
  text: string;
  country?: string;
  admins: Admin1[];
}

/** A country or division after a comma, in any of its forms ("Texas", "Tex.", "TX", "Lebanon"). */
export function qualifierAt(tokens: readonly Token[], start: number, limit: number): Qualifier | undefined {
  let stop = start;
  while (stop < limit && stop - start < 5 && nameToken(tokens[stop]) && tokens[stop].text !== ',') stop++;
  for (let end = stop; end > start; end--) {
    if (!isCapWord(tokens[end - 1])) continue;
    const text = surface(tokens, start, end);
    const country = countryByName(text);
    const admins = admin1ByName(text);
    if (country || admins.length > 0) return { end, text, country, admins };
  }
  return undefined;
}

/** A headline-style sentence: nearly every content word capitalised. */
export function isTitleCase(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  let caps = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!isWord(t) || FUNCTION_WORDS.has(t.lower)) continue;
    words++;
    if (isCapWord(t)) caps++;
  }
  return words >= 4 && caps / words >= 0.9;
}
