import type { Token } from '../model/index.ts';
import { isLetterInitial } from '../nlp/capitals.ts';
import { type Sector, STATE_SECTORS } from '../ontology/sectors.ts';
import { isCapitalized } from './words.ts';

/**
 * Head words of a national body's name and the sector they give: "the Russian Orthodox
 * Church" (REL), "the Nigeria Labour Congress" (LAB), "the Egyptian Organization for Human
 * Rights" (NGO). Words that may name a state body ("Council", "Commission", "Committee") are
 * left out: "the Palestinian Legislative Council" is no NGO.
 */
const HEAD_SECTORS: ReadonlyMap<string, Sector> = new Map<string, Sector>([
  ['church', 'REL'],
  ['churches', 'REL'],
  ['patriarchate', 'REL'],
  ['synod', 'REL'],
  ['diocese', 'REL'],
  ['archdiocese', 'REL'],
  ['bishops', 'REL'],
  ['ulema', 'REL'],
  ['party', 'PTY'],
  ['university', 'EDU'],
  ['college', 'EDU'],
  ['academy', 'EDU'],
  ['teachers', 'EDU'],
  ['students', 'EDU'],
  ['labour', 'LAB'],
  ['labor', 'LAB'],
  ['trade', 'LAB'],
  ['workers', 'LAB'],
  ['doctors', 'MED'],
  ['medical', 'MED'],
  ['physicians', 'MED'],
  ['journalists', 'JRN'],
  ['farmers', 'AGR'],
  ['association', 'NGO'],
  ['society', 'NGO'],
  ['foundation', 'NGO'],
  ['organization', 'NGO'],
  ['organisation', 'NGO'],
  ['institute', 'NGO'],
  ['observatory', 'NGO'],
]);
/** Heads that outrank a body's form: a teachers' "Union" is EDU, a church "Association" REL. */
const MEMBERS_FIRST: ReadonlySet<Sector> = new Set(['REL', 'EDU', 'MED', 'JRN', 'AGR', 'PTY']);
/** Words of a publication's name: "the British Medical Journal" is no body of doctors. */
const PUBLICATION_WORDS = new Set([
  'journal',
  'times',
  'post',
  'news',
  'review',
  'magazine',
  'daily',
  'gazette',
  'herald',
  'tribune',
  'press',
  'radio',
  'television',
  'tv',
]);
/** Offices: a name holding one is a person's title ("British Trade and Industry Secretary Paul Channon"). */
const OFFICE_WORDS = new Set([
  'secretary',
  'minister',
  'president',
  'chairman',
  'chairwoman',
  'chief',
  'director',
  'spokesman',
  'spokeswoman',
  'ambassador',
  'governor',
  'general',
  'commander',
  'envoy',
  'premier',
  'chancellor',
]);
/** Lower-case words a name may hold between its capitalized ones: "Union of Teachers", "Organization for Human Rights". */
const NAME_LINKS = new Set(['of', 'for', 'and', '&']);
/** How many words a national body's name may run after the country that opens it. */
const NAME_REACH = 8;

/** What the dictionaries say of a word of the name: an agent (with its sector), a title or person, or nothing. */
export type NameWord = { sector: Sector } | 'office' | undefined;

/**
 * The national body whose name a country or demonym opens at `from`: "the Nigerian Union of
 * Teachers" (EDU), "the Kenya National Union of Teachers", "the Russian Orthodox Church" (REL),
 * "the Nigeria Labour Congress" (LAB). A group the dictionaries know inside the name gives the
 * sector ("the U.S. National Association of Wheat Growers": AGR); an office or a person makes
 * it no body ("British Trade and Industry Secretary Paul Channon"). Returns the token after
 * the name and its sector, or undefined when the capitalized words that follow name no such
 * body (a company, a place, a name the dictionaries do not hold: "American Motors").
 */
export function nationalBody(
  tokens: readonly Token[],
  from: number,
  to: number,
  known: (k: number) => NameWord,
): { end: number; sector: Sector } | undefined {
  let end = -1;
  let form: Sector | undefined;
  let members: Sector | undefined;
  let group: Sector | undefined;
  for (let k = from; k < to && k < from + NAME_REACH; k++) {
    const t = tokens[k];
    if (NAME_LINKS.has(t.lower) && k > from && k + 1 < to && isCapitalized(tokens[k + 1].text)) continue;
    if (
      !isCapitalized(t.text) ||
      !isLetterInitial(t.text) ||
      (t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.pos !== 'ADJ')
    )
      break;
    end = k + 1;
    if (PUBLICATION_WORDS.has(t.lower) || OFFICE_WORDS.has(t.lower)) return undefined;
    const w = known(k);
    if (w === 'office') return undefined;
    if (w) group ??= w.sector;
    const s = HEAD_SECTORS.get(t.lower);
    if (!s) continue;
    if (MEMBERS_FIRST.has(s)) members ??= s;
    else form ??= s;
  }
  // a state body the dictionaries know yields to the name's own words: "the Nigeria Labour Congress" is LAB
  const sector = group && !STATE_SECTORS.has(group) ? group : (members ?? form ?? group);
  return end > 0 && sector ? { end, sector } : undefined;
}
