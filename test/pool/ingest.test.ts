// The coding ingestor stores, counts and records exactly what the store's own ingestor does,
// whatever the task sizes and however many tasks are coded at once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Coder } from '../../src/coder/index.ts';
import type { Article } from '../../src/model/index.ts';
import { type CodeMany, createCodingIngestor, inProcessCodeMany } from '../../src/pool/index.ts';
import {
  coderFingerprint,
  createIngestor,
  type ErrorInput,
  type IngestItem,
  type Ingestor,
  openStore,
} from '../../src/store/index.ts';
import { fixtureCoder } from '../helpers/coder.ts';
import { snapshot } from '../store/store.case.ts';
import { syntheticArticles } from '../store/synthetic.ts';

type Input = { item: IngestItem } | { error: ErrorInput };

/** Synthetic articles with repeats, NUL characters, bad inputs, pre-coded docs and one that throws. */
function inputs(coder: Coder): Input[] {
  const out: Input[] = [];
  const arts = syntheticArticles(300, 7, false);
  arts.forEach((a, i) => {
    const article: Article = { id: a.id, text: a.text, published: a.date, url: a.url, lang: 'en' };
    if (i % 37 === 5) article.text = `${article.text}\u0000`;
    if (i === 50) article.text = `BOOM ${article.text}`;
    out.push({ item: { article, input: `f.jsonl:${i + 1}` } });
    if (i % 41 === 3) out.push({ item: { article: { ...article, id: `${a.id}-copy` }, input: `g:${i}` } });
    if (i % 53 === 9)
      out.push({
        error: { input: `bad:${i}`, stage: 'read', code: 'DYAD_E_INPUT', message: 'not valid JSON' },
      });
    if (i === 99) out.push({ item: { article, input: 'pre', doc: coder.code(article) } });
  });
  return out;
}

const throwing = (coder: Coder): Pick<Coder, 'code'> => ({
  code(a) {
    if (a.text.startsWith('BOOM')) throw new Error('the coder broke on this one');
    return coder.code(a);
  },
});

async function run(make: (store: Awaited<ReturnType<typeof openStore>>) => Ingestor, items: Input[]) {
  const store = await openStore(':memory:');
  try {
    const ingestor = make(store);
    for (const x of items) {
      if ('error' in x) await ingestor.fail(x.error);
      else await ingestor.add(x.item);
    }
    const summary = await ingestor.finish();
    const errors = (await store.errors()).map((e) => `${e.input} ${e.stage} ${e.message}`).sort();
    return { summary, errors, snap: await snapshot(store) };
  } finally {
    await store.close();
  }
}

test('the coding ingestor stores and counts what the store ingestor does, in any task sizes', async () => {
  const coder = fixtureCoder();
  const fingerprint = coderFingerprint(coder);
  const items = inputs(coder);
  const want = await run(
    (s) => createIngestor(s, { coder: throwing(coder), fingerprint, batchSize: 40 }),
    items,
  );
  assert.ok(want.summary.articles_failed >= 2 && want.summary.articles_duplicate >= 8);
  assert.ok(want.errors.some((e) => e.includes('the coder broke on this one')));
  for (const [taskItems, inFlight] of [
    [1, 1],
    [7, 3],
    [64, 8],
  ]) {
    // Tasks finish out of order: later ones sooner.
    let calls = 0;
    const base = inProcessCodeMany(throwing(coder));
    const codeMany: CodeMany = async (articles) => {
      const wait = 5 * ((calls++ % 3) - 1) + 5;
      await sleep(wait);
      return base(articles);
    };
    const got = await run(
      (s) => createCodingIngestor(s, { codeMany, fingerprint, batchSize: 40, taskItems, inFlight }),
      items,
    );
    assert.deepEqual(got, want, `tasks of ${taskItems}, ${inFlight} in flight`);
  }
});

test('stored articles are not coded again; a failed task records every article of it', async () => {
  const coder = fixtureCoder();
  const fingerprint = coderFingerprint(coder);
  const store = await openStore(':memory:');
  try {
    const articles = syntheticArticles(30, 3, false).map(
      (a): Article => ({ id: a.id, text: a.text, published: a.date, lang: 'en' }),
    );
    let coded = 0;
    const counting: CodeMany = async (as) => {
      coded += as.length;
      return inProcessCodeMany(coder)(as);
    };
    const first = createCodingIngestor(store, { codeMany: counting, fingerprint, taskItems: 4 });
    for (const a of articles) await first.add({ article: a, input: a.id });
    assert.equal((await first.finish()).articles_new, 30);
    assert.equal(coded, 30);

    const again = createCodingIngestor(store, { codeMany: counting, fingerprint, taskItems: 4 });
    for (const a of articles) await again.add({ article: a, input: a.id });
    assert.equal((await again.finish()).articles_duplicate, 30);
    assert.equal(coded, 30, 'stored articles were coded again');

    const broken: CodeMany = async () => {
      throw new Error('worker exited');
    };
    const recode = createCodingIngestor(store, { codeMany: broken, fingerprint, taskItems: 4, recode: true });
    for (const a of articles.slice(0, 5)) await recode.add({ article: a, input: a.id });
    const s = await recode.finish();
    assert.equal(s.articles_failed, 5);
    const messages = new Set((await store.errors()).map((e) => e.message));
    assert.deepEqual([...messages], ['coding worker failed: worker exited']);
  } finally {
    await store.close();
  }
});
