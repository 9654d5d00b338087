import { type Lexicon, longestMatch } from '../dict/index.ts';
import type { Actor, Doc, Mention } from '../model/index.ts';
import type { Stage } from '../pipeline/index.ts';
import { coordinate } from './coordinate.ts';
import { lexicalMatches, sentenceMentions } from './mentions.ts';
import { noteMention, referenceMentions, type Salience } from './references.ts';

/** The date actors are resolved on: the dateline's, else the article's. */
export function resolutionDate(doc: Doc): string | undefined {
  return doc.dateline?.date ?? doc.article.published;
}

/** The country whose capital (or name) the dateline gives: "Islamabad, April 08:" → PAK. */
function datelineCountry(doc: Doc, lexicon: Lexicon): string | undefined {
  const d = doc.dateline;
  if (!d?.place) return undefined;
  const first = doc.tokens.findIndex((t) => t.start >= d.start);
  if (first < 0) return undefined;
  const m = longestMatch(lexicon.actors, doc.tokens, first, doc.tokens.length);
  const c = m?.items.findLast((i) => i.type === 'country');
  return c?.type === 'country' && lexicon.countryNames.has(c.entry.code) ? c.entry.code : undefined;
}

/** Finds and resolves actor mentions, sentence by sentence, remembering names and recent actors. */
export function findMentions(doc: Doc, lexicon: Lexicon): Mention[] {
  const memory = new Map<string, Actor>();
  const salience: Salience = { persons: [], actors: [] };
  const ctx = { doc, lexicon, date: resolutionDate(doc), memory, homeCountry: datelineCountry(doc, lexicon) };
  const all: Mention[] = [];
  const datelineEnd = doc.dateline?.end ?? -1;
  for (const s of doc.sentences) {
    if (s.skip) continue;
    let from = s.tokenStart;
    while (from < s.tokenEnd && doc.tokens[from].start < datelineEnd) from++;
    // group references ("the two officials") first: their head noun is also a dictionary agent
    const refs = referenceMentions(doc, s.index, from, s.tokenEnd, () => false, salience);
    const covered = new Uint8Array(s.tokenEnd - s.tokenStart);
    for (const m of refs) for (let i = m.tokenStart; i < m.tokenEnd; i++) covered[i - s.tokenStart] = 1;
    const isCovered = (i: number) => covered[i - s.tokenStart] === 1;
    const lex = lexicalMatches(lexicon, doc.tokens, from, s.tokenEnd, isCovered);
    const found = sentenceMentions(ctx, s.index, from, s.tokenEnd, lex, isCovered);
    const merged = coordinate(
      doc,
      [...found, ...refs].sort((a, b) => a.tokenStart - b.tokenStart),
    );
    for (const m of merged) noteMention(salience, m);
    all.push(...merged);
  }
  return all;
}

export function actorsStage(lexicon: Lexicon): Stage {
  return {
    name: 'actors',
    requires: ['sentences', 'tokens', 'dateline'],
    assigns: ['mentions'],
    run: function actors(doc: Doc): Doc {
      return { ...doc, mentions: findMentions(doc, lexicon) };
    },
  };
}
