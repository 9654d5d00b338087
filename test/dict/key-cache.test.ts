import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createCoder } from '../../src/coder/index.ts';
import {
  compileLexicon,
  loadDictionaries,
  parseDictionaryText,
  type TrieNode,
} from '../../src/dict/index.ts';
import { analyzeText } from '../../src/nlp/index.ts';

/** Every phrase of a trie as its keys, with what it stands for. */
function phrases<T>(node: TrieNode<T>, prefix: string[] = [], out: string[] = []): string[] {
  if (node.items.length > 0) out.push(`${prefix.join(' ')} → ${JSON.stringify(node.items)}`);
  for (const [k, child] of [...node.next].sort(([a], [b]) => (a < b ? -1 : 1)))
    phrases(child, [...prefix, k], out);
  return out;
}

const ARTICLES = [
  "Romney's campaign accused Obama's aides of lying. It was Moody's.",
  'Pakistan’s army clashed with Taliban fighters; Pakistan’s.',
].map((text, i) => ({ id: `a${i}`, text, published: '2012-10-01', lang: 'en' }));

test('phrase keys are the same from a cold cache, a warm cache and no cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-keys-'));
  try {
    const cacheFile = join(dir, 'keys.json');
    // phrases that make wink learn possessives as whole words if it does not forget them
    const { dictionaries } = parseDictionaryText(
      'organizations.txt',
      "USAMED  Moody's, Inc. | Moody's\nUSAELI  Romney's, campaign | Romney's campaign\n",
    );
    const tokensBefore = analyzeText(ARTICLES[0].text).tokens;
    const cold = compileLexicon(dictionaries, { cacheFile });
    assert.deepEqual(analyzeText(ARTICLES[0].text).tokens, tokensBefore);
    const warm = compileLexicon(dictionaries, { cacheFile });
    const none = compileLexicon(dictionaries, { cache: false });
    assert.deepEqual(phrases(warm.actors), phrases(cold.actors));
    assert.deepEqual(phrases(none.actors), phrases(cold.actors));
    assert.ok(phrases(cold.actors).some((p) => p.startsWith("romney 's campaign →")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the bundled dictionaries compile and code the same cold and warm', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-keys-'));
  try {
    const cacheFile = join(dir, 'keys.json');
    const { dictionaries } = loadDictionaries();
    const cold = compileLexicon(dictionaries, { cacheFile });
    const coldDocs = ARTICLES.map((a) => createCoder({ lexicon: cold }).code(a));
    const warm = compileLexicon(loadDictionaries().dictionaries, { cacheFile });
    const warmDocs = ARTICLES.map((a) => createCoder({ lexicon: warm }).code(a));
    assert.deepEqual(phrases(warm.actors), phrases(cold.actors));
    assert.deepEqual(phrases(warm.issues), phrases(cold.issues));
    assert.deepEqual(
      warmDocs.map((d) => [d.tokens, d.mentions, d.events]),
      coldDocs.map((d) => [d.tokens, d.mentions, d.events]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
