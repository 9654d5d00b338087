/** Closed word lists of the place-mention grammar. Grammar, not knowledge. */

/** Words after which a capitalised name is a location ("in Kabul", "near Aleppo"). */
export const LOCATIVE = new Set([
  'in',
  'at',
  'near',
  'outside',
  'from',
  'to',
  'across',
  'inside',
  'into',
  'around',
  'throughout',
  'within',
  'toward',
  'towards',
  'via',
]);

/** Heads that make a following `of` locative ("north of Kabul", "the outskirts of Damascus"). */
export const LOCATIVE_OF_HEADS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'outskirts',
  'suburbs',
  'outside',
]);

/** Adjectives for a part of a place: "northern Aleppo", "southern Serbia". */
export const COMPASS_ADJECTIVES = [
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
] as const;

/**
 * Words that may stand between the locative word and the name: "in the southern port city
 * of Basra", "in the capital, Kabul", "in northern Aleppo".
 */
export const LOCATIVE_FILLERS = new Set<string>([
  'the',
  'of',
  ',',
  ...COMPASS_ADJECTIVES,
  'capital',
  'city',
  'town',
  'village',
  'port',
  'border',
  'coastal',
  'provincial',
  'besieged',
  'occupied',
  'nearby',
  'neighbouring',
  'neighboring',
]);

/** Capitalised words that may follow a place without making it part of another name. */
export const PLACE_SUFFIXES = new Set([
  'City',
  'Province',
  'province',
  'District',
  'district',
  'Governorate',
  'governorate',
  'Region',
  'region',
  'Oblast',
  'oblast',
  'Prefecture',
]);

/**
 * Capitalised heads of an institution named after its place ("Oxford University", "Amherst
 * College", "Madras High Court", "Delhi Police", "Kano State government"): the place before
 * them is a place, not the start of another name. One or two words, as written.
 */
export const INSTITUTION_HEADS = new Set([
  'University',
  'College',
  'Institute',
  'Polytechnic',
  'Police',
  'State',
  'High Court',
  'Supreme Court',
  'District Court',
]);

/**
 * Nouns for a division's government, forces or armed groups: after "the", a division names
 * its actors only before one of these ("the Sindh government", not "the Arizona law").
 */
export const DIVISION_ACTOR_NOUNS = new Set([
  'government',
  'authorities',
  'administration',
  'police',
  'forces',
  'troops',
  'rebels',
  'militants',
  'separatists',
  'insurgents',
  'fighters',
  'militia',
  'militias',
  'leader',
  'leaders',
  'governor',
]);

/** Group nouns English capitalises (adherents of a religion): "Rakhine Buddhists". */
export const CAPITALISED_GROUPS = new Set([
  'Buddhists',
  'Muslims',
  'Christians',
  'Hindus',
  'Sikhs',
  'Catholics',
  'Jews',
]);

/** Words that also govern persons ("a call to Jackson", "a shoe thrown at Bush"): weaker cues. */
export const PERSON_PREPOSITIONS = new Set(['to', 'from', 'at', 'toward', 'towards', 'via']);

/** Capitalised words that may follow a place in news style ("said in Kabul Tuesday"). */
export const CALENDAR = new Set(
  (
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June ' +
    'July August September October November December Jan. Feb. Aug. Sept. Oct. Nov. Dec.'
  ).split(' '),
);

/** Lower-case words that occur inside place names ("Newcastle upon Tyne", "Port-au-Prince"). */
export const NAME_CONNECTORS = new Set(
  'de del della da do dos das di du des la le les el al ar as ad an at az ash ez es ed ul upon on am im sur y au en bin ibn'.split(
    ' ',
  ),
);

/** Words that title-case detection ignores ("Clashes in Gaza Kill Five"). */
export const FUNCTION_WORDS = new Set(
  'a an the of in on at to for and or but with by from as into over after near'.split(' '),
);

/** Verbs after a bare name that make it a speaker, not a place ("Kingston said"). */
export const SPEECH_VERBS = new Set(
  'said says told added argued wrote noted asked explained insisted warned tweeted replied'.split(' '),
);
