import {
  countryless,
  countrylessLegislature,
  ofArticleCountry,
  ownCountry,
  saysForeign,
} from '../actors/index.ts';
import { type Actor, actorWith, inCountry, type Mention, newActor, type Token } from '../model/index.ts';
import { HOME_PEOPLE, STATE_SECTORS } from '../ontology/sectors.ts';
import { SET_AT_HOME_ROOTS } from './roots.ts';

/**
 * Sectors whose members act where they live: the people who stay at home, the courts, and armed
 * rebels, who fight in their own country ("militants attacked the U.S. consulate in Benghazi"
 * are LBYREB). "Lawmakers met Netanyahu in Jerusalem" and "fired rockets at civilian targets in
 * Israel" are acts abroad.
 */
const DOMESTIC_SECTORS: ReadonlySet<string> = new Set([...HOME_PEOPLE, 'JUD', 'REB']);
/** The domestic sectors `facingOwnState` homes: see there. */
const CITIZEN_BODIES: ReadonlySet<string> = new Set(['JUD', 'OPP', 'LAB', 'REL', 'AGR', 'MED', 'COP']);
const FORCE_OR_PROTEST: ReadonlySet<string> = new Set(['14', '18', '19', '20']);
/** Targets an actor deals with directly: its object, its slot, or after with/to/against/on. */
const FACED_TARGETS: ReadonlySet<string> = new Set([
  'target:object',
  'target:pattern-slot',
  'target:after-with',
  'target:after-to',
  'target:after-against',
  'target:after-on',
]);

/**
 * The one country whose places the sentence names as places ("in Serbia", "in the capital
 * Baku", "blocked streets in Hong Kong"), or undefined when it names none or several.
 */
export function placeCountry(mentions: readonly Mention[]): string | undefined {
  return onlyCountry(mentions, (m) => m.placeOnly === true);
}

/** The one country of the actors of the mentions `isPlace` accepts, or undefined (none or several). */
export function onlyCountry(
  mentions: readonly Mention[],
  isPlace: (m: Mention) => boolean,
): string | undefined {
  let country: string | undefined;
  for (const m of mentions) {
    if (!isPlace(m)) continue;
    for (const a of m.actors) {
      if (a.country.length !== 3 || a.country === '---') continue;
      if (country && country !== a.country) return undefined;
      country = a.country;
    }
  }
  return country;
}

/**
 * A domestic actor named without a country ("protesters", "police", "opposition leaders")
 * takes the country of the place the sentence sets its act in: "ethnic Albanians
 * demonstrated in Serbia" are SRBCVL.
 */
export function homed(actor: Actor, country: string | undefined): Actor {
  if (!country || !countryless(actor) || !actor.sector || !DOMESTIC_SECTORS.has(actor.sector)) return actor;
  return inCountry(actor, country, 'country-of-place');
}

/**
 * Whether the pair is an act set at home rather than aimed at a place's people: "the company
 * agreed to sell a restaurant in Urbana, Md.", "foreign students trained in America". The
 * source has the country of the place (`homed`) whose people the target is, and the act is of
 * a root set where it is done at home (SET_AT_HOME_ROOTS). Bodies that face their own state
 * still address it there: "the opposition agreed to postpone the demonstration in Baku".
 */
export function actsAtHome(sa: Actor, ta: Actor, code: string, targetRule: string): boolean {
  return (
    targetRule === 'target:people-of-place' &&
    sa.rules.includes('country-of-place') &&
    sa.country === ta.country &&
    !CITIZEN_BODIES.has(sa.sector ?? '') &&
    SET_AT_HOME_ROOTS.has(code.slice(0, 2))
  );
}

/** State powers whose coercion falls on their own people: police, courts, governments. */
const DOMESTIC_POWERS = new Set(['GOV', 'COP', 'JUD']);
/** Groups a state coerces at home: "police arrested 12 demonstrators", "detained journalists". */
const COERCED = new Set(['CVL', 'OPP', 'REB', 'LAB', 'EDU', 'JRN', 'REL', 'MED', 'AGR', 'PTY', 'CRM']);

/** Coercion aimed abroad: deporting immigrants (174), outlawing a group as terrorist (1722). */
const NOT_AT_HOME = new Set(['174', '1722']);

/**
 * A group named without a country that a country's police, courts or government coerce
 * (CAMEO 17) or, for the police, use force on (18–20) is that country's: "Egyptian police
 * opened fire to disperse demonstrators, killing one person" is EGYCOP → EGYCVL.
 */
export function coercedAtHome(source: Actor, target: Actor, code: string): Actor {
  if (!countryless(target) || !target.sector || !COERCED.has(target.sector)) return target;
  if (source.code.startsWith('---') || !source.sector || !DOMESTIC_POWERS.has(source.sector)) return target;
  const root = code.slice(0, 2);
  const coercion =
    (root === '17' && !NOT_AT_HOME.has(code)) ||
    (source.sector === 'COP' && (root === '18' || root === '19' || root === '20'));
  return coercion ? inCountry(target, source.country, 'coerced-by-own-state') : target;
}

/**
 * Curfews (1723) and states of emergency or siege, martial law (1724), and threats to impose
 * them (1323, 1324): rule over a state's own people.
 */
const EMERGENCY_RULE = new Set(['1723', '1724', '1323', '1324']);

/**
 * The people a state's curfew, martial law or state of siege falls on when the sentence names
 * none, nor a place of them: its own ("Egyptian authorities imposed a curfew in three
 * provinces", "the Guatemalan government declared a state of siege"), or undefined. A "state of
 * emergency" (`emergency`: the pattern matched that word) is as often a storm's or a flood's
 * ("the governor of New Jersey declared a state of emergency"), and takes none.
 */
export function ownPeopleUnderRule(source: Actor, code: string, emergency: boolean): Actor | undefined {
  if (!EMERGENCY_RULE.has(code) || emergency || countryless(source) || !source.sector) return undefined;
  if (!DOMESTIC_POWERS.has(source.sector) && source.sector !== 'MIL') return undefined;
  return inCountry(actorWith(source, { sector: 'CVL' }), source.country, 'own-people-under-rule');
}

/** Popular dissent, calling it off, and the intent or refusal to: protests (14), 082, 0352, 1242. */
function dissentCode(code: string): boolean {
  return code.startsWith('14') || code.startsWith('082') || code === '0352' || code === '1242';
}

/** De-escalating an armed fight, and the intent or refusal to: truces, disarming, retreat (087), 0356, 1246. */
function deEscalationCode(code: string): boolean {
  return code.startsWith('087') || code === '0356' || code === '1246';
}

/**
 * The state a country's people or rebels face when the sentence names no target nor place:
 * their own, for people's dissent ("Thousands of Mexican workers protested", "Kazakh oil workers
 * will not end the strike") and for rebels' de-escalation when the sentence names no other
 * country (`sole`: the one country of its mentions): "An Ethiopian rebel group declared a
 * unilateral ceasefire", "The FARC said they will lay down arms"; "a truce between Israel and
 * Gaza's Hamas rulers ended the fighting" is not Hamas's with Palestine. Otherwise undefined.
 * People whose country the article lends them, and international militants, are no one's.
 */
export function ownStateFaced(
  source: Actor,
  code: string,
  sole: () => string | undefined,
): Actor | undefined {
  if (!ownCountry(source) || !source.sector) return undefined;
  const faces =
    (PROTESTERS.has(source.sector) && dissentCode(code)) ||
    (source.sector === 'REB' && deEscalationCode(code) && sole() === source.country);
  if (!faces) return undefined;
  return newActor(`${source.country}GOV`, source.country, 'GOV', [...source.rules, 'own-state-faced']);
}

/**
 * A protest against a state institution named without a country (or placed only by the
 * article's country) is against the protesters' own: "students throughout Indonesia staged
 * demonstrations … against the government".
 */
export function domesticTarget(source: Actor, target: Actor): Actor {
  if (!(target.code.startsWith('---') || ofArticleCountry(target))) return target;
  if (!target.sector || !STATE_SECTORS.has(target.sector)) return target;
  if (countryless(source) || source.code === source.country || source.country === 'IMG') return target;
  return inCountry(target, source.country, 'protest-target-of-protesters-country');
}

/** Sectors that, like an opposition, mostly face their own state: legislatures, courts, parties. */
const HOME_FACING: ReadonlySet<string> = new Set(['OPP', 'LEG', 'JUD', 'PTY']);
/** Roots of the dealings an opposition has with governments abroad: statements, visits, talks, ties, aid. */
const DIPLOMACY: ReadonlySet<string> = new Set(['03', '04', '05', '06', '07']);
/** Of those, what rebels give or get from a state's forces: as often a foreign patron's ("Hezbollah backed regime troops"). */
const PATRONAGE: ReadonlySet<string> = new Set(['05', '06', '07']);

/** A state's missions abroad: "the Libyan militia that attacked the consulate" did not attack Libya's. */
const MISSIONS: ReadonlySet<string> = new Set([
  'embassy',
  'embassies',
  'consulate',
  'consulates',
  'mission',
  'legation',
]);

/** Whether a mention's words put it abroad: "foreign troops", "the consulate". */
export function abroad(m: Mention, tokens: readonly Token[]): boolean {
  if (saysForeign(m, tokens)) return true;
  for (let i = m.tokenStart; i < m.tokenEnd; i++) if (MISSIONS.has(tokens[i].lower)) return true;
  return false;
}

/**
 * A state institution named without a country that rebels face is their own state ("rebels in
 * the Ivory Coast dismissed an appeal from the government", "accused rebels of using chemical
 * weapons against government troops"), except the forces that back them or that they back
 * ("Hezbollah backed regime troops"); so is the one an opposition, a legislature, a court or a
 * party faces ("Sen. John Cornyn urged the administration", "the judge ruled against the
 * government"), except in the dealings they have abroad ("Romney will meet with top leaders in
 * each country"). `foreign` tells whether the target's words put it abroad (`abroad`), asked
 * only of the pairs these sides make.
 */
export function facedAtHome(sa: Actor, ta: Actor, code: string, foreign: () => boolean): Actor {
  if (code.startsWith('14')) return ta;
  const root = code.slice(0, 2);
  if (
    ((sa.sector === 'REB' && !PATRONAGE.has(root)) ||
      (HOME_FACING.has(sa.sector ?? '') && !DIPLOMACY.has(root))) &&
    !foreign()
  )
    return domesticTarget(sa, ta);
  return ta;
}

/** Sectors of the people who protest: civilians, students, workers, the opposition, clergy. */
const PROTESTERS: ReadonlySet<string> = new Set(['CVL', 'EDU', 'LAB', 'OPP', 'REL']);
/** State bodies a protest at home is against: governments, legislatures, courts. */
const PROTESTED: ReadonlySet<string> = new Set(['GOV', 'LEG', 'JUD']);

/**
 * Protesters named without any country who protest (CAMEO 14) against one country's government,
 * legislature or courts are its people, when the sentence names no other country (`sole`: the
 * one country of its mentions) and the target's words do not put it abroad (`foreign`: an
 * embassy, a consulate): "Students protested against Egyptian President Hosni Mubarak" is
 * EGYEDU; "protesters stormed the U.S. embassy", "students protested Cuban interference in
 * Venezuela" stay countryless.
 */
export function protestingOwnState(
  sa: Actor,
  ta: Actor,
  code: string,
  sole: () => string | undefined,
  foreign: () => boolean,
): Actor {
  if (!code.startsWith('14') || !sa.code.startsWith('---') || !PROTESTERS.has(sa.sector ?? '')) return sa;
  if (countryless(ta) || !PROTESTED.has(ta.sector ?? '') || sole() !== ta.country || foreign()) return sa;
  return inCountry(sa, ta.country, 'protesting-own-state');
}

/**
 * A source and target as the sentence places them: one side named without a country takes the
 * country of the place of the act (two such sides only in a protest: "ethnic Albanians
 * demonstrated in Serbia against the government"), and a group a state coerces is its own.
 * `home` gives the sentence's place country, computed only when needed.
 */
export function placedPair(
  sa: Actor,
  ta: Actor,
  code: string,
  home: () => string | undefined,
  targetRule = '',
): [Actor, Actor] {
  const protest = code.startsWith('14');
  if (protest || !countryless(sa) || !countryless(ta)) {
    const country = home();
    sa = homed(sa, country);
    ta = homed(ta, country);
    if (protest) ta = domesticTarget(sa, ta);
  }
  // "freed 10 accused of spying for Iran": a state named in a complement is not the one faced
  const faced = FACED_TARGETS.has(targetRule) ? facingOwnState(sa, ta, code) : sa;
  if (FACED_TARGETS.has(targetRule)) ta = ownLegislature(sa, ta, home);
  return [faced, victimAtScene(sa, coercedAtHome(sa, ta, code))];
}

/**
 * A country's own bodies named without the country — courts, the opposition, unions, churches,
 * farmers, doctors, police — acting on one country's state institutions are of that country:
 * "Judge Alejandro Rivera opened fraud investigations against 28 Chilean government officials"
 * (CHLJUD), "the union called off its strike after talks with the Nigerian government".
 * Civilians, analysts and business are as often foreign ("bankers met Brazil's minister"), and
 * protests and violence at a state's mission come from abroad ("stormed the U.S. embassy").
 */
function facingOwnState(sa: Actor, ta: Actor, code: string): Actor {
  // a country the story lends (`ofArticleCountry`) stays: only an actor with none at all is homed
  if (
    !sa.code.startsWith('---') ||
    !sa.sector ||
    !CITIZEN_BODIES.has(sa.sector) ||
    FORCE_OR_PROTEST.has(code.slice(0, 2))
  )
    return sa;
  if (countryless(ta) || !ta.sector || !STATE_SECTORS.has(ta.sector) || ta.country.length !== 3) return sa;
  return inCountry(sa, ta.country, 'facing-own-state');
}

/**
 * A legislature named without a country that a government deals with directly is its own (a
 * legislature seldom deals with foreign governments that way): "Obama asked Congress to hold off
 * a vote", "British Prime Minister David Cameron guaranteed legislators two rounds of voting".
 * Not the other way round: lawmakers travel and meet abroad ("lawmakers met Irish officials");
 * nor where the sentence sets the act in another country's place (`home`).
 */
function ownLegislature(sa: Actor, ta: Actor, home: () => string | undefined): Actor {
  if (!countrylessLegislature(ta) || sa.sector !== 'GOV' || !ownCountry(sa)) return ta;
  // "De Croo, in Washington for talks with Administration officials and Congressional leaders":
  // a government abroad deals with its hosts' legislature
  const place = home();
  if (place && place !== sa.country) return ta;
  return inCountry(ta, sa.country, 'own-legislature');
}

/**
 * The victims of an unidentified force, named without a country, are people of the place it
 * struck: "a journalist was killed in a car bombing in Beirut" is LBNUAF → LBNJRN.
 */
function victimAtScene(source: Actor, target: Actor): Actor {
  if (source.sector !== 'UAF' || source.country === '---' || !countryless(target) || !target.sector)
    return target;
  return inCountry(target, source.country, 'victim-at-scene');
}
