import { type Actor, type Doc, inCountry, type Mention, mentionWith } from '../model/index.ts';
import { countrylessLegislature, countrylessOf, ownCountry } from './article-country.ts';
import { DETERMINERS, isCapitalized, SAYING_VERBS } from './words.ts';

/**
 * Joins "A and B" and "A, B and C" into one mention holding every actor, so a verb after
 * them has them all as its subject. Possessives and places are not joined.
 */
export function coordinate(doc: Doc, mentions: Mention[]): Mention[] {
  if (mentions.length < 2) return mentions; // nothing to join (most sentences): no new arrays
  mentions = withCountryOfPerson(doc, mentions);
  // joins[k]: how mentions[k - 1] and mentions[k] are joined
  const joins = mentions.map((m, k) =>
    k > 0 && joinable(mentions[k - 1]) && joinable(m) ? between(doc, mentions[k - 1], m) : undefined,
  );
  const out: Mention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const prev = out.at(-1);
    if (
      prev &&
      (joins[k] === 'and' || (joins[k] === 'comma' && (inList(joins, k) || !fronted(doc, mentions[k - 1]))))
    ) {
      out[out.length - 1] = mentionWith(prev, {
        end: m.end,
        tokenEnd: m.tokenEnd,
        kind: prev.kind === m.kind ? prev.kind : 'group-reference',
        actors:
          joins[k] === 'and'
            ? (partnersLegislature(doc, prev, m) ?? [...prev.actors, ...sharedCountry(doc, prev, m)])
            : (apposed(prev, mentions[k - 1], m, joins, k) ?? [...prev.actors, ...m.actors]),
        coordinated: true,
      });
      continue;
    }
    // "Sen. Patty Murray, the key Democratic negotiator, criticized…": an office in apposition
    // after a named person describes that person, who stays one person (a later "he" is them)
    const apposition =
      prev &&
      !joins[k] &&
      prev.tokenStart === mentions[k - 1].tokenStart &&
      appositiveOffice(doc, mentions[k - 1], m)
        ? apposed(prev, mentions[k - 1], m, joins, k)
        : undefined;
    if (prev && apposition) {
      out[out.length - 1] = mentionWith(prev, {
        end: m.end,
        tokenEnd: m.tokenEnd,
        actors: apposition,
      });
      continue;
    }
    out.push(m);
  }
  return out;
}

/** Tags of the words that may stand between an apposition's article and its office noun. */
const APPOSITION_MODIFIERS = new Set(['ADJ', 'ADV', 'PROPN', 'NUM']);

/**
 * Whether agent `b` heads an apposition set off by a comma after the person `a`: "Patty Murray,
 * the key Democratic negotiator,", "Ali Larijani, the top Iranian negotiator,". The apposition
 * opens with an article and holds only modifiers before the office noun; after the noun comes a
 * comma, the sentence's end or a prepositional phrase up to a comma ("the chief negotiator on the
 * budget,"), with no verb.
 */
function appositiveOffice(doc: Doc, a: Mention, b: Mention): boolean {
  if (!PERSON_KINDS.has(a.kind) || b.kind !== 'agent' || a.possessive || b.possessive) return false;
  const t = doc.tokens;
  if (t[a.tokenEnd]?.text !== ',' || !DETERMINERS.has(t[a.tokenEnd + 1]?.lower ?? '')) return false;
  for (let i = a.tokenEnd + 2; i < b.tokenStart; i++) {
    if (!APPOSITION_MODIFIERS.has(t[i].pos) && t[i].text !== '-') return false;
  }
  const after = t[b.tokenEnd];
  if (!after || after.sentence !== b.sentence || after.text === ',' || /^[.!?]$/.test(after.text))
    return true;
  if (after.pos !== 'ADP') return false;
  for (let i = b.tokenEnd + 1; i < t.length && t[i].sentence === b.sentence; i++) {
    if (t[i].text === ',') return true;
    if (t[i].pos === 'VERB' || t[i].pos === 'AUX' || t[i].text === ';') return false;
  }
  return false;
}

/**
 * The one actor of an apposition of a named person and an office: "Tzipi Livni, the
 * opposition leader", "Gen. Martin Dempsey, chairman of the Joint Chiefs of Staff", "A State
 * Department spokeswoman, Victoria Nuland". The two name one actor: an office with no country
 * adds none (the person is kept), a person with none takes the office's; in one country a
 * person coded an elite (no office on the article's date) holds the office the text gives.
 * Undefined (both kept) for a list item, other kinds, or two countries. `prev` is the joined
 * mention so far, `before` the mention at `k - 1`.
 */
function apposed(
  prev: Mention,
  before: Mention,
  m: Mention,
  joins: readonly (Join | undefined)[],
  k: number,
): Mention['actors'] | undefined {
  if (prev.tokenStart !== before.tokenStart || inList(joins, k)) return undefined;
  if (prev.actors.length !== 1 || m.actors.length !== 1) return undefined;
  const personFirst = PERSON_KINDS.has(prev.kind) && m.kind === 'agent';
  if (!personFirst && !(prev.kind === 'agent' && PERSON_KINDS.has(m.kind))) return undefined;
  const [person, office] = personFirst ? [prev.actors[0], m.actors[0]] : [m.actors[0], prev.actors[0]];
  if (office.country === '---') return [person];
  if (person.country === '---') return [office];
  if (person.country !== office.country) return undefined;
  return [person.sector === 'ELI' && office.sector !== 'ELI' ? office : person];
}

/** Mentions of one named person, with or without a title. */
const PERSON_KINDS = new Set<Mention['kind']>(['person', 'title-name']);

/**
 * "Prime Minister Mario Monti of Italy": a country named after a person with "of" belongs to
 * that person's mention (and gives a person who has none its country), so that "Monti of
 * Italy and President Hollande of France" is a pair.
 */
function withCountryOfPerson(doc: Doc, mentions: Mention[]): Mention[] {
  let out: Mention[] | undefined;
  for (let k = 1; k < mentions.length; k++) {
    const prev = (out ?? mentions)[(out ? out.length : k) - 1];
    const m = mentions[k];
    const joined =
      PERSON_KINDS.has(prev.kind) &&
      m.kind === 'country' &&
      !m.possessive &&
      m.tokenStart === prev.tokenEnd + 1 &&
      doc.tokens[prev.tokenEnd].lower === 'of' &&
      m.actors.length === 1;
    if (!joined) {
      out?.push(m);
      continue;
    }
    out ??= mentions.slice(0, k);
    const country = m.actors[0].country;
    out[out.length - 1] = mentionWith(prev, {
      end: m.end,
      tokenEnd: m.tokenEnd,
      actors: prev.actors.map((a) => (a.country === '---' ? inCountry(a, country, 'person-of-country') : a)),
    });
  }
  return out ?? mentions;
}

/**
 * "Egyptian police and soldiers", "Syrian troops and militiamen": a bare group noun after
 * "and" shares the country named at the head of the agent before it. A noun with its own
 * modifier or determiner ("and Kurdish fighters", "and the militias") keeps its own.
 */
function sharedCountry(doc: Doc, prev: Mention, m: Mention): Mention['actors'] {
  const country = prev.actors[0]?.country;
  if (prev.kind !== 'agent' || m.kind !== 'agent' || !country || country.length !== 3) return m.actors;
  const first = doc.tokens[m.tokenStart];
  if (first.pos === 'DET' || first.text !== first.lower) return m.actors;
  // the country must be a modifier that can cover both nouns: "Egyptian police", not "our embassy in Cairo"
  let lead = prev.tokenStart;
  if (doc.tokens[lead].pos === 'DET') lead++;
  if (!isCapitalized(doc.tokens[lead].text)) return m.actors;
  return m.actors.map((a) => (a.code.startsWith('---') ? inCountry(a, country, 'coordinated-country') : a));
}

/**
 * "the White House and Congress", "President Obama and congressional leaders", "Lawmakers and
 * the White House": a legislature named without a country beside one government it deals with
 * is that country's (a legislature seldom acts abroad). So is a party named without one beside
 * a government or legislature ("Obama and Democrats", "Republicans and the White House",
 * "Boehner and Republicans"): parties act at home. Only a pair, and only a legislature or party
 * no other word places: "Obama and European lawmakers" stays. Undefined when it does not apply.
 */
function partnersLegislature(doc: Doc, a: Mention, b: Mention): Actor[] | undefined {
  if (a.actors.length !== 1 || b.actors.length !== 1) return undefined;
  const [x, y] = [a.actors[0], b.actors[0]];
  const government = (g: Actor) => g.sector === 'GOV' && ownCountry(g) !== undefined;
  if (countrylessLegislature(x) && government(y) && !modified(doc, a))
    return [inCountry(x, y.country, 'partners-legislature'), y];
  if (government(x) && countrylessLegislature(y)) return [x, inCountry(y, x.country, 'partners-legislature')];
  const state = (g: Actor) => (g.sector === 'GOV' || g.sector === 'LEG') && ownCountry(g) !== undefined;
  if (countrylessOf(x, 'PTY') && state(y) && !modified(doc, a))
    return [inCountry(x, y.country, 'partners-party'), y];
  if (state(x) && countrylessOf(y, 'PTY')) return [x, inCountry(y, x.country, 'partners-party')];
  return undefined;
}

/** Whether a capitalized word the mention leaves out comes right before it: "European lawmakers". */
function modified(doc: Doc, m: Mention): boolean {
  const before = doc.tokens[m.tokenStart - 1];
  return !!before && before.sentence === m.sentence && isCapitalized(before.text);
}

function joinable(m: Mention): boolean {
  return !m.possessive && !m.placeOnly;
}

type Join = 'and' | 'comma';

/** How two mentions are joined: "A and B", "A, and B" ('and'); "A, B" ('comma'); or not at all. */
function between(doc: Doc, a: Mention, b: Mention): Join | undefined {
  // "the United States and Israel, a Saudi-owned weekly reports": a name inside a hyphenated
  // modifier is no list item
  const after = doc.tokens[b.tokenEnd];
  if (after?.text === '-' && after.start === doc.tokens[b.tokenEnd - 1].end) return undefined;
  const words = doc.tokens.slice(a.tokenEnd, b.tokenStart).map((t) => t.lower);
  if (words.length === 1 && words[0] === 'and') return 'and';
  if (words.length === 2 && words[0] === ',' && words[1] === 'and') {
    // "warning against travel to Egypt, and Canada said it was closing its embassy": ", and"
    // before a subject and its verb joins two clauses ("Iran, Iraq, and Syria said" is a list)
    return doc.tokens[a.tokenStart - 1]?.text !== ',' && verbAt(doc, b.tokenEnd) ? undefined : 'and';
  }
  // "…with Ukraine's negotiators, the Kremlin said", "sanctions on Iran, Pompeo told reporters":
  // the speaker of an attribution is no list item
  // "differences over Syria, U.S. criticism of Russia": a name that modifies the noun after it
  // opens the next list item, it is not one
  if (words.length === 1 && words[0] === ',' && !reports(doc, b.tokenEnd) && after?.pos !== 'NOUN')
    return 'comma';
  return undefined;
}

/**
 * Whether a mention closes a phrase fronted before its sentence's subject: "Despite warnings
 * by aid agencies, the Israeli government refused…", "After talks with Iran, Russia said…",
 * "Instead of meeting Putin, Obama…", "Meeting Putin, Obama said…", "Surrounded by reporters in
 * Moscow, Putin praised…". The sentence opens with a preposition (or an adverb before one), a
 * subordinator, a gerund or a participle, and no comma comes before the mention.
 */
function fronted(doc: Doc, m: Mention): boolean {
  const s = doc.sentences[m.sentence];
  const first = doc.tokens[s.tokenStart];
  if (!first) return false;
  const opens =
    first.pos === 'ADP' ||
    MISREAD_PREPOSITIONS.has(first.lower) ||
    first.pos === 'SCONJ' ||
    (first.pos === 'ADV' && doc.tokens[s.tokenStart + 1]?.pos === 'ADP') ||
    (first.pos === 'VERB' && (first.lower.endsWith('ing') || participle(first))) ||
    // the tagger may read a participle before its agent as an adjective: "Encircled by lawmakers"
    (first.lower.endsWith('ed') && doc.tokens[s.tokenStart + 1]?.lower === 'by');
  if (!opens) return false;
  for (let i = s.tokenStart + 1; i < m.tokenStart; i++) if (doc.tokens[i].text === ',') return false;
  return true;
}

/**
 * Prepositions of place the tagger may read as an adjective or adverb when they open the
 * sentence: "Outside the U.S. embassy, protesters burned flags" (Outside/ADJ). Not "around",
 * which opens a number as often ("Around 200 students, …").
 */
const MISREAD_PREPOSITIONS = new Set([
  'outside',
  'inside',
  'near',
  'beyond',
  'behind',
  'beside',
  'alongside',
]);

/**
 * A verb form that is neither the base form nor the present third person, opening a fronted
 * participle phrase: "Encircled by lawmakers from both parties in the Oval Office, Obama
 * praised…", "Asked about Iran, Kerry said…".
 */
function participle(t: Doc['tokens'][number]): boolean {
  return t.lower !== t.lemma && !t.lower.endsWith('s');
}

/**
 * Whether the comma join at `k` is inside a list: three or more items ("Iran, Libya, Sudan,
 * and with strings attached, Cuba") or items an "and" closes ("Iran, Iraq and Syria").
 */
function inList(joins: readonly (Join | undefined)[], k: number): boolean {
  let first = k;
  while (joins[first - 1] === 'comma') first--;
  let last = k;
  while (joins[last + 1] === 'comma') last++;
  return joins[last + 1] === 'and' || last - first >= 1;
}

/** Verbs that make the mention before them the speaker of an attribution. */
const REPORTING = new Set([
  ...SAYING_VERBS,
  'argue',
  'insist',
  'explain',
  'tweet',
  'reply',
  'acknowledge',
  'declare',
]);

/** The word at `i`, or the one after it when `i` holds an adverb ("Pompeo later told"). */
function pastAdverb(doc: Doc, i: number): Doc['tokens'][number] | undefined {
  const t = doc.tokens[i];
  return t?.pos === 'ADV' ? doc.tokens[i + 1] : t;
}

/** A verb or auxiliary at `i`, perhaps after one adverb ("Canada said", "Canada later closed"). */
function verbAt(doc: Doc, i: number): boolean {
  const t = pastAdverb(doc, i);
  return !!t && (t.pos === 'VERB' || t.pos === 'AUX') && t.sentence === doc.tokens[i].sentence;
}

/** A reporting verb at `i`, perhaps after one adverb ("the ministry said", "Pompeo later told"). */
function reports(doc: Doc, i: number): boolean {
  const t = pastAdverb(doc, i);
  return !!t && t.pos === 'VERB' && REPORTING.has(t.lemma);
}
