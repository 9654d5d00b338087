import type { Doc, Pos, Sentence, Token } from '../model/index.ts';
import type { Stage } from '../pipeline/index.ts';
import { isBoilerplateLine } from './boilerplate.ts';
import { parseDateline } from './dateline.ts';
import { its, nlp } from './wink.ts';

/** Straightens curly apostrophes so dictionaries need one spelling. */
export function normalizeWord(s: string): string {
  return s.toLowerCase().replace(/[’‘`]/g, "'");
}

/**
 * Splits the text into lines first (wink-nlp would merge a headline into the next sentence),
 * then into sentences and tokens with exact UTF-16 offsets, POS tags and lemmas.
 */
export function analyzeText(text: string): { sentences: Sentence[]; tokens: Token[] } {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim().length > 0) analyzeLine(line, lineStart, isBoilerplateLine(line), sentences, tokens);
    lineStart = lineEnd + 1;
  }
  return { sentences, tokens };
}

function analyzeLine(
  line: string,
  offset: number,
  boilerplate: boolean,
  sentences: Sentence[],
  tokens: Token[],
): void {
  const doc = nlp.readDoc(line);
  // wink's typings do not accept every `its` helper in `out()`; the calls are documented usage.
  const out = (f: unknown) => (doc.tokens() as unknown as { out(f: unknown): string[] }).out(f);
  const values = out(its.value);
  const spaces = out(its.precedingSpaces);
  const pos = out(its.pos);
  const lemmas = out(its.lemma);
  let at = 0;
  const starts: number[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    at += spaces[i].length;
    // wink keeps the text losslessly; re-synchronise defensively if it ever does not.
    if (line.startsWith(values[i], at) === false) {
      const found = line.indexOf(values[i], at);
      if (found >= 0) at = found;
    }
    starts[i] = at;
    at += values[i].length;
  }
  doc.sentences().each((s: { tokens(): { itemAt(i: number): { index(): number }; length(): number } }) => {
    const ts = s.tokens();
    const first = ts.itemAt(0).index();
    const last = ts.itemAt(ts.length() - 1).index();
    const index = sentences.length;
    const tokenStart = tokens.length;
    for (let i = first; i <= last; i++) {
      const start = offset + starts[i];
      const value = values[i];
      const token: Token = {
        text: value,
        lower: normalizeWord(value),
        lemma: normalizeWord(lemmas[i] ?? value),
        pos: (pos[i] ?? 'X') as Pos,
        start,
        end: start + value.length,
        sentence: index,
      };
      if (i === first && token.pos === 'PROPN') reconsiderInitial(token);
      tokens.push(token);
    }
    const sentence: Sentence = {
      index,
      start: tokens[tokenStart].start,
      end: tokens[tokens.length - 1].end,
      tokenStart,
      tokenEnd: tokens.length,
    };
    if (boilerplate) sentence.skip = 'boilerplate';
    sentences.push(sentence);
  });
}

/**
 * wink tags a sentence-initial capitalised common noun as a proper noun and leaves it
 * unlemmatised ("Protesters clashed…"): re-read the lower-case word for its lemma and POS.
 */
function reconsiderInitial(token: Token): void {
  if (token.lemma !== token.lower || token.text === token.text.toUpperCase()) return;
  const d = nlp.readDoc(token.lower);
  const out = (f: unknown) => (d.tokens() as unknown as { out(f: unknown): string[] }).out(f);
  const [lemma] = out(its.lemma);
  const [pos] = out(its.pos);
  if (pos === 'NOUN' || pos === 'VERB' || pos === 'ADJ') {
    token.lemma = normalizeWord(lemma ?? token.lower);
    token.pos = pos as Pos;
  }
}

export const analyzeStage: Stage = {
  name: 'analyze',
  requires: ['text'],
  assigns: ['sentences', 'tokens', 'dateline'],
  run: function analyze(doc: Doc): Doc {
    const { sentences, tokens } = analyzeText(doc.article.text);
    const dateline = parseDateline(doc.article.text, doc.article.published);
    return { ...doc, sentences, tokens, dateline };
  },
};
