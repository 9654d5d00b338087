// The seed article of shared/examples (read at run time, never copied), coded by the bundled
// coder and stored twice: by a plain ingest and by a queue worker (the path `dyad worker`
// takes). Both store its quotes attributed to the Foreign Office statement.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { inProcessCodeMany } from '../../src/pool/index.ts';
import { type ArticleJob, articleJob, memoryQueue } from '../../src/queue/index.ts';
import {
  coderFingerprint,
  createIngestor,
  openStore,
  type Store,
  storedArticleId,
} from '../../src/store/index.ts';
import { noLock, runWorker } from '../../src/worker/index.ts';
import { bundledCoder } from '../helpers/coder.ts';
import { sharedPath, skipUnlessShared } from '../helpers/shared.ts';

const SEED = ['examples', 'seed-article.txt'];
const skip = skipUnlessShared(...SEED);

function seedArticle() {
  const text = readFileSync(sharedPath(...SEED), 'utf8');
  return { id: 'seed', text, published: '2025-04-08', lang: 'en' };
}

async function viaIngest(store: Store) {
  const coder = bundledCoder();
  const ingestor = createIngestor(store, { coder, fingerprint: coderFingerprint(coder) });
  await ingestor.add({ article: seedArticle(), input: 'seed-article.txt' });
  await ingestor.finish();
}

async function viaWorker(store: Store) {
  const coder = bundledCoder();
  const queue = memoryQueue<ArticleJob>();
  await queue.enqueue([articleJob({ article: seedArticle(), input: 'seed-article.txt' })]);
  const s = await runWorker({
    queue,
    store,
    codeMany: inProcessCodeMany(coder),
    fingerprint: coderFingerprint(coder),
    runId: null,
    lock: noLock,
    name: 'test:1',
    pollMs: 20,
    exitWhenDone: true,
  });
  assert.equal(s.jobs_done, 1);
}

async function checkSeed(store: Store) {
  const article = seedArticle();
  const id = storedArticleId(article.text);
  const stored = await store.article(id);
  assert.ok(stored);
  const quotes = await store.articleQuotes(id);
  const direct = quotes.filter((q) => q.kind === 'direct');
  assert.equal(direct.length, 2);
  const [emphasized, closing] = direct;
  assert.match(emphasized.text, /^He emphasized that/);
  for (const q of direct) {
    assert.equal(stored.text.slice(q.start, q.end), q.text);
    assert.equal(q.speaker?.text, 'the statement');
    assert.equal(q.speaker?.kind, 'statement');
    assert.equal(q.speaker?.code, 'PAKGOV');
    assert.equal(q.speaker?.country, 'PAK');
    assert.equal(stored.text.slice(q.speaker!.start, q.speaker!.end), 'the statement');
  }
  assert.equal(closing.speaker?.refers_to, emphasized.ordinal);
  assert.ok(closing.events.length > 0, 'the closing quote carries the agreement');
  const events = new Set((await store.events({ article: id }, { limit: 1000 })).items.map((e) => e.id));
  for (const e of closing.events) assert.ok(events.has(e), e);
  // the quote is found from the event too
  const holding = (await store.quotes({ event: closing.events[0] })).items.map((q) => q.id);
  assert.ok(holding.includes(closing.id));
  assert.ok((await store.quotes({ speaker: 'PAKGOV', speakerKind: 'statement' })).items.length >= 2);

  const attrs = await store.attributes(id);
  assert.ok(attrs);
  assert.equal(attrs.attributions.length, 1);
  const [fo] = attrs.attributions;
  assert.equal(fo.kind, 'statement');
  assert.deepEqual(
    fo.actors.map((a) => a.code),
    ['PAKGOV'],
  );
  assert.match(fo.span.text, /statement issued by the Foreign Office$/);
  assert.ok(fo.events.length > 0 && fo.events.every((e) => events.has(e)));
  const contexts = attrs.topics.map((t) => t.context);
  assert.ok(contexts.includes('terrorism') && contexts.includes('economic'), contexts.join());
  return quotes;
}

test('seed: an ingest stores its quotes attributed to the Foreign Office statement', { skip }, async () => {
  const store = await openStore(':memory:');
  try {
    await viaIngest(store);
    await checkSeed(store);
    // ingesting it again (recode) leaves the same quotes, no more
    const before = await store.articleQuotes(storedArticleId(seedArticle().text));
    const coder = bundledCoder();
    const again = createIngestor(store, { coder, fingerprint: coderFingerprint(coder), recode: true });
    await again.add({ article: seedArticle(), input: 'seed-article.txt' });
    assert.equal((await again.finish()).articles_recoded, 1);
    assert.deepEqual(await store.articleQuotes(storedArticleId(seedArticle().text)), before);
  } finally {
    await store.close();
  }
});

test('seed: a queue worker stores the same quotes as a plain ingest', { skip }, async () => {
  const a = await openStore(':memory:');
  const b = await openStore(':memory:');
  try {
    await viaIngest(a);
    await viaWorker(b);
    const fromWorker = await checkSeed(b);
    assert.deepEqual(fromWorker, await a.articleQuotes(storedArticleId(seedArticle().text)));
  } finally {
    await a.close();
    await b.close();
  }
});
