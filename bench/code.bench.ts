// Coding speed: raw text → events in memory, one thread.
// Usage: npm run bench -- [CORPUS.jsonl] [--limit N]
// Default corpus: ../shared/corpus/reuters21578.jsonl. Prints articles/s, sentences/s, peak RSS.
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { fileURLToPath } from 'node:url';
import { articleFromJson } from '../src/cli/input.ts';
import type { Article } from '../src/model/index.ts';

/** The first `limit` articles of a JSONL file, read in chunks (the corpus is ~100 MB). */
function readArticles(path: string, limit: number): Article[] {
  const out: Article[] = [];
  const fd = openSync(path, 'r');
  const buf = Buffer.alloc(1 << 20);
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let n = 0;
  try {
    while (out.length < limit) {
      n = readSync(fd, buf, 0, buf.length, null);
      if (n <= 0) break;
      const lines = (rest + decoder.write(buf.subarray(0, n))).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        if (line.trim() && out.length < limit)
          out.push(articleFromJson(JSON.parse(line), `${path}:${out.length + 1}`));
      }
    }
    if (rest.trim() && out.length < limit) out.push(articleFromJson(JSON.parse(rest), path));
  } finally {
    closeSync(fd);
  }
  return out;
}

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
const articles = readArticles(corpus, limit);
let peak = process.memoryUsage().rss;
let sentences = 0;
let events = 0;
const cpuStart = process.cpuUsage();
const start = performance.now();
for (let i = 0; i < articles.length; i++) {
  const doc = coder.code(articles[i]);
  sentences += doc.sentences.length;
  events += doc.events.length;
  if (i % 200 === 0) peak = Math.max(peak, process.memoryUsage().rss);
}
const secs = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
const cpuSecs = (cpu.user + cpu.system) / 1e6;
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
      // CPU time of this process: steadier than wall time when other jobs share the cores
      cpu_seconds: Math.round(cpuSecs * 100) / 100,
      sentences_per_cpu_s: Math.round(sentences / cpuSecs),
      chars_per_s: Math.round(chars / secs),
      dictionary_load_ms: Math.round(loadMs),
      peak_rss_mb: Math.round(peak / 2 ** 20),
    },
    null,
    2,
  ),
);
