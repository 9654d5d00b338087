import { type Actor, inCountry, type Mention, mentionWith, type Token } from '../model/index.ts';
import { HOME_PEOPLE } from '../ontology/sectors.ts';

/** Sectors of the institutions a story names without a country: "the Senate", "the government". */
const HOME_SECTORS = new Set(['GOV', 'LEG', 'JUD']);
/**
 * The rule of a people's country taken from the article. Such a country names who they are
 * but makes no event by itself: two parties without a country of their own are still no dyad.
 */
const ARTICLE_PEOPLE_RULE = 'article-country-of-people';

/** Whether the people `actor` stands for have a country only because the article is mostly about it. */
export function peopleOfArticle(actor: Actor): boolean {
  return actor.rules.at(-1) === ARTICLE_PEOPLE_RULE;
}

/** The rule of rebels' country taken from the places the article names: see `articleCountries`. */
const ARTICLE_PLACE_RULE = 'article-place-of-rebels';

/**
 * No country of its own: none at all, or only the one the story is mostly about, or (rebels)
 * only the one of the story's places; a place the sentence names comes first (`homed`).
 */
export function countryless(actor: Actor): boolean {
  return actor.code.startsWith('---') || peopleOfArticle(actor) || actor.rules.at(-1) === ARTICLE_PLACE_RULE;
}

/**
 * The country `actor` stands for as its own, or undefined: none, only the article's, not a
 * three-letter country, or international militants (IMG).
 */
export function ownCountry(actor: Actor): string | undefined {
  return countryless(actor) || actor.country.length !== 3 || actor.country === 'IMG'
    ? undefined
    : actor.country;
}

/** An actor of `sector` with no country at all: "the government" (GOV), "Democrats" (PTY), "militants" (REB). */
export function countrylessOf(actor: Actor, sector: string): boolean {
  return actor.sector === sector && actor.code.startsWith('---');
}

/** A legislature named without a country: "Congress", "lawmakers", "House Republicans" before one is found. */
export function countrylessLegislature(actor: Actor): boolean {
  return countrylessOf(actor, 'LEG');
}

/** Whether `actor` (people or an institution) has a country only from the article. */
export function ofArticleCountry(actor: Actor): boolean {
  return peopleOfArticle(actor) || actor.rules.at(-1) === 'article-country';
}

/** How much of the article's national actors one country must hold to be its home. */
const MIN_SHARE = 0.75;
/**
 * The smaller share that suffices for its legislature, courts and parties ("Congress", "the
 * Republican nominee"), which seldom act abroad. Not for "officials" or "ministers": in a
 * story about Japan they are as often Europe's, whose talks with Tokyo it reports.
 */
const MIN_SHARE_HOME_BODIES = 0.6;
const HOME_BODIES = new Set(['LEG', 'JUD', 'PTY']);
const MIN_MENTIONS = 5;
/**
 * How many times the next country's mentions the leading country's must number to be the home
 * of its legislature, courts and parties when it holds less than three fifths of them.
 */
const LEAD_OVER_NEXT = 3;

/**
 * The country that holds three quarters of a story's national actors (and five mentions) is
 * its home (for a legislature, court or party, three fifths suffice), and a government,
 * legislature or court named without a country is that country's:
 * "the Senate" in a story about Obama and Romney is USALEG. So are the people and office
 * holders it names without one: "business leaders" there are USABUS, "Sen. Bill Nelson" USALEG,
 * "the Republican nominee" USAPTY (parties and candidates are at home too).
 * A datelined story places its offices as they are read (mentions.ts), so here only its people,
 * and its groups of a legislature or government ("House Republicans", "lawmakers", which the
 * dateline leaves alone) when the story's home is the dateline's country: a Washington story
 * mostly about Japan keeps its bare "lawmakers" without one.
 */
export function articleCountries(
  mentions: Mention[],
  tokens: readonly Token[],
  dateline?: string,
): Mention[] {
  const [home, share] = articleCountry(mentions);
  const scene = placesCountry(mentions);
  if (!home && !scene) return mentions;
  const placed = (a: Actor) =>
    home !== undefined &&
    homeless(a) &&
    !(dateline && dateline !== home && HOME_SECTORS.has(a.sector!)) &&
    (share >= MIN_SHARE || HOME_BODIES.has(a.sector!));
  const rebels = (a: Actor) => scene !== undefined && countrylessOf(a, 'REB');
  return mentions.map((m) => {
    if (!PLACED_KINDS.has(m.kind) || !m.actors.some((a) => placed(a) || rebels(a)) || saysForeign(m, tokens))
      return m;
    return mentionWith(m, {
      actors: m.actors.map((a) => {
        if (rebels(a)) return inCountry(a, scene!, ARTICLE_PLACE_RULE);
        if (!placed(a)) return a;
        return inCountry(a, home!, HOME_SECTORS.has(a.sector!) ? 'article-country' : ARTICLE_PEOPLE_RULE);
      }),
    });
  });
}

/**
 * The country of most of the places a story names ("in Benghazi", "the capital Damascus"), when it
 * has at least twice as many of them as any other: where its armed rebels named without a country
 * fight. "Terrorists planted a bomb at the U.S. Consulate" in a story set in Benghazi are LBYREB,
 * though the story's actors are mostly American.
 */
function placesCountry(mentions: readonly Mention[]): string | undefined {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (!m.placeOnly) continue;
    for (const a of m.actors)
      if (a.country.length === 3 && a.country !== '---')
        counts.set(a.country, (counts.get(a.country) ?? 0) + 1);
  }
  const [best, most, second] = leader(counts);
  return most >= 2 * second ? best : undefined;
}

/** The country counted most often, its count, and the next country's count. */
function leader(counts: ReadonlyMap<string, number>): [string | undefined, number, number] {
  let best: string | undefined;
  let most = 0;
  let second = 0;
  for (const [c, n] of counts) {
    if (n > most) [best, most, second] = [c, n, most];
    else if (n > second) second = n;
  }
  return [best, most, second];
}

/**
 * Mentions that may lack a country: offices and groups, the names and pronouns that stand for a
 * titled person named earlier ("Rep. Gabrielle Giffords … Giffords resigned", "he"), and the
 * coordinations and appositions of them ("Romney and congressional Republicans", "the top
 * Republican on the Senate Foreign Affairs Committee, Sen. Bob Corker"), each actor on its own.
 */
const PLACED_KINDS = new Set<Mention['kind']>([
  'agent',
  'title-name',
  'person',
  'pronoun',
  'group-reference',
]);

/** Words that put a group abroad: "foreign bank creditors", "international investors". */
const FOREIGN = new Set(['foreign', 'international', 'overseas', 'multinational', 'global']);

/** Whether a word of the mention or the one before it puts it abroad: "foreign troops". */
export function saysForeign(m: Mention, tokens: readonly Token[]): boolean {
  for (let i = Math.max(0, m.tokenStart - 1); i < m.tokenEnd; i++)
    if (FOREIGN.has(tokens[i].lower)) return true;
  return false;
}

/**
 * Sectors of groups named without a country that are the home country's in a story mostly
 * about it: "environmental groups", "advocacy groups", "the media", "newspapers", "bloggers".
 */
const HOME_GROUPS = new Set(['NGO', 'JRN']);

function homeless(a: Actor): boolean {
  return (
    a.code.startsWith('---') &&
    a.sector !== null &&
    (HOME_SECTORS.has(a.sector) ||
      HOME_PEOPLE.has(a.sector) ||
      HOME_GROUPS.has(a.sector) ||
      a.sector === 'PTY')
  );
}

/** The country most of the article's national actors belong to, when one clearly leads. */
function articleCountry(mentions: readonly Mention[]): [string | undefined, number] {
  const counts = new Map<string, number>();
  let total = 0;
  for (const m of mentions) {
    if (m.placeOnly) continue;
    for (const a of m.actors) {
      if (a.country.length !== 3 || a.country === '---' || a.code === a.country) continue;
      counts.set(a.country, (counts.get(a.country) ?? 0) + 1);
      total++;
    }
  }
  const [best, most, second] = leader(counts);
  const share = total ? most / total : 0;
  // a story about Washington's Syria debate or the Vietnam war names many countries, none of
  // them a third as often as the United States: the home of its "Congress" and "Republicans"
  const leads = share >= MIN_SHARE_HOME_BODIES || most >= LEAD_OVER_NEXT * second;
  return best && most >= MIN_MENTIONS && leads ? [best, share] : [undefined, share];
}
