// Coding speed: raw text → events in memory, one thread.
// Usage: npm run bench -- [CORPUS.jsonl] [--limit N]
// Default corpus: ../shared/corpus/reuters21578.jsonl. Prints articles/s, sentences/s, peak RSS.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articlesFrom } from '../src/cli/input.ts';
import { createCoder } from '../src/coder/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Number.POSITIVE_INFINITY;
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--limit');
const corpus = files[0] ?? join(root, '..', 'shared', 'corpus', 'reuters21578.jsonl');
if (!existsSync(corpus)) {
  console.error(`bench: ${corpus} not found (the shared corpus is not beside this clone); pass a JSONL file`);
  process.exit(0);
}

const t0 = performance.now();
const coder = createCoder();
const loadMs = performance.now() - t0;
const articles = [...articlesFrom(corpus, readFileSync(corpus, 'utf8'))].slice(0, limit);
let peak = process.memoryUsage().rss;
let sentences = 0;
let events = 0;
const start = performance.now();
for (let i = 0; i < articles.length; i++) {
  const doc = coder.code(articles[i]);
  sentences += doc.sentences.length;
  events += doc.events.length;
  if (i % 200 === 0) peak = Math.max(peak, process.memoryUsage().rss);
}
const secs = (performance.now() - start) / 1000;
peak = Math.max(peak, process.memoryUsage().rss);
const chars = articles.reduce((n, a) => n + a.text.length, 0);
console.log(
  JSON.stringify(
    {
      corpus: corpus.split('/').pop(),
      articles: articles.length,
      sentences,
      events,
      seconds: Math.round(secs * 100) / 100,
      articles_per_s: Math.round(articles.length / secs),
      sentences_per_s: Math.round(sentences / secs),
      chars_per_s: Math.round(chars / secs),
      dictionary_load_ms: Math.round(loadMs),
      peak_rss_mb: Math.round(peak / 2 ** 20),
    },
    null,
    2,
  ),
);
