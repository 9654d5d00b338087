// Whether an "attack" is words or force, from who attacks whom.
import type { Doc, Mention } from '../model/index.ts';
import { namesPolicyVictims, policyOfTarget } from './attacked-objects.ts';
import type { PatternMatch } from './patterns.ts';

/** Mentions of one named individual (or a person's campaign). */
export const INDIVIDUAL_KINDS = new Set<Mention['kind']>(['person', 'title-name']);

/** Sectors that attack people with force: armed forces and groups, police, spies, criminals. */
export const ARMED_SECTORS = new Set(['MIL', 'REB', 'UAF', 'CRM', 'COP', 'SPY']);

/**
 * "Attacking" a named person is criticism, not force, unless armed people do it: "the Obama
 * campaign attacked Romney", "an ad campaign attacking Obama", "Republicans attacked Holder"
 * (111); so is an attack or assault between the unarmed public institutions of one country.
 * A country, force or group attacking anything else, or civilians, stays 190.
 */
export function verbalAttack(
  doc: Doc,
  m: PatternMatch,
  source: Mention,
  target: Mention,
  announced = false,
): boolean {
  const beaten = bludgeoned(doc, m, source);
  if (m.pattern.code !== '190' && !announced && !beaten) return false;
  const word = doc.tokens[m.anchor].lemma;
  if (CONTEST_WORDS.has(word) || warWaged(doc, m)) return contest(source, target);
  if (!ATTACK_WORDS.has(word) && !attackNounMatched(doc, m) && !retort(doc, m) && !beaten) return false;
  if (!source.actors.every((a) => !a.sector || !ARMED_SECTORS.has(a.sector))) return false;
  if (INDIVIDUAL_KINDS.has(target.kind) || policyOfTarget(doc, target)) return true;
  if (publicAsVictimOfPolicy(doc, source, target)) return true;
  // "Obama's attacks on the Catholic Church", "Republicans attacked the administration": one
  // country's politicians, parties, press and institutions attacking one another use words
  return source.actors.every((a) =>
    target.actors.every(
      (b) =>
        a.country === b.country &&
        POLITICAL_SECTORS.has(a.sector ?? '') &&
        POLITICAL_SECTORS.has(b.sector ?? ''),
    ),
  );
}
const ATTACK_WORDS = new Set(['attack', 'assault']);

/**
 * Whether a word the pattern matched (lower case) passes `test`: asked of every event with a
 * target, so the matched words are read in place rather than copied into a list each time.
 */
function matchedWord(doc: Doc, m: PatternMatch, test: (word: string) => boolean): boolean {
  return m.positions.some((p) => test(doc.tokens[p].lower));
}

/**
 * "the same party can seize upon his life to bludgeon him": a bare "bludgeon" (not "bludgeoned
 * to death") is a beating in words when "attacked" would be.
 */
function bludgeoned(doc: Doc, m: PatternMatch, source: Mention): boolean {
  if (!matchedWord(doc, m, (w) => w.startsWith('bludgeon')) || matchedWord(doc, m, (w) => w === 'death'))
    return false;
  // only politicians beat with words: "a man bludgeoned his neighbor" is force
  return source.actors.every((a) => CONTEST_SECTORS.has(a.sector ?? '') || a.sector === 'OPP');
}

/** "Romney struck back at Obama's investments": a retort, words when "attacked" would be. */
function retort(doc: Doc, m: PatternMatch): boolean {
  return matchedWord(doc, m, (w) => w === 'back') && matchedWord(doc, m, (w) => RETORTING.has(w));
}
const RETORTING = new Set(['strike', 'strikes', 'struck', 'striking', 'fire', 'fires', 'fired', 'firing']);

/**
 * "The administration is waging a war on the Supreme Court": a war waged between one country's
 * government, lawmakers, parties and courts is a contest of words, as their "battle" is; a
 * government's war on its opposition or on armed groups stays force.
 */
function warWaged(doc: Doc, m: PatternMatch): boolean {
  return matchedWord(doc, m, (w) => w === 'war') && matchedWord(doc, m, (w) => WAGING.has(w));
}
// word forms, not lemmas: the tagger lemmatizes "waging" as "wag"
const WAGING = new Set(['wage', 'wages', 'waged', 'waging']);

/**
 * A politician or party "attacking children and immigrant youth" or making "attacks on
 * middle-class families" at home hurts them with policy, not force; "civilians" and "protesters"
 * are not among these words, so "Assad's attacks on civilians" stays force, and a sentence with
 * a word of armed violence keeps it ("the regime's attacks on children with barrel bombs").
 */
function publicAsVictimOfPolicy(doc: Doc, source: Mention, target: Mention): boolean {
  if (!namesPolicyVictims(doc, target) || armedViolenceNear(doc, source.sentence)) return false;
  return source.actors.every((a) =>
    target.actors.every(
      (b) => a.country === b.country && CONTEST_SECTORS.has(a.sector ?? '') && b.sector === 'CVL',
    ),
  );
}
/** Words of armed violence: beside them, an attack on families or children is force. */
const ARMED_VIOLENCE = new Set([
  'bomb',
  'bombing',
  'shell',
  'shelling',
  'airstrike',
  'strike',
  'missile',
  'rocket',
  'gun',
  'gunfire',
  'weapon',
  'gas',
  'chemical',
  'kill',
  'killing',
  'massacre',
  'wound',
  'dead',
  'troops',
  'force',
  'army',
  'militia',
  'regime',
]);

/** Whether sentence `s` has a word of armed violence (by lemma: "killed", "bombs"). */
function armedViolenceNear(doc: Doc, s: number): boolean {
  const { tokenStart, tokenEnd } = doc.sentences[s];
  for (let i = tokenStart; i < tokenEnd; i++) if (ARMED_VIOLENCE.has(doc.tokens[i].lemma)) return true;
  return false;
}
/**
 * Whether every source actor is a politician or institution (government, lawmakers, parties,
 * courts, elites) of a country and every target actor one of that same country for which
 * `ofTarget` holds: a quarrel at home, where force words are mostly figures.
 */
export function politiciansAtHome(
  source: Mention,
  target: Mention,
  ofTarget: (b: Mention['actors'][number]) => boolean,
): boolean {
  return source.actors.every((a) =>
    target.actors.every(
      (b) =>
        a.country !== '' && a.country === b.country && CONTEST_SECTORS.has(a.sector ?? '') && ofTarget(b),
    ),
  );
}

/** Nouns of an attack that a verb launches: "launched an all-out assault against Obama's law". */
const LAUNCHED_ATTACKS = new Set(['attack', 'attacks', 'assault', 'offensive', 'onslaught']);

/** Verbs that open a campaign of attacks; "carried out", "staged" an attack are deeds. */
const LAUNCHING = new Set(['launch', 'mount']);

/**
 * Whether the pattern is anchored on a verb that launches or mounts an attack noun among its
 * words ("House Republicans launched an all-out assault against the law", "Romney's team
 * launched a new offensive"): such an attack is words as "attacked" is.
 */
function attackNounMatched(doc: Doc, m: PatternMatch): boolean {
  if (!LAUNCHING.has(doc.tokens[m.anchor].lemma)) return false;
  return m.positions.some((p) => p !== m.anchor && LAUNCHED_ATTACKS.has(doc.tokens[p].lower));
}

/**
 * "his long battle with Mitt Romney", "legislative fights with Obama", "his prime-time clash
 * with Mr. Ryan": a contest between one country's government, lawmakers, parties, courts and
 * politicians is words. Crowds, the opposition and armed groups who fight or clash at home
 * use force ("Islamists clashed with Morsi opponents", "the opposition was fighting Gadhafi").
 */
function contest(source: Mention, target: Mention): boolean {
  return source.actors.every((a) =>
    target.actors.every(
      (b) =>
        a.country === b.country && CONTEST_SECTORS.has(a.sector ?? '') && CONTEST_SECTORS.has(b.sector ?? ''),
    ),
  );
}
const CONTEST_WORDS = new Set(['battle', 'fight', 'clash']);
export const CONTEST_SECTORS = new Set(['GOV', 'LEG', 'PTY', 'JUD', 'ELI']);
/** Unarmed sectors of public life: their attacks on one another at home are words. */
const POLITICAL_SECTORS = new Set([
  'GOV',
  'LEG',
  'OPP',
  'PTY',
  'ELI',
  'JRN',
  'NGO',
  'EDU',
  'REL',
  'LAB',
  'BUS',
  'MED',
  'JUD',
]);

/** An attack announced as a threat of force ("will attack", 138): words when `verbalAttack` says so. */
export function announcedAttack(m: PatternMatch): boolean {
  return m.recoded?.startsWith('announced:') === true && m.pattern.code.startsWith('13');
}
