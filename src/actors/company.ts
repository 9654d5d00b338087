import type { Token } from '../model/index.ts';
import { isCapitalized } from './words.ts';

/** Words that end a company's name: "Canada Packers Inc", "Japan Air Lines", "British Airways". */
const COMPANY_WORDS = new Set([
  'inc',
  'inc.',
  'corp',
  'corp.',
  'corporation',
  'co',
  'co.',
  'company',
  'ltd',
  'ltd.',
  'limited',
  'plc',
  'llc',
  'ag',
  'sa',
  'nv',
  'group',
  'holdings',
  'industries',
  'airlines',
  'airways',
  'lines',
  'motors',
]);
/** How many capitalized words a company name may run after the country that opens it. */
const NAME_REACH = 5;

/**
 * Where the company name that a country opens at `from` ends ("Japan Air Lines", "Bermuda
 * Star Line Inc"): the token after its last company word among the capitalized words that
 * follow, or -1 when those words name no company.
 */
export function companyNameEnd(tokens: readonly Token[], from: number, to: number): number {
  let end = -1;
  for (let k = from; k < to && k < from + NAME_REACH; k++) {
    const t = tokens[k];
    if (!isCapitalized(t.text) || (t.pos !== 'PROPN' && t.pos !== 'NOUN')) break;
    if (COMPANY_WORDS.has(t.lower)) end = k + 1;
  }
  return end;
}
