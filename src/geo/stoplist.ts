/**
 * Gazetteer names that are usually something else. Derived from the project's news corpus
 * (shared/corpus, 33k articles): for each single-word name, how often it occurs in lower case
 * (a word), next to another capitalised word or bare (a person), and after a locative word
 * (a place); the lists were then read and pruned by hand. Keys are `foldName` forms.
 */

/** Never a place, even after "in": months, function words, institutions, abbreviations, famous surnames. */
export const NEVER = new Set([
  ...(
    'march mon sens of we can than most much same come goes along university federal central union ' +
    'republic police god un asia gallup whitehall liberal best deal man roman brits ' +
    // public figures whose surname is a small town's name ("a shoe thrown at Bush")
    'obama bush clinton rubio palin morsi'
  ).split(' '),
  'old city',
]);

/**
 * Common English words (lower case in the corpus at least half as often as capitalised):
 * a place only after a locative word, never sentence-initially or bare ("Reading is...").
 */
export const COMMON_WORDS = new Set(
  (
    'acre alliance alma along anthem asia banning bar bath bay bear begun bend best boom borne bury ' +
    'buy can cascade centennial central cocoa coin colon come concord crane crystal date deal defiance ' +
    'dig dinar drama eden enterprise erode federal fleet gap garner gay goes golden grad green ha hail ' +
    'hit holiday hope humble hurricane imperial independence lend lens lib liberal liberty lira male ' +
    'man manage marks medias mentor metro mission mobile moron most much nice normal of opportunity ' +
    'oral orange pace paradise paramount pare parole peel peer pen penal plunge police pop prosper ' +
    'providence punch race reading republic reservoir retreat ruse saga sake sale salt same san savage ' +
    'save sedan shaping simmering sparks split spring springs sterling store sulphur summit sunset ' +
    'superior surprise tall tame tank tapes than tire torrent tours trinity troy union van we wedding ' +
    'latina latino delta ' +
    'whitehall wil young'
  ).split(' '),
);

/**
 * Names that are mostly people in news (surnames and first names of public figures, common
 * given names): a place only after in/at/near-type words or with a qualifier ("Jackson,
 * Mississippi"), never bare or after to/from ("a letter to Warren").
 */
export const PERSON_NAMES = new Set(
  (
    'obama clinton bush rubio graham walker warren moore carson davis wilson jackson carney garland ' +
    'perry conway palin castro morsi murray murphy duncan taylor rogers mitchell david lincoln harvey ' +
    'martin bolton nelson parker allen bell sanford foley ramos hamilton anderson conyers taft perez ' +
    'wright howard holt gardner harper buchanan leon matthews miranda roosevelt robertson martinez ' +
    'flores madison nancy roman holland hyde vladimir patrick elizabeth douglas mary nigel hassan ' +
    'victoria eugene norman tyler brandon irving chandler richardson thornton henderson edison lowell ' +
    'gilbert everett bradford dudley sutton kent preston milton hastings montgomery medina mendoza ' +
    'rodriguez rivera santos sousa pereira charlotte regina kara khanna arafat farah kanye raja ariel ' +
    'ariana wesley lai yao mao kaya nan hun andreas pierre dana sidney donna kyle lucas sherman lopez ' +
    'arnold hopkins bradley linda stuart bryan burke palmer hammond shaw burton leo logan anna harrison ' +
    'buckley bryant lindsay whitney alice vincent randolph lara roth rosenberg torres morales johnston ' +
    'munoz hale dixon norton vernon zachary kendall sebastian santana ramsey keller caldwell mchenry ' +
    'bartlett mariano maldonado leland shelton patterson griffith shirley holden oakley teresa stanton ' +
    'lawton stanley gary roy ron adam marshall campbell lawrence wayne mason griffin levin nikki dole ' +
    'barry clayton brad merrick hoover mcdonough tucker hudson evans garcia hayes baldwin blackburn ' +
    'eastwood cardenas hutchinson whitman dickson ogden chu keene sanger austin marion florence ' +
    'messina scarborough vaughan soledad bergen davenport hayward bender bo carmona ' +
    'salvador toyota honda kawasaki hitachi fuji mercedes brent keystone'
  ).split(' '),
);
