import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { articleFromJson } from '../../src/cli/input.ts';
import type { Article, Doc } from '../../src/model/index.ts';
import { analyzeText } from '../../src/nlp/index.ts';
import { bundledCoder } from '../helpers/coder.ts';
import { sharedPath, skipUnlessShared } from '../helpers/shared.ts';

const words = (text: string) => analyzeText(text).tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}`);

test('a text is tokenized the same whatever the process read before (wink forgets learned words)', () => {
  const later = "Romney's campaign criticized Obama's plan on Monday.";
  const first = words(later);
  // wink learns "Romney's" and "Obama's" as whole words when a punctuation mark follows them
  words("It was Romney's. The plan was Obama's, not Jones's— nor Trump's.");
  assert.deepEqual(words(later), first);
  assert.deepEqual(
    first.slice(0, 2).map((w) => w.split('/')[0]),
    ['Romney', "'s"],
  );
});

test('a word another text learned with another token category reads as a fresh instance reads it', () => {
  // wink learns "127" as a number here, as a word after "H.R." (wink keeps learned words: see rememberLearned)
  const number = 'The vote was 127 to 93 on Friday.';
  const word = 'The House passed H.R.127. on Friday.';
  const first = [words(number), words(word)];
  assert.deepEqual([words(number), words(word)], first);
  assert.deepEqual([words(word), words(number)].reverse(), first);
});

test('the word "undefined" reads the same whatever the process read before', () => {
  // wink's emptied word slots once made it learn "undefined" from another text
  const text = 'The Pentagon left the role undefined, and this undefined mission worried lawmakers.';
  const first = words(text);
  words('I’m only 41. Ain’t it so? Cannot. I cannot, amn’t I?');
  assert.deepEqual(words(text), first);
});

test('a possessive before a punctuation mark is split like any other, and offsets stay exact', () => {
  const text = "It was Romney’s. Romney’s campaign answered Jones's, then Trump's—at once. U.S.'s.";
  const { tokens } = analyzeText(text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(
    tokens.filter((t) => t.lower === "'s").map((t) => text.slice(t.start - 1, t.end + 1)),
    ['y’s.', 'y’s ', "s's,", "p's—", ".'s."],
  );
  assert.equal(tokens.filter((t) => t.text === 'Romney').length, 2);
});

function eventKey(d: Doc): string {
  return JSON.stringify([
    d.tokens.length,
    d.sentences.length,
    d.mentions.map((m) => [m.start, m.end]),
    d.events.map((e) => [e.source, e.target, e.cameo, e.evidence]),
  ]);
}

const SYNTHETIC: Article[] = [
  "Mitt Romney's campaign accused Barack Obama of failing. The idea was Romney's.",
  "Romney's aides met Obama's envoy in Washington. Later, Romney's.",
  'Israel’s army struck Gaza. Hamas accused Israel’s government of aggression, Israel’s.',
  "Obama's spokesman criticized Iran's government on Tuesday.",
].map((text, i) => ({ id: `s${i}`, text, published: '2012-10-01', lang: 'en' }));

test('coding the same articles twice in one process gives identical tokens, mentions and events', () => {
  const coder = bundledCoder();
  const first = SYNTHETIC.map((a) => eventKey(coder.code(a)));
  const second = SYNTHETIC.map((a) => eventKey(coder.code(a)));
  const reversed = [...SYNTHETIC]
    .reverse()
    .map((a) => eventKey(coder.code(a)))
    .reverse();
  assert.deepEqual(second, first);
  assert.deepEqual(reversed, first);
});

const CORPUS = ['corpus', 'allsides-2012-2018.jsonl'] as const;
test('the first 120 AllSides articles code the same on a second pass', {
  skip: skipUnlessShared(...CORPUS),
}, () => {
  const lines = readFileSync(sharedPath(...CORPUS), 'utf8')
    .split('\n', 120)
    .filter(Boolean);
  const articles = lines.map((l, i) => articleFromJson(JSON.parse(l), `allsides:${i + 1}`));
  const coder = bundledCoder();
  const first = articles.map((a) => eventKey(coder.code(a)));
  const second = articles.map((a) => eventKey(coder.code(a)));
  assert.deepEqual(second, first);
});
