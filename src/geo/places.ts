import type { Token } from '../model/index.ts';
import { admin1ByFullKey } from './admin1.ts';
import { foldName } from './fold.ts';
import { gazetteer } from './gazetteer.ts';
import {
  isCapWord,
  isTitleCase,
  type NameHit,
  nameAt,
  type Qualifier,
  qualifierAt,
  surface,
} from './scan.ts';
import { COMMON_WORDS, NEVER, PERSON_NAMES } from './stoplist.ts';
import type { PlaceMatch } from './types.ts';
import {
  CALENDAR,
  CAPITALISED_GROUPS,
  DIVISION_ACTOR_NOUNS,
  INSTITUTION_HEADS,
  LOCATIVE,
  LOCATIVE_FILLERS,
  LOCATIVE_OF_HEADS,
  PERSON_PREPOSITIONS,
  PLACE_SUFFIXES,
  SPEECH_VERBS,
} from './words.ts';

/** Two or more capitals only (built once: see nlp/capitals.ts). */
const ALL_CAPS = /^\p{Lu}{2,}$/u;

/** A bare one-word name must be at least this big (or a capital) to count without a cue. */
const BARE_MIN_POPULATION = 100_000;
const CAPITAL_CODES = new Set(['PPLC', 'PPLG', 'PPLA']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her']);

/**
 * Place mentions in the tokens `[from, to)` of one sentence, left to right, without overlap.
 * A gazetteer, country or division name counts after a locative word ("in", "near", "north
 * of", "in the southern city of"), in "City, Country" or "City, State" form, after a
 * coordinated place ("in Kabul and Kandahar"), or bare: a city only, not part of a longer
 * capitalised name, not a common word or a person's name, at least 100,000 people or a
 * capital. Country and division names are reported only with a cue: bare, they are actors.
 */
export function findPlaces(tokens: readonly Token[], from: number, to: number): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  // whether the sentence is a headline: computed at its first name, not for every sentence
  let title: boolean | undefined;
  let i = from;
  while (i < to) {
    const t = tokens[i];
    if (!isCapWord(t) && t.lower !== 'the') {
      i++;
      continue;
    }
    const hit = nameAt(tokens, i, to);
    let match: PlaceMatch | undefined;
    if (hit) {
      title ??= isTitleCase(tokens, from, to);
      match = judge(tokens, i, hit, from, to, title, out[out.length - 1]);
    }
    match ??= unknownQualified(tokens, i, from, to);
    if (match) out.push(match);
    // A rejected name takes the capitalised words after it along ("Eureka Springs", "New York Times").
    i = match?.tokenEnd ?? (hit ? capitalRunEnd(tokens, hit.end, to) : i + 1);
  }
  return out;
}

function capitalRunEnd(tokens: readonly Token[], at: number, to: number): number {
  let end = at;
  while (end < to && isCapWord(tokens[end])) end++;
  return end;
}

/**
 * Places news names with "the", which then opens no other name ("in the Gaza Strip"); regions,
 * not countries, though the country list knows "West Bank" as Palestine's name.
 */
export const THE_PLACES: ReadonlySet<string> = new Set(['Gaza Strip', 'West Bank']);

function judge(
  tokens: readonly Token[],
  start: number,
  hit: NameHit,
  from: number,
  to: number,
  title: boolean,
  previous: PlaceMatch | undefined,
): PlaceMatch | undefined {
  const key = foldName(hit.text);
  if (NEVER.has(key)) return undefined;
  let end = hit.end;
  if (hit.kind === 'city' && end < to && PLACE_SUFFIXES.has(tokens[end].text)) end++;
  let names = [hit.text];
  let kind = hit.kind;
  let apposition = false;
  const q = end < to && tokens[end].text === ',' ? qualifierAt(tokens, end + 1, to) : undefined;
  // "Holland, Michigan", "Lebanon, Pa.": a country or division name that is also a town there;
  // "Washington, Alaska and Hawaii" is a list of states.
  const strict = kind !== 'city' || admin1ByFullKey(key).length > 0;
  if (q && !nextIsName(tokens, q.end, to) && consistent(hit.text, q, strict)) {
    names = [`${hit.text}, ${q.text}`, q.text];
    end = q.end;
    kind = 'city';
    apposition = true;
  }
  const institution =
    end < to && (institutionAt(tokens, end, to) || CAPITALISED_GROUPS.has(tokens[end].text));
  if (!title && nextIsName(tokens, end, to) && !institution) return undefined;
  const before = tokens[start - 1];
  // "Eureka Springs, Arkansas": the name is the tail of a longer one.
  if (start > from && isCapWord(before) && !LOCATIVE.has(before.lower) && before.lower !== 'the')
    return undefined;
  // "the Rio Grande", "the Rubio campaign", "the Iran arms affair": after "the", a city name is
  // part of another name, and any name before a noun modifies it.
  if (!apposition && !institution && start > from && before.lower === 'the' && !THE_PLACES.has(hit.text)) {
    if (kind === 'city' || (kind === 'country' && end < to && tokens[end].pos === 'NOUN')) return undefined;
  }
  if (isAcronym(tokens, start, hit.end, from)) return undefined;
  const make = (cue: PlaceMatch['cue'], preposition?: string): PlaceMatch => {
    const m: PlaceMatch = {
      tokenStart: start,
      tokenEnd: end,
      start: tokens[start].start,
      end: tokens[end - 1].end,
      text: surface(tokens, start, end),
      names,
      kind,
      cue,
    };
    if (preposition) m.preposition = preposition;
    return m;
  };
  const preposition = locativeBefore(tokens, start, from) ?? coordinated(tokens, start, previous);
  if (apposition) return make('apposition', preposition);
  if (preposition) {
    if (PERSON_NAMES.has(key) && PERSON_PREPOSITIONS.has(preposition)) return undefined;
    if (title && COMMON_WORDS.has(key)) return undefined;
    return make('preposition', preposition);
  }
  // "Rakhine rebels", "Sindh government", "Tigray forces": a division naming its people or
  // institutions, as a city does ("Kano government"); not "Texas Rangers" (a name).
  if (kind === 'admin1' && !title && admin1ModifiesNoun(tokens, start, end, from, to)) return make('bare');
  if (kind !== 'city' || title || COMMON_WORDS.has(key) || PERSON_NAMES.has(key)) return undefined;
  if (start > from && DETERMINERS.has(before.lower) && !institution) return undefined;
  // "University of Denver", "Bank of Richmond": part of an institution's name.
  if (before?.lower === 'of' && start - 1 > from && isCapWord(tokens[start - 2])) return undefined;
  if (end < to && SPEECH_VERBS.has(tokens[end].lower)) return undefined;
  if (hit.end - start === 1 && !bigEnough(hit.text)) return undefined;
  return make('bare');
}

/** "SAVE", "DOMA", "GAO": an all-capitals word inside mixed-case text is an acronym. */
function isAcronym(tokens: readonly Token[], start: number, end: number, from: number): boolean {
  if (end - start !== 1) return false;
  const text = tokens[start].text;
  if (!ALL_CAPS.test(text)) return false;
  return text.length <= 3 || start > from;
}

/**
 * A division name right before a lower-case noun, not after a capitalised word or a determiner
 * ("a Texas rancher"); after "the", only before a noun for its actors ("the Sindh government",
 * not "the Arizona law").
 */
function admin1ModifiesNoun(
  tokens: readonly Token[],
  start: number,
  end: number,
  from: number,
  to: number,
): boolean {
  const before = start > from ? tokens[start - 1] : undefined;
  if (before && before.lower !== 'the' && (DETERMINERS.has(before.lower) || isCapWord(before))) return false;
  if (end >= to) return false;
  const next = tokens[end];
  if (before?.lower === 'the') return DIVISION_ACTOR_NOUNS.has(next.lower);
  if (institutionAt(tokens, end, to) || CAPITALISED_GROUPS.has(next.text)) return true;
  return next.pos === 'NOUN' && !isCapWord(next);
}

/** An institution's head after a place: "Oxford University", "Madras High Court". */
function institutionAt(tokens: readonly Token[], at: number, to: number): boolean {
  if (INSTITUTION_HEADS.has(tokens[at].text)) return true;
  return at + 1 < to && INSTITUTION_HEADS.has(`${tokens[at].text} ${tokens[at + 1].text}`);
}

/** A capitalised word after the name makes it part of a longer one ("Washington Post"). */
function nextIsName(tokens: readonly Token[], at: number, to: number): boolean {
  return at < to && isCapWord(tokens[at]) && !CALENDAR.has(tokens[at].text);
}

/**
 * "Tripoli, Lebanon" only if a Tripoli in Lebanon is known; any "Town, State" is taken
 * (small towns are not in the gazetteer) unless `strict`.
 */
function consistent(name: string, q: Qualifier, strict: boolean): boolean {
  if (q.admins.length > 0 && !strict) return true;
  const g = gazetteer();
  return g
    .lookup(name)
    .some(
      (i) =>
        g.country(i) === q.country ||
        q.admins.some((a) => a.country === g.country(i) && a.code === g.admin1(i)),
    );
}

function bigEnough(name: string): boolean {
  const g = gazetteer();
  const [best] = g.lookup(name);
  return (
    best !== undefined &&
    (g.population(best) >= BARE_MIN_POPULATION || CAPITAL_CODES.has(g.featureCode(best)))
  );
}

/** The locative word governing a name at `start`, looking back over fillers. */
function locativeBefore(tokens: readonly Token[], start: number, from: number): string | undefined {
  for (let j = start - 1; j >= from && start - j <= 7; j--) {
    const w = tokens[j].lower;
    if (LOCATIVE.has(w)) return w;
    if (w === 'of' && j > from && LOCATIVE_OF_HEADS.has(tokens[j - 1].lower))
      return `${tokens[j - 1].lower} of`;
    if (!LOCATIVE_FILLERS.has(w)) return undefined;
  }
  return undefined;
}

/** "in Kabul and Kandahar", "in Homs, Hama or Aleppo": the cue carries over a list. */
function coordinated(
  tokens: readonly Token[],
  start: number,
  previous: PlaceMatch | undefined,
): string | undefined {
  if (!previous?.preposition || previous.tokenEnd >= start) return undefined;
  for (let j = previous.tokenEnd; j < start; j++)
    if (!/^(?:,|and|or|&|the)$/.test(tokens[j].lower)) return undefined;
  return previous.preposition;
}

/** "in Smallville, Kansas": a name the gazetteer lacks, placed by its state or country. */
function unknownQualified(
  tokens: readonly Token[],
  start: number,
  from: number,
  to: number,
): PlaceMatch | undefined {
  const preposition = locativeBefore(tokens, start, from);
  if (!preposition) return undefined;
  let end = start;
  while (end < to && end - start < 4 && isCapWord(tokens[end]) && !CALENDAR.has(tokens[end].text)) end++;
  if (end === start) return undefined;
  if (end >= to || tokens[end].text !== ',') return undefined;
  const q = qualifierAt(tokens, end + 1, to);
  if (!q || nextIsName(tokens, q.end, to)) return undefined;
  const name = surface(tokens, start, end);
  return {
    tokenStart: start,
    tokenEnd: q.end,
    start: tokens[start].start,
    end: tokens[q.end - 1].end,
    text: surface(tokens, start, q.end),
    names: [`${name}, ${q.text}`, q.text],
    kind: q.country ? 'country' : 'admin1',
    cue: 'apposition',
    preposition,
  };
}
