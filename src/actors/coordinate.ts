import type { Doc, Mention } from '../model/index.ts';

/**
 * Joins "A and B" and "A, B and C" into one mention holding every actor, so a verb after
 * them has them all as its subject. Possessives and places are not joined.
 */
export function coordinate(doc: Doc, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out.at(-1);
    if (prev && joinable(prev) && joinable(m) && between(doc, prev, m)) {
      out[out.length - 1] = {
        ...prev,
        end: m.end,
        tokenEnd: m.tokenEnd,
        kind: prev.kind === m.kind ? prev.kind : 'group-reference',
        actors: [...prev.actors, ...m.actors],
        coordinated: true,
      } as Mention;
      continue;
    }
    out.push(m);
  }
  return out;
}

function joinable(m: Mention): boolean {
  return !m.possessive && !m.placeOnly;
}

function between(doc: Doc, a: Mention, b: Mention): boolean {
  const words = doc.tokens.slice(a.tokenEnd, b.tokenStart).map((t) => t.lower);
  // "…with Ukraine's negotiators, the Kremlin said", "sanctions on Iran, Pompeo told reporters":
  // the speaker of an attribution is no list item
  if (words.length === 1 && words[0] === ',' && reports(doc, b.tokenEnd)) return false;
  return (
    (words.length === 1 && (words[0] === 'and' || words[0] === ',')) ||
    (words.length === 2 && words[0] === ',' && words[1] === 'and')
  );
}

/** Verbs that make the mention before them the speaker of an attribution. */
const REPORTING = new Set([
  'say',
  'tell',
  'add',
  'state',
  'confirm',
  'note',
  'claim',
  'write',
  'report',
  'announce',
  'argue',
  'insist',
  'explain',
  'tweet',
  'reply',
  'acknowledge',
  'declare',
]);

/** A reporting verb at `i`, perhaps after one adverb ("the ministry said", "Pompeo later told"). */
function reports(doc: Doc, i: number): boolean {
  let t = doc.tokens[i];
  if (t?.pos === 'ADV') t = doc.tokens[i + 1];
  return !!t && t.pos === 'VERB' && REPORTING.has(t.lemma);
}
