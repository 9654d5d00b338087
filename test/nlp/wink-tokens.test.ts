import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText, normalizeWord } from '../../src/nlp/index.ts';
import { its, readWink } from '../../src/nlp/wink.ts';
import { winkTokens } from '../../src/nlp/wink-tokens.ts';

// contractions (read from wink's table of expansions), a no-break space, tabs and line breaks,
// numbers, an emoji, possessives, words wink learns from the text and a repeated sentence
const TEXT =
  "He can't go, and they cannot wait; I'm sure.\tPakistan’s troops\u00a0were praised.\n" +
  'Zyxwvutians met Qwertyville officials on 12 May 2015 🇨🇮 at 3pm. Protesters clashed. ' +
  "Romney's campaign didn't answer. The U.S. envoy's talks were held in Doha.";

function outputs(text: string) {
  return readWink(text, (doc) => {
    const all = doc.tokens() as unknown as { out(f: unknown): string[] };
    const read = winkTokens(doc);
    return {
      expected: {
        values: all.out(its.value),
        pos: all.out(its.pos),
        sentences: (doc.sentences() as unknown as { out(f: unknown): number[][] }).out(its.span),
      },
      actual: {
        values: read.values,
        pos: read.pos,
        sentences: read.sentences.map((s) => s.slice(0, 2)),
      },
    };
  });
}

test("winkTokens reads the same values, tags and sentences as wink's out()", () => {
  const { expected, actual } = outputs(TEXT);
  assert.deepEqual(actual, expected);
});

test('lemmas are the same whether remembered or read afresh from wink', () => {
  const expected = readWink(TEXT, (doc) => {
    const all = doc.tokens() as unknown as { out(f: unknown): string[] };
    const values = all.out(its.value);
    const lemmas = all.out(its.lemma);
    return values
      .map((v, i) => [v, lemmas[i] ?? v])
      .filter(([v]) => !/^[\t\n\r]/.test(v))
      .map(([v, l]) => (l === v ? normalizeWord(v) : normalizeWord(l)));
  });
  // the first reading fills the memo of model words' forms, the second reads from it; a
  // sentence's first word may be read again alone (reconsiderInitial), so it is left out
  for (let round = 0; round < 2; round++) {
    const { tokens, sentences } = analyzeText(TEXT);
    const firsts = new Set(sentences.map((s) => s.tokenStart));
    const unlessFirst = (lemmas: string[]) => lemmas.filter((_, i) => !firsts.has(i));
    assert.equal(tokens.length, expected.length);
    assert.deepEqual(unlessFirst(tokens.map((t) => t.lemma)), unlessFirst(expected));
  }
});
