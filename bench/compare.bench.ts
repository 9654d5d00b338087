// Coding speed of two checkouts compared in one process: steadier than two bench runs on a
// shared machine, where single runs move ±10%. Both coders read the same articles, warmed up
// once; then each pass codes chunks of CHUNK articles with A and B in turn (ABBA order) and
// sums each side's CPU time.
// Usage: npm run bench:compare -- A_ROOT B_ROOT CORPUS.jsonl [--limit N] [--passes P] [--chunk C]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Article } from '../src/model/index.ts';

interface CoderLike {
  code(article: Article): { sentences: unknown[] };
}

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const [rootA, rootB, corpus] = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!rootA || !rootB || !corpus) {
  console.error('usage: compare.bench.ts A_ROOT B_ROOT CORPUS.jsonl [--limit N] [--passes P] [--chunk C]');
  process.exit(2);
}
const limit = option('--limit', 1000);
const passes = option('--passes', 3);
const chunk = option('--chunk', 20);

/** Each checkout's own coder: its compiled lexicon must match its own matcher. */
async function coderOf(root: string): Promise<CoderLike> {
  const { createCoder } = await import(resolve(root, 'src/coder/index.ts'));
  return createCoder();
}

const a = await coderOf(rootA);
const b = await coderOf(rootB);
const { articleFromJson } = await import(resolve(rootA, 'src/cli/input.ts'));
const articles: Article[] = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .slice(0, limit)
  .map((l, i) => articleFromJson(JSON.parse(l), `${corpus}:${i + 1}`));
let sentences = 0;
for (const x of articles) {
  sentences += a.code(x).sentences.length;
  b.code(x);
}

function cpuSeconds(coder: CoderLike, batch: readonly Article[]): number {
  const start = process.cpuUsage();
  for (const x of batch) coder.code(x);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

let totalA = 0;
let totalB = 0;
for (let p = 0; p < passes; p++) {
  let passA = 0;
  let passB = 0;
  for (let k = 0, q = 0; k < articles.length; k += chunk, q++) {
    const batch = articles.slice(k, k + chunk);
    if (q % 2 === 0) {
      passA += cpuSeconds(a, batch);
      passB += cpuSeconds(b, batch);
    } else {
      passB += cpuSeconds(b, batch);
      passA += cpuSeconds(a, batch);
    }
  }
  totalA += passA;
  totalB += passB;
  console.log(
    `pass ${p + 1}: A ${passA.toFixed(2)} s, B ${passB.toFixed(2)} s, B/A ${(passB / passA).toFixed(3)}`,
  );
}
console.log(
  JSON.stringify({
    articles: articles.length,
    sentences,
    passes,
    b_over_a_cpu: Math.round((totalB / totalA) * 1000) / 1000,
    a_sentences_per_cpu_s: Math.round((sentences * passes) / totalA),
    b_sentences_per_cpu_s: Math.round((sentences * passes) / totalB),
  }),
);
