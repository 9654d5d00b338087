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

export function isCapitalized(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 65 && c <= 90 ? true : /^\p{Lu}/u.test(text);
}
