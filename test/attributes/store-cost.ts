// What storing quotes and article attributes costs: the first 300 articles of
// ../shared/corpus/allsides-2012-2018.jsonl (read at run time, never copied) coded once, then
// written to a new SQLite file in batches of 50 with and without their quotes, topics,
// attributions and casualties (three alternating rounds); times `store.write` only and
// reports the file sizes.
// Run: node --import tsx test/attributes/store-cost.ts [articles]
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCoder } from '../../src/coder/index.ts';
import { articleId, type CodedArticle, openStore } from '../../src/store/index.ts';
import { sharedPath } from '../helpers/shared.ts';

const file = sharedPath('corpus', 'allsides-2012-2018.jsonl');
if (!existsSync(file)) {
  console.log(`needs ${file}`);
  process.exit(0);
}
const n = Number(process.argv[2] ?? 300);
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .slice(0, n)
  .map((line) => JSON.parse(line) as { id: string; text: string; date: string });
const coder = createCoder();
const docs = rows.map((r) => coder.code({ id: r.id, text: r.text, published: r.date, lang: 'en' }));

function items(strip: boolean): CodedArticle[] {
  return docs.map((d) => ({
    article: {
      id: articleId(d.article.text),
      external_id: d.article.id,
      url: null,
      source: null,
      title: null,
      published: d.article.published ?? null,
      lang: 'en',
      text: d.article.text,
    },
    doc: strip
      ? { ...d, quotes: undefined, topics: undefined, attributions: undefined, casualties: undefined }
      : d,
    status: 'coded',
    coder: 'store-cost',
  }));
}

const dir = mkdtempSync(join(tmpdir(), 'dyad-store-cost-'));
try {
  for (let round = 1; round <= 3; round++) {
    for (const strip of [true, false]) {
      const path = join(dir, `${round}-${strip ? 'without' : 'with'}.sqlite`);
      const store = await openStore(path);
      const list = items(strip);
      const t = performance.now();
      for (let i = 0; i < list.length; i += 50) await store.write(list.slice(i, i + 50));
      const ms = performance.now() - t;
      const quotes = (await store.quotes({}, { limit: 10_000 })).items.length;
      await store.close();
      const mb = statSync(path).size / 1e6;
      console.log(
        `round ${round} ${strip ? 'without' : 'with   '} quotes and attributes: ` +
          `${ms.toFixed(0)} ms for ${list.length} articles, ${quotes} quotes, ${mb.toFixed(1)} MB`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
