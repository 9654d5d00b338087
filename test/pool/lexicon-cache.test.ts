// The compiled-dictionary cache prototype: a lexicon read back from the cache codes exactly
// as a freshly compiled one, and any change to a dictionary file changes the key.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { createCoder } from '../../src/coder/index.ts';
import { lexiconKey, loadLexiconCached } from '../../src/pool/lexicon-cache.ts';
import { coderFingerprint } from '../../src/store/index.ts';
import { FIXTURE_DICT, fixtureCoder } from '../helpers/coder.ts';
import { syntheticArticles } from '../store/synthetic.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-lexcache-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a cached lexicon codes as a compiled one; editing a dictionary changes the key', () => {
  const opts = { dictionaries: [FIXTURE_DICT], bundled: false, cacheDir: join(dir, 'cache') };
  const first = loadLexiconCached(opts);
  const second = loadLexiconCached(opts);
  assert.deepEqual([first.hit, second.hit], [false, true]);
  const cached = createCoder({ lexicon: second.lexicon });
  assert.equal(coderFingerprint(cached), coderFingerprint(fixtureCoder()));
  for (const a of syntheticArticles(60, 13)) {
    const article = { id: a.id, text: a.text, published: a.date, lang: 'en' };
    assert.deepEqual(cached.code(article), fixtureCoder().code(article));
  }

  const copy = join(dir, 'dict');
  cpSync(FIXTURE_DICT, copy, { recursive: true });
  const before = lexiconKey([copy], false);
  writeFileSync(join(copy, 'agents.txt'), '\n', { flag: 'a' });
  assert.notEqual(lexiconKey([copy], false), before);
});
