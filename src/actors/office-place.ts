// The country of an office named with the state or province it serves: "Missouri Rep. Todd
// Akin", "Gov. Scott Walker of Wisconsin", "Rep. Darrell Issa, R-Calif.", "Sen. John Cornyn, a
// Texas Republican". Pure functions over one sentence's tokens.
import { admin1ByName } from '../geo/index.ts';
import type { Token } from '../model/index.ts';
import { DETERMINERS } from './words.ts';

/** A capitalized word of letters and dots ("Calif.") (built once: see nlp/capitals.ts). */
const PLACE_WORD = /^\p{Lu}[\p{L}.]+$/u;

/** A US party-and-state tag after a name: "R-Calif.", "D-N.Y.", "I-Vt.". */
const PARTY_STATE = /^[RDI]-[A-Z][A-Za-z.]*$/;

/** A member of a party, named after a state in an apposition: ", a Texas Republican". */
const PARTY_MEMBERS = new Set(['Republican', 'Democrat']);

/**
 * The country of the division named right before a title (one or two capitalized words,
 * "New York Rep."), after the name ("… of Wisconsin"), the US for a party-state tag after
 * it (", R-Calif.,", "(D-Ill.)"), or the division's of an apposition naming its party
 * member (", a Texas Republican,", ", New York Democrat,"); undefined when there is none or
 * the division is ambiguous.
 * `first` and `last` bound the mention's tokens (`last` exclusive).
 */
export function officePlaceCountry(
  tokens: readonly Token[],
  first: number,
  last: number,
): string | undefined {
  const s = tokens[first].sentence;
  const before = divisionAt(tokens, first - 2, first, s) ?? divisionAt(tokens, first - 1, first, s);
  if (before) return before;
  const next = tokens[last];
  if (next?.sentence !== s) return undefined;
  if (next.lower === 'of')
    return divisionAt(tokens, last + 1, last + 3, s) ?? divisionAt(tokens, last + 1, last + 2, s);
  if (next.text !== ',' && next.text !== '(') return undefined;
  // the tag is one to three tokens ("R-Calif.", "R - Calif .")
  let tag = '';
  for (let i = last + 1; i < last + 5 && tokens[i]?.sentence === s; i++) {
    tag += tokens[i].text;
    if (PARTY_STATE.test(tag)) return 'USA';
  }
  if (next.text !== ',') return undefined;
  // ", a Texas Republican", ", New York Democrat": the division of the party member
  const from = DETERMINERS.has(tokens[last + 1]?.lower ?? '') ? last + 2 : last + 1;
  for (const words of [1, 2]) {
    const member = tokens[from + words];
    if (member?.sentence === s && PARTY_MEMBERS.has(member.text))
      return divisionAt(tokens, from, from + words, s);
  }
  return undefined;
}

/** The one country of the division spelled by capitalized tokens [from, to) of sentence `s`. */
function divisionAt(tokens: readonly Token[], from: number, to: number, s: number): string | undefined {
  if (from < 0 || to > tokens.length) return undefined;
  let name = '';
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.sentence !== s || !PLACE_WORD.test(t.text)) return undefined;
    name += name ? ` ${t.text}` : t.text;
  }
  const countries = new Set(admin1ByName(name).map((a) => a.country));
  return countries.size === 1 ? [...countries][0] : undefined;
}
