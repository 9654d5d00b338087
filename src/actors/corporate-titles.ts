import type { Mention, Token } from '../model/index.ts';
import { countrylessOf } from './article-country.ts';

/** Ranks that make a president a company's or an association's: "Executive Vice President". */
const CORPORATE_RANKS = new Set(['executive', 'senior', 'assistant', 'associate', 'regional', 'corporate']);
/** Owners whose president is no head of state: "the group's president", "the company's". */
const PRIVATE_OWNERS = new Set([
  'group',
  'company',
  'firm',
  'organization',
  'organisation',
  'association',
  'union',
  'club',
  'university',
  'college',
  'foundation',
  'network',
  'bank',
  'society',
  'institute',
  'league',
  'federation',
  'chamber',
]);
const PRESIDENT = new Set(['president', 'vice', 'vice-president', 'vp']);

/**
 * A president of a company or an association is no government: "NRA Executive Vice President
 * Wayne LaPierre", "the group's co-founder and president, Joe Green", "president and CEO". Such
 * a mention is left out; an office that names a country of its own ("Vice President Biden") is
 * a person the dictionaries know, and stays.
 */
export function withoutCorporatePresidents(tokens: readonly Token[], mentions: Mention[]): Mention[] {
  return mentions.filter((m) => !corporatePresident(tokens, m));
}

function corporatePresident(tokens: readonly Token[], m: Mention): boolean {
  if (m.kind !== 'agent' && m.kind !== 'title-name') return false;
  if (!PRESIDENT.has(tokens[m.tokenStart].lower)) return false;
  if (!m.actors.every((a) => countrylessOf(a, 'GOV'))) return false;
  const before = tokens[m.tokenStart - 1];
  if (before && before.sentence === tokens[m.tokenStart].sentence && CORPORATE_RANKS.has(before.lower))
    return true;
  for (let i = m.tokenStart + 1; i < m.tokenEnd - 1; i++)
    if (tokens[i].lower === 'and' && (tokens[i + 1].lower === 'ceo' || tokens[i + 1].lower === 'chief'))
      return true;
  return ownedPrivately(tokens, m.tokenStart) || ofPrivateOwner(tokens, m.tokenEnd);
}

/** Parts of a company a president may head: "president of the division". */
const COMPANY_PARTS = new Set(['division', 'subsidiary', 'unit']);

/**
 * "president of the company", "president of the division": a private owner or a part of a company
 * named right after "of" (its determiner between), not one with a name of its own ("president of
 * the World Bank" keeps its organization's reading).
 */
function ofPrivateOwner(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.lower !== 'of' || tokens[end].sentence !== tokens[end - 1].sentence) return false;
  const k = tokens[end + 1]?.pos === 'DET' ? end + 2 : end + 1;
  const head = tokens[k]?.lower ?? '';
  return (PRIVATE_OWNERS.has(head) || COMPANY_PARTS.has(head)) && tokens[k + 1]?.pos !== 'PROPN';
}

/** "the group's president", "the group's co-founder and president": a private owner's possessive before the title. */
function ownedPrivately(tokens: readonly Token[], start: number): boolean {
  const sentence = tokens[start].sentence;
  for (let i = start - 1, seen = 0; i > 0 && seen < 4 && tokens[i].sentence === sentence; i--, seen++) {
    const t = tokens[i];
    if (t.lower === "'s" || t.lower === '’s') return PRIVATE_OWNERS.has(tokens[i - 1].lower);
    if (t.pos !== 'NOUN' && t.pos !== 'CCONJ' && t.pos !== 'ADJ') return false;
  }
  return false;
}
