import { type Actor, actorWith, type Doc, type Mention, mentionWith, type Token } from '../model/index.ts';
import { NOTHING_COVERED } from './lexical.ts';
import { makeActor } from './resolve.ts';
import { type SentenceSubject, subjectPronounActors } from './subject-pronouns.ts';
import {
  COUNTRY_HEADS,
  GROUP_HEADS,
  HALVES,
  isCapitalized,
  POSSESSIVE_MARKERS,
  SAYING_VERBS,
  SINGULAR_PRONOUNS,
} from './words.ts';

/** Actors seen so far in the article, most recent last: what references resolve to. */
export interface Salience {
  persons: Actor[];
  /** The sentence of each of `persons`. */
  personSentences: number[];
  actors: Actor[];
  /** The sentence of each of `actors`. */
  actorSentences: number[];
  /** The subject of the latest sentence that named one: what "it" or "they" may stand for. */
  subject?: SentenceSubject;
}

export function noteMention(s: Salience, m: Mention): void {
  if (m.placeOnly) return;
  for (const a of m.actors) {
    if (a.code.startsWith('---')) continue;
    s.actors.push(a);
    s.actorSentences.push(m.sentence);
    if (m.kind === 'person' || m.kind === 'title-name' || (m.kind === 'agent' && a.office && !m.collective)) {
      s.persons.push(a);
      s.personSentences.push(m.sentence);
    }
  }
}

/**
 * The person "he" or "she" most likely stands for: the first one named in the latest sentence
 * naming any, which is mostly its subject ("Dar held a call with Rubio. He reaffirmed…" is
 * Dar); "him" is the latest one named. A person named earlier in the pronoun's own sentence
 * is weighed later, by `withinSentence`.
 */
function antecedentPerson(s: Salience): Actor | undefined {
  let i = s.persons.length - 1;
  if (i < 0) return undefined;
  const latest = s.personSentences[i];
  while (i > 0 && s.personSentences[i - 1] === latest) i--;
  return s.persons[i];
}

/**
 * A pronoun whose antecedent is named earlier in its own sentence: "he" or "she" stands for
 * the nearest person named as a subject, not as an object or possessor ("Romney said that he
 * agrees with Rubio that he'd…": Romney both times); "him" for the nearest person named as an
 * object ("Ryan called Akin to ask him", "critical of Mr. Holder and called on him to resign").
 * The pronoun was first resolved from earlier sentences only, before its sentence's names were
 * read; with no antecedent here, a country voiced after its verb may still correct that reading.
 */
export function withinSentence(
  doc: Doc,
  merged: readonly Mention[],
  k: number,
  s: Salience,
): Mention | undefined {
  const m = merged[k];
  if (m.kind !== 'pronoun') return m;
  const word = doc.tokens[m.tokenStart].lower;
  const object = word === 'him';
  let antecedent: Mention | undefined;
  for (let j = k - 1; j >= 0 && !antecedent; j--) {
    const x = merged[j];
    if ((x.kind !== 'person' && x.kind !== 'title-name') || x.possessive) continue;
    if (objectPosition(doc, x) === object) antecedent = x;
  }
  // "Obama met with liberal leaders and they urged him": with no object before it, "him" stands
  // for the subject of an earlier clause when its own clause has a subject pronoun of its own
  if (!antecedent && object) antecedent = subjectOfEarlierClause(doc, merged, k);
  // "Josh Hicks said he would…": a speaker the dictionaries do not know is the antecedent
  if (
    !antecedent &&
    !object &&
    unknownSpeaker(doc.tokens, merged, doc.sentences[m.sentence].tokenStart, m.tokenStart)
  )
    return undefined;
  if (!antecedent) return object ? m : (voicedCountryPerson(doc, merged, k, s) ?? m);
  const a = antecedent.actors[0];
  return mentionWith(m, {
    actors: [actorWith(a, { rules: [...a.rules, `pronoun:${word}`, 'pronoun:same-sentence'] })],
  });
}

/**
 * "He reiterated America's continued support…": a speaker voicing a country's position right
 * after the pronoun's verb is of that country. When the person the pronoun was read as is not,
 * one of the latest sentence's persons who is takes its place.
 */
function voicedCountryPerson(
  doc: Doc,
  merged: readonly Mention[],
  k: number,
  s: Salience,
): Mention | undefined {
  const m = merged[k];
  const voiced = merged[k + 1];
  if (!voiced?.possessive || voiced.kind !== 'country') return undefined;
  let i = m.tokenEnd;
  while (i < voiced.tokenStart && (doc.tokens[i].pos === 'ADV' || doc.tokens[i].pos === 'AUX')) i++;
  if (i !== voiced.tokenStart - 1 || doc.tokens[i].pos !== 'VERB') return undefined;
  const country = voiced.actors[0].country;
  if (m.actors[0].country === country) return undefined;
  const latest = s.personSentences.at(-1);
  for (let j = s.persons.length - 1; j >= 0 && s.personSentences[j] === latest; j--) {
    const a = s.persons[j];
    if (a.country === country)
      return mentionWith(m, {
        actors: [
          actorWith(a, {
            rules: [...a.rules, `pronoun:${doc.tokens[m.tokenStart].lower}`, 'pronoun:voiced-country'],
          }),
        ],
      });
  }
  return undefined;
}

/** Words inside a title's proper name: "Undersecretary of State for Economic Affairs". */
const NAME_JOINS = new Set(['of', 'for', 'and', '&']);

/**
 * Whether a name no mention covers speaks in tokens `[start, before)`: capitalized proper nouns
 * right before a verb of saying ("Hicks said he", "Josh Hicks told reporters he"); a pronoun
 * after it is most likely that unknown speaker.
 */
export function unknownSpeaker(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  start: number,
  before: number,
): boolean {
  for (let i = before - 1; i > start; i--) {
    if (tokens[i].pos !== 'VERB' || !SAYING_VERBS.includes(tokens[i].lemma)) continue;
    // "Hicks had said he'd planned…", "Hicks also told…": auxiliaries and adverbs between
    let n = i - 1;
    while (n > start && i - n <= 2 && (tokens[n].pos === 'AUX' || tokens[n].pos === 'ADV')) n--;
    // an appositive name: "The brothers' father, Anzor Tsarnaev, had said"
    const appositive = tokens[n].text === ',' && n > start;
    if (appositive) n--;
    const name = tokens[n];
    // a sentence's first word may be tagged as a noun ("Hicks told reporters he…"); not "D-N.Y."
    if (!isCapitalized(name.text) || name.text.endsWith('.')) continue;
    if (!(name.pos === 'PROPN' || (name.pos === 'NOUN' && n === start))) continue;
    if (mentions.some((x) => x.tokenStart <= n && x.tokenEnd > n)) continue;
    // "U.S. Undersecretary of State for Economic Affairs Allen Wallis said": the titled person
    let first = n;
    while (first > start && (tokens[first - 1].pos === 'PROPN' || NAME_JOINS.has(tokens[first - 1].lower)))
      first--;
    // the appositive names the common noun before it ("father, Anzor Tsarnaev,"), not a speaker's
    // party and state ("Rep. Jason Chaffetz, R-Utah, told") or a spokeswoman's name
    if (appositive && !(tokens[first - 1]?.text === ',' && APPOSED_NOUNS.has(tokens[first - 2]?.lemma ?? '')))
      continue;
    if (!mentions.some((x) => x.tokenEnd > first && x.tokenStart < n)) return true;
  }
  return false;
}

/** Kin and private people whose name follows them between commas: "their father, Anzor Tsarnaev,". */
const APPOSED_NOUNS = new Set([
  'father',
  'mother',
  'brother',
  'sister',
  'son',
  'daughter',
  'wife',
  'husband',
  'uncle',
  'aunt',
  'friend',
  'neighbor',
  'neighbour',
  'lawyer',
  'attorney',
]);

/** Whether a mention stands right after a verb or preposition, as its object. */
function objectPosition(doc: Doc, x: Mention): boolean {
  let i = x.tokenStart - 1;
  // "with Mr. Romney": a courtesy title left outside the name
  if (i >= 0 && doc.tokens[i].pos === 'PROPN' && doc.tokens[i].text.endsWith('.')) i--;
  const before = i >= 0 ? doc.tokens[i] : undefined;
  return !!before && before.sentence === x.sentence && (before.pos === 'VERB' || before.pos === 'ADP');
}

/** Subject pronouns that open a clause of their own: "… and they urged him". */
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'you']);

/**
 * The nearest person named as a subject before the object pronoun `merged[k]`, when a subject
 * pronoun stands between them: "him" is not its own clause's subject, but may be an earlier
 * clause's ("Obama met with liberal leaders and they urged him to reject any deal"). Undefined
 * otherwise ("Obama met Nelson and urged him" is left to earlier sentences).
 */
function subjectOfEarlierClause(doc: Doc, merged: readonly Mention[], k: number): Mention | undefined {
  const m = merged[k];
  for (let j = k - 1; j >= 0; j--) {
    const x = merged[j];
    if ((x.kind !== 'person' && x.kind !== 'title-name') || x.possessive || objectPosition(doc, x)) continue;
    for (let i = x.tokenEnd; i < m.tokenStart; i++) {
      const t = doc.tokens[i];
      if (t.pos === 'PRON' && CLAUSE_SUBJECTS.has(t.lower)) return x;
    }
    return undefined;
  }
  return undefined;
}

/** The last `n` actors with distinct codes, most recent first. */
function lastDistinct(list: readonly Actor[], n: number, key: (a: Actor) => string = (a) => a.code): Actor[] {
  const out: Actor[] = [];
  const seen = new Set<string>();
  for (let i = list.length - 1; i >= 0 && out.length < n; i--) {
    const k = key(list[i]);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(list[i]);
  }
  return out;
}

/**
 * Pronouns ("he", "she") and group references ("the two leaders", "both sides", "both
 * nations") in tokens `[from, to)` not covered by a mention, resolved to recent actors.
 */
export function referenceMentions(
  doc: Doc,
  sentence: number,
  from: number,
  to: number,
  covered: (i: number) => boolean,
  s: Salience,
): Mention[] {
  const t = doc.tokens;
  const out: Mention[] = [];
  for (let i = from; i < to; i++) {
    if (covered(i)) continue;
    const w = t[i].lower;
    // "It also accused…", "They shelled…" opening a sentence: the previous sentence's subject
    if (t[i].pos === 'PRON' && (w === 'it' || w === 'they')) {
      const actors = subjectPronounActors(doc, i, from, sentence, s.subject);
      if (actors) out.push(mention(doc, sentence, i, i + 1, 'pronoun', actors));
      continue;
    }
    // the tag first: few tokens are pronouns, and comparing it costs less than the set's lookup
    if (t[i].pos === 'PRON' && SINGULAR_PRONOUNS.has(w)) {
      const a = w === 'him' ? s.persons.at(-1) : antecedentPerson(s);
      if (a)
        out.push(
          mention(doc, sentence, i, i + 1, 'pronoun', [
            actorWith(a, { rules: [...a.rules, `pronoun:${w}`] }),
          ]),
        );
      continue;
    }
    // "the North shelled an island controlled by the South"
    if (w === 'north' || w === 'south') {
      const half = halfAt(doc, sentence, i, to, s);
      if (half) {
        out.push(half);
        i = half.tokenEnd - 1;
        continue;
      }
    }
    // "the two leaders", "both sides", "both nations"
    const two = (w === 'two' && i > from && t[i - 1].lower === 'the') || w === 'both';
    if (two && i + 1 < to && GROUP_HEADS.has(t[i + 1].lemma) && !describedPair(doc, i)) {
      const group = pairAt(doc, sentence, i, s);
      if (group) {
        out.push(group);
        i++;
      }
    }
  }
  return out;
}

/**
 * "the North" or "the South" at `i` (capitalized, after "the", before no other capitalized
 * word: not "the North Korean", "the South China Sea") as the half of a divided country the
 * story named last; a possessive "the North's" is a modifier as a dictionary mention is.
 */
function halfAt(doc: Doc, sentence: number, i: number, to: number, s: Salience): Mention | undefined {
  const t = doc.tokens;
  const halves = HALVES.get(t[i].text);
  if (!halves || i === 0 || t[i - 1].lower !== 'the' || t[i - 1].sentence !== t[i].sentence) return undefined;
  const next = i + 1 < to ? t[i + 1] : undefined;
  const possessive = next !== undefined && POSSESSIVE_MARKERS.has(next.lower);
  if (next && !possessive && isCapitalized(next.text)) return undefined;
  let code: string | undefined;
  for (let k = s.actors.length - 1; k >= 0 && !code; k--) code = halves.get(s.actors[k].country);
  if (!code) return undefined;
  const actor = makeActor(code, 'GOV', [`the-${t[i].lower}:${code}`]);
  const m = mention(doc, sentence, i - 1, possessive ? i + 2 : i + 1, 'country', [actor]);
  return possessive ? mentionWith(m, { possessive: true }) : m;
}

/**
 * Whether "the two" or "both" at `i` with its head names no pair of earlier actors: a head
 * with an "of" phrase tells what the two are of ("both sides of the aisle", "both sides of
 * the argument", "the two leaders of the Senate subcommittee"), "both … and" joins two
 * nouns ("Both men and women agreed"), and sides or parties after a noun and a preposition
 * are what its members belong to ("Hill hawks in both parties").
 */
function describedPair(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  const after = t[i + 2];
  if (!after || after.sentence !== t[i].sentence) return false;
  if (after.lower === 'of' || (after.lower === 'and' && t[i].lower === 'both')) return true;
  // "Hill hawks in both parties", "senators on both sides": what a noun's members belong to
  const start = t[i].lower === 'both' ? i : i - 1;
  return (
    LOOSE_PAIRS.has(t[i + 1].lemma) &&
    MEMBERSHIP.has(t[start - 1]?.lower ?? '') &&
    t[start - 2]?.pos === 'NOUN' &&
    t[start - 2].sentence === t[i].sentence
  );
}
/** Prepositions of belonging before a pair: "hawks in both parties", "lawmakers from both sides". */
const MEMBERSHIP = new Set(['in', 'from', 'on', 'across', 'among']);

/**
 * The group reference of "the two" or "both" at `i` and its head noun after it, to the last
 * two distinct actors (countries for "both nations"). Apart from the loop above: a closure
 * over the loop's words there would cost a context object per token.
 */
function pairAt(doc: Doc, sentence: number, i: number, s: Salience): Mention | undefined {
  const w = doc.tokens[i].lower;
  const head = doc.tokens[i + 1].lemma;
  const countries = COUNTRY_HEADS.has(head);
  const pool = countries ? s.actors : s.persons.length >= 2 ? s.persons : s.actors;
  const key = (a: Actor) => (countries ? a.country : a.code);
  const pair = lastDistinct(pool, 2, key);
  if (pair.length !== 2) return undefined;
  if (
    LOOSE_PAIRS.has(head) &&
    !namedLately(pool, pool === s.persons ? s.personSentences : s.actorSentences, pair[1], key, sentence)
  )
    return undefined;
  // "both parties agree", "senators from both parties": two actors of one country make no two
  // parties of a deal; the parties are its political parties
  if (head === 'party' && pair[0].country === pair[1].country) return undefined;
  const start = w === 'two' ? i - 1 : i;
  const actors = pairActors(pair, () => countries, [`group-reference:${w} ${head}`]);
  return mention(doc, sentence, start, i + 2, 'group-reference', actors);
}

/** How many sentences back both sides of "the two sides" must have been named. */
const SIDES_WINDOW = 3;
/** Heads of a pair that may be any two groups, not the last two actors named long before: "sides", "parties". */
const LOOSE_PAIRS = new Set(['side', 'party']);

/**
 * Whether `older`, the earlier of the pair, was named in the last few sentences: "the two sides"
 * whose second country was named long before are sides the story has moved to, groups with no
 * country of their own ("protesters … the president's supporters … the two sides clashed", the
 * White House and Republicans of a budget fight after Mexico was named nine sentences back).
 */
function namedLately(
  pool: readonly Actor[],
  sentences: readonly number[],
  older: Actor,
  key: (a: Actor) => string,
  sentence: number,
): boolean {
  const k = key(older);
  for (let i = pool.length - 1; i >= 0; i--)
    if (key(pool[i]) === k) return sentence - sentences[i] <= SIDES_WINDOW;
  return false;
}

/**
 * The two actors of a group reference, in text order, each noting `rules`; one a country
 * stands for (`asCountry`: "the two countries") becomes its government.
 */
function pairActors(pair: Actor[], asCountry: (a: Actor) => boolean, rules: readonly string[]): Actor[] {
  return pair.reverse().map((a) => {
    const gov =
      asCountry(a) && a.sector !== 'GOV'
        ? actorWith(a, { code: `${a.country}GOV`, sector: 'GOV' as const })
        : a;
    return actorWith(gov, { rules: [...a.rules, ...rules] });
  });
}

/**
 * A group reference (`ref`, from `pairAt`) after two actors of its own sentence refers to
 * them, not to the last two of earlier sentences: "Britain remains a key ally to the United
 * States as the two countries prepare to withdraw", "Police used tear gas to disperse the
 * protesters, and the two sides pelted each other" (police and protesters, who have no
 * country). `found` holds the sentence's mentions, not yet resolved; places are no members.
 * Undefined when fewer than two precede it.
 */
export function pairInSentence(doc: Doc, ref: Mention, found: readonly Mention[]): Mention | undefined {
  if (ref.kind !== 'group-reference') return undefined;
  const head = doc.tokens[ref.tokenEnd - 1].lemma;
  const countries = COUNTRY_HEADS.has(head);
  const all: Actor[] = [];
  for (const m of found) if (m.tokenEnd <= ref.tokenStart && !m.placeOnly) all.push(...m.actors);
  // actors with no country may be read later ("the speaker" as the latest one named) or be the
  // noun a possessive country owns ("Egypt's government"); but two sides with none, where
  // the sentence names no country ("police … the protesters"), are the sides
  const before = all.filter((a) => a.country !== '---');
  if (head === 'side' && before.length === 0) before.push(...all);
  const placed = (a: Actor) => countries && a.country !== '---';
  const pair = lastDistinct(before, 2, (a) => (placed(a) ? a.country : a.code));
  if (pair.length !== 2) return undefined;
  const w = doc.tokens[ref.tokenStart].lower === 'the' ? 'two' : 'both';
  return mentionWith(ref, {
    actors: pairActors(pair, placed, [`group-reference:${w} ${head}`, 'pair-in-sentence']),
  });
}

/**
 * An agent mention with no country after "the two" or "both" whose pair was named earlier in
 * the same sentence ("Yeltsin hosted Hashimoto … between the two leaders"): the group
 * reference to that pair. `s` must already hold the sentence's earlier mentions.
 */
export function groupReferenceFor(doc: Doc, m: Mention, from: number, s: Salience): Mention | undefined {
  if (m.kind !== 'agent' || !m.actors.every((a) => a.code.startsWith('---'))) return undefined;
  const start = Math.max(from, m.tokenStart - 2);
  return referenceMentions(doc, m.sentence, start, m.tokenEnd, NOTHING_COVERED, s).find(
    (r) => r.tokenEnd === m.tokenEnd,
  );
}

function mention(
  doc: Doc,
  sentence: number,
  a: number,
  b: number,
  kind: Mention['kind'],
  actors: Actor[],
): Mention {
  return {
    start: doc.tokens[a].start,
    end: doc.tokens[b - 1].end,
    sentence,
    tokenStart: a,
    tokenEnd: b,
    kind,
    actors,
    // the flags a dictionary mention carries (see chunkAt), so that mentions share one shape
    possessive: undefined,
    collective: undefined,
    coordinated: undefined,
    placeOnly: undefined,
  };
}

/**
 * "President Obama spoke in Ohio. … The president bombed Libya": an office named with "the" and
 * no name or country refers back to the latest person the article named holding it.
 */
export function definiteTitle(doc: Doc, m: Mention, s: Salience): Mention | undefined {
  if (m.kind !== 'agent' || m.actors.length !== 1 || m.collective || m.possessive) return undefined;
  const a = m.actors[0];
  const title = a.office && plainOffice(a.office);
  if (!title || !a.code.startsWith('---') || a.sector === 'ELI' || doc.tokens[m.tokenStart].lower !== 'the')
    return undefined;
  for (let i = s.persons.length - 1; i >= 0; i--) {
    const p = s.persons[i];
    if (p.name && p.office && holdsOffice(plainOffice(p.office), title))
      return mentionWith(m, {
        actors: [actorWith(p, { rules: [...p.rules, 'definite-title-refers-back'] })],
      });
  }
  return undefined;
}

/** Lower case, hyphens as spaces: "UN Secretary-General" is "un secretary general". */
function plainOffice(office: string): string {
  return office.toLowerCase().replace(/-/g, ' ');
}

/** Words that make an office another one: a vice president is no president. */
const LESSER = new Set(['vice', 'deputy', 'assistant', 'under', 'former']);

/** Whether `office` is `title` ("un secretary general" is a "secretary general"; "vice president" no "president"). */
function holdsOffice(office: string, title: string): boolean {
  const at = ` ${office} `.indexOf(` ${title} `);
  if (at < 0) return false;
  const before = office.slice(0, at).trim().split(' ').at(-1) ?? '';
  return !LESSER.has(before);
}
