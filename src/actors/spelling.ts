import type { CountryEntry, Lexicon } from '../dict/index.ts';
import { foldName, gazetteer } from '../geo/index.ts';
import type { Token } from '../model/index.ts';
import { isCapitalized } from './words.ts';

/** Cities this populous count as well known enough to be recognised misspelt (at a million,
 * Kazan, Busan, Medan, Depok... took surnames and words: Kazran, Bustan, Megan, Depot). */
const WELL_KNOWN_CITY = 5_000_000;
/** Shorter names have too many one-edit neighbours among ordinary words and surnames. */
const MIN_LETTERS = 5;
const DETERMINER = /^(The|A|An)$/;

interface Candidate {
  key: string;
  entry: CountryEntry;
}

const tables = new WeakMap<Lexicon, Map<string, Candidate[]>>();

/** Every string one deletion away from `s`, and `s` itself (symmetric-delete index keys). */
function deletions(s: string): string[] {
  const out = [s];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

/** Optimal string alignment distance ≤ 1: one insertion, deletion, substitution or transposition. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // transposition
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Typos keep the first letter ("Urban" is no "Durban"); a name with a letter added at its end
 * is a derived word, not a typo ("Korean", "Chinas"); in names under seven letters only
 * dropped, added or swapped letters count.
 */
function plausibleTypo(word: string, name: string): boolean {
  if (word[0] !== name[0] || (word.length === name.length + 1 && word.startsWith(name))) return false;
  // a letter replaced makes real words of short names ("Parks" ≠ "Paris", "Chine" ≠ "China")
  if (word.length === name.length && name.length < 7) {
    let diff = 0;
    for (let k = 0; k < word.length; k++) if (word[k] !== name[k]) diff++;
    if (diff === 1) return false;
  }
  return true;
}

/** One-word country names, capitals and cities of a million or more, by deletion key. */
function table(lexicon: Lexicon): Map<string, Candidate[]> {
  let t = tables.get(lexicon);
  if (t) return t;
  t = new Map();
  const seen = new Set<string>();
  const add = (key: string, entry: CountryEntry) => {
    if (key.length < MIN_LETTERS || key.includes(' ') || seen.has(`${key} ${entry.code}`)) return;
    seen.add(`${key} ${entry.code}`);
    for (const d of deletions(key)) {
      const l = t!.get(d);
      if (l) l.push({ key, entry });
      else t!.set(d, [{ key, entry }]);
    }
  };
  for (const c of lexicon.source.countries)
    if (c.kind === 'name' || c.kind === 'capital') add(foldName(c.phrase), c);
  const g = gazetteer();
  for (let i = 0; i < g.size; i++) {
    if (g.population(i) < WELL_KNOWN_CITY) continue;
    const p = g.place(i);
    add(foldName(p.name), {
      id: `geonames:${p.name}`,
      code: g.country(i),
      kind: 'city',
      phrase: p.name,
    });
  }
  tables.set(lexicon, t);
  return t;
}

/**
 * "Dehli police", "Pakistn": an unknown capitalized word one edit or transposition away from
 * exactly one country name, capital or well-known city of five letters or more reads as it.
 * The word must stand alone (not beside another capitalized word; opening a sentence, where
 * capitals say nothing, only before a dictionary word), be no gazetteer place and no surname
 * the people dictionary knows.
 */
export function spellingVariant(
  lexicon: Lexicon,
  tokens: readonly Token[],
  i: number,
  from: number,
  to: number,
  /** A dictionary agent starts at token k. */
  known: (k: number) => boolean,
): CountryEntry | undefined {
  const t = tokens[i];
  if (
    i < from ||
    (t.pos !== 'PROPN' && t.pos !== 'NOUN') ||
    !isCapitalized(t.text) ||
    !/^\p{Lu}\p{Ll}+$/u.test(t.text)
  )
    return undefined;
  const key = foldName(t.text);
  if (key.length < MIN_LETTERS || lexicon.surnames.has(t.lower) || gazetteer().lookupKey(key).length > 0)
    return undefined;
  const next = i + 1 < to ? tokens[i + 1] : undefined;
  // opening a sentence, a capital says nothing: only before a dictionary word ("Dehli police")
  if (i === from && !(next && known(i + 1))) return undefined;
  const prev = i > from ? tokens[i - 1] : undefined;
  // part of a longer name ("Malia Obama", "Cyrus Vance"): only a dictionary agent may follow
  if (prev && isCapitalized(prev.text) && /^\p{L}/u.test(prev.text) && !DETERMINER.test(prev.text))
    return undefined;
  if (next && isCapitalized(next.text) && /^\p{L}/u.test(next.text) && !known(i + 1)) return undefined;
  const t2 = table(lexicon);
  const found = new Map<string, Candidate>();
  for (const d of deletions(key))
    for (const c of t2.get(d) ?? [])
      if (plausibleTypo(key, c.key) && withinOneEdit(key, c.key)) found.set(c.entry.code, c);
  if (found.size !== 1) return undefined;
  const c = [...found.values()][0];
  return { ...c.entry, id: `spelling-variant:${c.entry.phrase}`, phrase: t.text };
}
