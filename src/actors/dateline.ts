import { type Lexicon, longestMatch } from '../dict/index.ts';
import type { Doc } from '../model/index.ts';

/**
 * The country whose capital (or name) the dateline gives: "Islamabad, April 08:" → PAK. That is
 * the story's home, where an office named without a country sits ("the government", "the
 * central bank president"), unless the lead sentence's subject is of another country: in
 * "LONDON, March 6 - Brazilian Finance Minister Dilson Funaro concluded a tour of European
 * capitals" the correspondent is in London, the story is not about Britain. The subject is
 * read as the words before the lead's first verb ("President Reagan, fighting … the Iran arms
 * scandal, admitted" names no country there and keeps Washington's), after an opening phrase
 * ("With chants of 'Death to America', hundreds of protesters stormed": none either).
 */
export function datelineCountry(doc: Doc, lexicon: Lexicon): string | undefined {
  const d = doc.dateline;
  if (!d?.place) return undefined;
  const first = doc.tokens.findIndex((t) => t.start >= d.start);
  if (first < 0) return undefined;
  const home = countryAt(doc, lexicon, first, doc.tokens.length)?.code;
  if (!home) return undefined;
  const lead = doc.sentences.find((s) => s.end > d.end);
  if (!lead) return home;
  let i = Math.max(
    lead.tokenStart,
    doc.tokens.findIndex((t) => t.start >= d.end),
  );
  // "With chants of …, hundreds of protesters": the subject comes after the opening phrase
  const opening = doc.tokens[i];
  if (opening && (opening.pos === 'ADP' || opening.pos === 'SCONJ')) {
    let comma = i;
    while (comma < lead.tokenEnd && doc.tokens[comma].text !== ',') comma++;
    if (comma < lead.tokenEnd) i = comma + 1;
  }
  let verb = i;
  while (verb < lead.tokenEnd && doc.tokens[verb].pos !== 'VERB' && doc.tokens[verb].pos !== 'AUX') verb++;
  let foreign = false;
  while (i < verb) {
    const c = countryAt(doc, lexicon, i, verb);
    if (!c) {
      i++;
      continue;
    }
    if (c.code === home) return home;
    foreign = true;
    i = c.end;
  }
  return foreign ? undefined : home;
}

/** The country a dictionary phrase at token `i` names (name, demonym, capital), with its end. */
function countryAt(
  doc: Doc,
  lexicon: Lexicon,
  i: number,
  limit: number,
): { code: string; end: number } | undefined {
  const m = longestMatch(lexicon.actors, doc.tokens, i, limit);
  const c = m?.items.findLast((it) => it.type === 'country');
  return c?.type === 'country' && lexicon.countryNames.has(c.entry.code)
    ? { code: c.entry.code, end: m!.end }
    : undefined;
}
