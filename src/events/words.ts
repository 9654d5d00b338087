import { SAYING_VERBS } from '../actors/index.ts';
import type { Token } from '../model/index.ts';

/** Tokens that end a clause for role search. */
export const BOUNDARY = new Set([';', ':', '—', '–', '(', ')', '"', '“', '”', '?', '!']);

/** Double quotation marks, straight and curly. */
export const QUOTES: ReadonlySet<string> = new Set(['"', '“', '”']);

/** Tokens that may sit between two pattern words without a `*`. */
/** Parts of speech inside a noun phrase before its head: "a suicide car bombing". */
export const NOMINAL_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** Tags of the common-noun words before a phrase's head: "the December mass shooting", "including two helicopter gunships". */
export const HEAD_MODIFIERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN']);

/** Tags of the words of a noun phrase with its possessive "'s" and pronouns: "the", "Iran's", "new", "him". */
export const PHRASE_WORDS: ReadonlySet<string> = new Set([
  'DET',
  'ADJ',
  'NOUN',
  'PROPN',
  'NUM',
  'PART',
  'PRON',
]);

export const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

export function skippable(t: Token): boolean {
  return (
    t.pos === 'DET' ||
    t.pos === 'ADV' ||
    t.pos === 'ADJ' ||
    t.pos === 'NUM' ||
    POSSESSIVE_PRONOUNS.has(t.lower)
  );
}

export const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);
export const MODALS = new Set(['could', 'might', 'may', 'should', 'can', 'must']);
/** Auxiliaries of an announced act: "will visit", "said it would allow". */
export const FUTURE = new Set(['will', 'would', 'shall', "'ll", 'wo']);
/** "is ready to send", "plans to visit": an intention to do the act. */
/**
 * Nouns whose "to"-infinitive is a possibility, not an act: "the capacity to attack the United
 * States", "an opportunity to attack Mr. Obama", "the right to protest".
 */
export const POSSIBILITY_HEADS = new Set([
  'capacity',
  'capability',
  'ability',
  'opportunity',
  'chance',
  'credibility',
  'right',
  'power',
  'authority',
  'permission',
  'pretext',
  'excuse',
  'reason',
  'need',
  'freedom',
  'way',
  'authorization',
  'licence',
  'license',
]);

export const INTENT_HEADS = new Set([
  'ready',
  'willing',
  'willingness',
  'readiness',
  'keen',
  'eager',
  'prepared',
  'prepare',
  'plan',
  'intend',
  'set',
  'poised',
  'expect',
  'hope',
  'want',
  'seek',
  'aim',
  'go',
  'decide',
  'decision',
  'offer',
  'pledge',
  'promise',
  'vow',
]);
/**
 * Adjectives of a leaning, not a decision: "was inclined to order", "is tempted to impose
 * sanctions", "itching to invade", "reluctant to send troops": the act after "to" is not done.
 */
export const LEANING_HEADS: ReadonlySet<string> = new Set([
  'inclined',
  'disinclined',
  'disposed',
  'tempted',
  'itching',
  'reluctant',
  'hesitant',
  'loath',
  'loth',
]);
/** Words that put an act on the calendar or ahead: "is scheduled to visit", "is due to meet", "is likely to visit". */
export const SCHEDULED: ReadonlySet<string> = new Set(['scheduled', 'slated', 'due', 'likely']);
/** Heads whose "to"-infinitive is a secret design, not an act or an announcement: "plotted to attack", "a plot to kill". */
export const PLOT_HEADS = new Set(['plot', 'conspire', 'conspiracy']);
/**
 * Participles that after "be" describe the subject's own stance, not an act done to it:
 * "Vietnam is committed to opening", "the rebels were engaged in fighting".
 */
export const STATIVE_PARTICIPLES = new Set([
  'committed',
  'engaged',
  'involved',
  'determined',
  'prepared',
  'interested',
  'opposed',
  'dedicated',
  'resolved',
]);
export const CONDITIONALS = new Set(['if', 'unless', 'whether']);
/** "failed to reach", "refused to meet", "has yet to meet", "was unable to": the act after "to" was not done. */
export const NOT_DONE_HEADS = new Set([
  'fail',
  'failure',
  'refuse',
  'refusal',
  'decline',
  'unable',
  'unwilling',
  'reluctant',
  'yet',
]);
/** Nouns of a proposal, whose "to"-infinitive names an act nobody has done yet: "introduced a bill to impose sanctions on". */
export const PROPOSALS = new Set([
  'bill',
  'amendment',
  'legislation',
  'resolution',
  'motion',
  'proposal',
  'petition',
]);
/** Nouns of trying, and the words that say the try failed: "a failed bid to", "an unsuccessful attempt to". */
export const ATTEMPTS = new Set(['attempt', 'bid', 'effort', 'push', 'drive', 'campaign']);
export const FAILED = new Set([
  'failed',
  'unsuccessful',
  'abortive',
  'botched',
  'aborted',
  'thwarted',
  'foiled',
  'vain',
]);

/** Pronouns that are only ever objects ("praised them"; "her" may be a possessive). */
export const OBJECT_PRONOUNS = new Set(['him', 'them', 'us', 'me']);
/** Pronouns that are only ever subjects: "before they criticized", "after he met". */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we']);

/** Prepositions whose object is not a clause subject. */
export const PREPOSITIONS = new Set([
  'of',
  'in',
  'for',
  'with',
  'from',
  'about',
  'against',
  'to',
  'on',
  'at',
  'over',
  'between',
  'among',
  'toward',
  'towards',
  'into',
  'after',
  'before',
  'since',
  'during',
  'by',
  'like',
  'than',
  'under',
  'across',
  // places and circumstances: "near Damascus", "amid Chinese pressure", "despite U.S.
  // objections", "through a spokesman". Not "within" ("officials within the administration" is
  // part of its subject) nor "outside"/"inside", after which a body's seat often stands for the
  // body acting there ("police outside the Ferguson Police Department")
  'near',
  'beyond',
  'along',
  'beside',
  'throughout',
  'around',
  'through',
  'via',
  'amid',
  'amidst',
  'despite',
  'without',
]);

/** Prepositions that, ending a verb pattern, introduce its target: "provide * intelligence to". */
export const TARGET_PREPOSITIONS = new Set([
  'to',
  'with',
  'against',
  'on',
  'toward',
  'towards',
  'into',
  'at',
]);

/** Words that only open a relative clause (not "that", which also opens a complement). */
export const RELATIVE_WORDS = new Set(['which', 'who', 'whom', 'whose']);

/** Relative pronouns that open a clause about the noun before them. */
export const RELATIVES = new Set(['which', 'who', 'whom', 'that']);

/** Words after which a rightward target search stops (attribution, new clauses). */
export const TARGET_STOPS = new Set([
  'according',
  'said',
  'says',
  'told',
  'while',
  'whereas',
  'but',
  'although',
  'though',
  'because',
  'despite',
  'amid',
  'amidst',
  'following',
]);

export { FORCE_ROOTS } from '../ontology/cameo.ts';

export const COMPLEMENT_MARKERS = new Set(['to', 'of', 'for', 'from', 'on', 'into', 'by']);

/** Verbs of saying: what follows them is reported, not their object. */
export const REPORTING = new Set([...SAYING_VERBS, 'quote']);

/**
 * Prepositions that also open a clause when a subject and its verb follow: "after Iran's attack"
 * names a target, "after Iran attacked" a clause; "before Anacomp agreed to buy" has its own subject.
 */
export const CLAUSE_PREPOSITIONS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until']);

/** Words opening a subordinate clause (tagged SCONJ or ADV): "which grew when Portman endorsed". */
export const SUBORDINATORS = new Set([
  'when',
  'while',
  'where',
  'because',
  'although',
  'though',
  'whereas',
  'if',
  'unless',
  'until',
  'once',
]);

/**
 * The verb right before token `at`, past determiners, adjectives and numbers: the verb whose
 * object the phrase at `at` is ("told Iranian reporters", "to prevent another attack").
 */
export function verbBefore(tokens: readonly Token[], at: number, sentenceStart: number): Token | undefined {
  let j = at - 1;
  while (j > sentenceStart && (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ' || tokens[j].pos === 'NUM'))
    j--;
  return j >= sentenceStart && tokens[j].pos === 'VERB' ? tokens[j] : undefined;
}

/** Verbs that voice or repeat the subject's own act named by a noun: "repeated his call for". */
export const VOICING_VERBS = new Set([
  'reiterate',
  'repeat',
  'renew',
  'voice',
  'express',
  'issue',
  'continue',
  'intensify',
]);

/** Determiners of a definite noun phrase: "the attacks", "those charges". */
export const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);

/** Nouns that date a clause rather than act in it: "Donilon, this week accused", "met with last week to discuss". */
export const TIME_NOUNS = new Set([
  'today',
  'tonight',
  'yesterday',
  'tomorrow',
  'day',
  'week',
  'weekend',
  'month',
  'year',
  'morning',
  'afternoon',
  'evening',
  'night',
  'hour',
  'time',
]);

/** Quantity nouns that head a crowd or a part of a group: "thousands of Kurds", "Thousands rallied in Cairo". */
export const QUANTITY_NOUNS: ReadonlySet<string> = new Set([
  'thousand',
  'thousands',
  'hundred',
  'hundreds',
  'dozen',
  'dozens',
  'ten',
  'tens',
  'score',
  'scores',
  'million',
  'millions',
]);

/**
 * Heads of a partitive or collective subject whose "of"-object is the actor: "thousands of
 * Kurds", "a group of Moroccan diplomats", "one third of the guerrillas", "leaders of the
 * opposition coalition", "a first batch of Bangladeshi peacekeepers", "a handful of Republican senators".
 */
export const PARTITIVE_HEADS: ReadonlySet<string> = new Set([
  ...QUANTITY_NOUNS,
  'group',
  'number',
  'member',
  'some',
  'many',
  'most',
  'all',
  'several',
  'few',
  'one',
  'third',
  'half',
  'quarter',
  'majority',
  'part',
  'rest',
  'each',
  'both',
  'none',
  'crowd',
  'band',
  'contingent',
  'batch',
  'wave',
  'handful',
  'detachment',
  'column',
  'convoy',
  'unit',
  'delegation',
  'team',
  'leader',
  'official',
  'representative',
]);

/**
 * Verbs that ask, allow or want someone else to act, without saying the act was done:
 * "Hamas wants Israel to halt attacks", "Congress authorized Bush to invade Iraq", "getting the
 * Ukrainian government to investigate Biden". Verbs that say it was done ("led Republicans to
 * call for", "prompted Turkey to scramble jets", "forced Petraeus to resign") are not here.
 */
export const DIRECTIVES: ReadonlySet<string> = new Set([
  'want',
  'wish',
  'ask',
  'tell',
  'instruct',
  'direct',
  'authorize',
  'authorise',
  'allow',
  'permit',
  'empower',
  'enable',
  'expect',
  'encourage',
  'invite',
  'require',
  'elect',
  'appoint',
  'advise',
  'get',
]);
