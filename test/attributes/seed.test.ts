// The seed article of shared/examples (read at run time, never copied): its quotes, topics
// and source.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { articleAttributes } from '../../src/attributes/article.ts';
import { bundledCoder } from '../helpers/coder.ts';
import { sharedPath, skipUnlessShared } from '../helpers/shared.ts';

const SEED = ['examples', 'seed-article.txt'];

function seed() {
  const coder = bundledCoder();
  const text = readFileSync(sharedPath(...SEED), 'utf8');
  const doc = coder.code({ id: 'seed', text, published: '2025-04-08', lang: 'en' });
  return { doc, ...articleAttributes(doc, coder.lexicon) };
}

test('seed: both direct quotes are the Pakistani Foreign Office statement', {
  skip: skipUnlessShared(...SEED),
}, () => {
  const { quotes } = seed();
  const direct = quotes.filter((q) => q.kind === 'direct');
  assert.equal(direct.length, 2);
  const [emphasized, closing] = direct;
  assert.match(emphasized.span.text, /^He emphasized that/);
  for (const q of direct) {
    assert.equal(q.speaker?.kind, 'statement');
    assert.equal(q.speaker?.span.text, 'the statement');
    assert.deepEqual(
      q.speaker?.actors.map((a) => `${a.code} ${a.office}`),
      ['PAKGOV foreign office'],
    );
  }
  // "the statement concluded" refers back to the statement that was "read"
  assert.equal(closing.speaker?.refersTo, quotes.indexOf(emphasized));
  assert.ok(closing.events.length > 0, 'the closing quote carries the agreement');
});

test('seed: the article is about terrorism and economic ties', { skip: skipUnlessShared(...SEED) }, () => {
  const contexts = seed().topics.map((t) => t.context);
  assert.ok(contexts.includes('terrorism'), contexts.join());
  assert.ok(contexts.includes('economic'), contexts.join());
});

test('seed: the one source is the Foreign Office statement', { skip: skipUnlessShared(...SEED) }, () => {
  const { attributions, doc } = seed();
  assert.equal(attributions.length, 1);
  const [fo] = attributions;
  assert.equal(fo.kind, 'statement');
  assert.deepEqual(
    fo.actors.map((a) => a.code),
    ['PAKGOV'],
  );
  assert.match(fo.span.text, /statement issued by the Foreign Office$/);
  // the opening call is reported through the statement
  assert.ok(fo.events.includes(0), `events ${fo.events} of ${doc.events.length}`);
});
