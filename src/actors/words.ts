/** Closed word lists the actor grammar uses. Grammar, not knowledge: not in dictionaries/. */

/** Prepositions after which a country or capital is a place, not an actor. */
export const LOCATIVE = new Set([
  'in',
  'at',
  'near',
  'inside',
  'across',
  'throughout',
  'within',
  'outside',
  'around',
  'into',
  'across',
]);

export const DETERMINERS = new Set(['the', 'a', 'an']);

export const POSSESSIVE_MARKERS = new Set(["'s", "'", '’s', '’']);

export const SINGULAR_PRONOUNS = new Set(['he', 'she', 'him']);

/**
 * Singular nouns of several people acting together ("the U.S. team", "a World Bank mission"),
 * and plurals that look singular ("the people of Ukraine", "police", "military personnel"): a
 * collective, referred to as "it" or "they", never "he" or "she".
 */
export const COLLECTIVE_PEOPLE_NOUNS = new Set(['team', 'mission', 'people', 'police', 'personnel']);

/** Heads of "the two leaders", "both sides": a reference to the last two actors. */
export const GROUP_HEADS = new Set([
  'leader',
  'official',
  'minister',
  'side',
  'country',
  'nation',
  'government',
  'president',
  'party',
  'neighbour',
  'neighbor',
  'diplomat',
  'counterpart',
  'state',
  'capital',
  'delegation',
  'man',
  'woman',
]);

/** Group heads that mean countries rather than people. */
export const COUNTRY_HEADS = new Set([
  'country',
  'nation',
  'government',
  'state',
  'capital',
  'neighbour',
  'neighbor',
  'side',
]);

export { isCapitalized } from '../nlp/capitals.ts';

/**
 * Titles too ambiguous for the dictionary as bare words ("general election", "General Motors",
 * "fire marshal", "seek justice", "the Justice Department"), with the sector each gives: a title
 * only when capitalized and followed by a personal name ("General David Petraeus", "Justice
 * Antonin Scalia"; see rankBeforeName in names.ts). Multi-word titles are in agents.txt.
 */
export const BARE_RANKS = new Map<string, 'MIL' | 'JUD'>([
  ['General', 'MIL'],
  ['Marshal', 'MIL'],
  ['Justice', 'JUD'],
]);

/** Words before which "General"/"Marshal" is the second half of another office. */
export const RANK_COMPOUND_HEADS = new Set([
  'attorney',
  'solicitor',
  'inspector',
  'surgeon',
  'postmaster',
  'governor',
  'director',
  'auditor',
  'consul',
  'secretary',
  'adjutant',
  'procurator',
  'prosecutor',
  'accountant',
  'paymaster',
  'receiver',
  'vicar',
  'brigadier',
  'lieutenant',
  'major',
  'fire',
  'provost',
  'air',
  'field',
  'sky',
  'grand',
  'vice',
]);

/** "U.S. Marshal", "Deputy Marshal": law officers in the US, not field marshals. */
export const MARSHAL_NOT_AFTER = new Set([
  'us',
  'u.s.',
  'federal',
  'deputy',
  'chief',
  'state',
  'city',
  'town',
  'county',
]);

/** Capitalized words that make "General X Y" an institution or event, not a person. */
export const RANK_NON_NAME = new Set([
  'motors',
  'electric',
  'dynamics',
  'mills',
  'atomics',
  'assembly',
  'hospital',
  'staff',
  'secretary',
  'council',
  'conference',
  'election',
  'elections',
  'services',
  'service',
  'corp',
  'corporation',
  'co',
  'inc',
  'company',
  'office',
  'accounting',
  'administration',
  'court',
  'synod',
  'confederation',
  'union',
  'directorate',
  'command',
  'headquarters',
  'strike',
  'counsel',
  'manager',
  'fund',
  'insurance',
  'medical',
  'practitioner',
  'practitioners',
  'data',
  'protection',
  'regulation',
  'public',
  'law',
  'debate',
  'agreement',
  'budget',
  'principles',
  'hall',
  'store',
  'stores',
  'dollar',
  'foods',
  'instruments',
  'tire',
  'cable',
  'plan',
  'survey',
  'population',
  'social',
  'national',
  'congress',
  'general',
  'department',
  'party',
  'league',
]);

/**
 * Words that make an office holder a former one (an elite, ELI). Not "outgoing": an outgoing
 * prime minister holds the office until the successor takes it ("assassinate outgoing Prime
 * Minister Iyad Allawi" is IRQGOV).
 */
export const FORMER = new Set([
  'former',
  'ousted',
  'deposed',
  'ex',
  'ex-',
  'exiled',
  'toppled',
  'late',
  'retired',
]);

/** Words of an office holder's tenure that leave the office as it is, kept in the mention's span: "outgoing Defense Secretary Leon Panetta", "the acting prime minister". */
export const TENURE = new Set(['outgoing', 'acting', 'interim', 'caretaker']);

/** Verbs of saying, the core both attributions (actors) and reported clauses (events) extend. */
export const SAYING_VERBS: readonly string[] = [
  'say',
  'tell',
  'announce',
  'report',
  'add',
  'state',
  'confirm',
  'note',
  'claim',
  'write',
];

/** Time words that may follow an agent noun without being modified by it: "officials today". */
export const TEMPORAL_NOUNS = new Set([
  'today',
  'tonight',
  'yesterday',
  'tomorrow',
  'now',
  'morning',
  'evening',
  'overnight',
]);

/** Parts of speech of the words inside a noun phrase. */
export const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
/** Nouns for where an armed group sits, which an attack on them targets: "rebel positions". */
export const GROUP_SITES = new Set([
  'position',
  'stronghold',
  'base',
  'camp',
  'hideout',
  'target',
  'enclave',
  'bastion',
]);

/**
 * "the North", "the South" in a story about a divided country: the half it means, by the
 * country of that pair the story named last ("North Korea … the South" is South Korea).
 */
export const HALVES: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  [
    'North',
    new Map([
      ['PRK', 'PRK'],
      ['KOR', 'PRK'],
      ['SDN', 'SDN'],
      ['SSD', 'SDN'],
    ]),
  ],
  [
    'South',
    new Map([
      ['PRK', 'KOR'],
      ['KOR', 'KOR'],
      ['SDN', 'SSD'],
      ['SSD', 'SSD'],
    ]),
  ],
]);

/** Courtesy titles left outside a name's mention: "than Mr. Romney", "with Mrs. Clinton". */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'miss',
  'dr',
  'dr.',
  'messrs.',
  'mme',
  'mme.',
]);
