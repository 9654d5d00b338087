import assert from 'node:assert/strict';
import { test } from 'node:test';
import model from 'wink-eng-lite-web-model';
import { analyzeText, normalizeWord } from '../../src/nlp/index.ts';
import { its, readWink } from '../../src/nlp/wink.ts';
import { memoizedFeatures } from '../../src/nlp/wink-features.ts';
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

test("memoized features give wink's values for every word and category", () => {
  const featureFn = (model as unknown as { featureFn: Parameters<typeof memoizedFeatures>[0] }).featureFn;
  const config = (model as unknown as { core(): { packing: { config: unknown } } }).core().packing.config;
  const plain = featureFn(config);
  const memo = memoizedFeatures(featureFn)(config);
  const words = ['Zyxwvutians', 'zyxwvutians', 'Côte', 'ISIS', 'running', 'Anti-war', '2015', '3pm'];
  // wink learns a word's lower-cased form before extracting its features, and `pos` reads it:
  // extract them while the words of a text are learned
  const text = words.map((w) => `${w} ${w.toLowerCase()}`).join(' ');
  readWink(text, (doc) => {
    const cache = (doc.out(its.readabilityStats) as unknown as { cache: unknown }).cache;
    for (let round = 0; round < 2; round++)
      for (const word of words)
        for (const category of [0, 1, 2, 3, 7])
          for (const name of ['shape', 'pos'])
            assert.equal(
              memo[name](word, category, cache),
              plain[name](word, category, cache),
              `${name} ${word} ${category}`,
            );
  });
});
