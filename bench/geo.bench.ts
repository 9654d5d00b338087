// Gazetteer cost and geocoding speed.
// Usage: node --expose-gc --import tsx bench/geo.bench.ts [CORPUS.jsonl] [--limit N]
// Prints load time, heap/RSS cost of the index, geocode calls/s and findPlaces tokens/s.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articlesFrom } from '../src/cli/input.ts';
import { findPlaces, gazetteer, geocode } from '../src/geo/index.ts';
import { analyzeText } from '../src/nlp/index.ts';

const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
// A Buffer's backing store is released a collection after the Buffer itself.
const gc = () => {
  collect();
  collect();
};
const mb = (n: number) => Math.round((n / 1e6) * 10) / 10;
const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : 300;
const corpus =
  args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--limit') ??
  join(root, '..', 'shared', 'corpus', 'allsides-2012-2018.jsonl');

gc();
const before = process.memoryUsage();
let t = performance.now();
const g = gazetteer();
const loadMs = performance.now() - t;
const peakRss = process.memoryUsage().rss;
gc();
const after = process.memoryUsage();

// The mention scanner's prefix set is built on the first findPlaces call.
const probe = analyzeText('Fighting in Kabul.');
t = performance.now();
findPlaces(probe.tokens, 0, probe.tokens.length);
const scannerMs = performance.now() - t;
gc();
const scanner = process.memoryUsage();

const queries: [string, string[]][] = [
  ['Paris', ['USA']],
  ['Paris', []],
  ['Tripoli', ['LBN', 'LBY']],
  ['Cambridge, Mass.', []],
  ['Kabul', ['AFG']],
  ['Sao Paulo', []],
  ['Kiev', ['RUS', 'UKR']],
  ['Georgia', ['USA']],
  ['Pakistan', []],
  ['Xyzzyville', []],
];
const rounds = 20_000;
t = performance.now();
let found = 0;
for (let r = 0; r < rounds; r++)
  for (const [name, countries] of queries) if (geocode(name, { countries })) found++;
const geocodeSecs = (performance.now() - t) / 1000;

let scan: Record<string, number> | string = 'skipped (no corpus)';
if (existsSync(corpus)) {
  const docs = [...articlesFrom(corpus, readFileSync(corpus, 'utf8'))]
    .slice(0, limit)
    .map((a) => analyzeText(a.text));
  let tokens = 0;
  let mentions = 0;
  t = performance.now();
  for (const d of docs) {
    tokens += d.tokens.length;
    for (const s of d.sentences) mentions += findPlaces(d.tokens, s.tokenStart, s.tokenEnd).length;
  }
  const secs = (performance.now() - t) / 1000;
  scan = { articles: docs.length, tokens, mentions, tokensPerSec: Math.round(tokens / secs) };
}

console.log(
  JSON.stringify(
    {
      places: g.size,
      loadMs: Math.round(loadMs),
      indexHeapMB: mb(after.heapUsed - before.heapUsed),
      indexExternalMB: mb(after.external + after.arrayBuffers - before.external - before.arrayBuffers),
      rssBeforeMB: mb(before.rss),
      rssPeakDuringLoadMB: mb(peakRss),
      rssAfterMB: mb(after.rss),
      rssCostMB: mb(after.rss - before.rss),
      scannerSetupMs: Math.round(scannerMs),
      scannerHeapMB: mb(scanner.heapUsed - after.heapUsed),
      geocodeCallsPerSec: Math.round((rounds * queries.length) / geocodeSecs),
      geocodeFound: found / rounds,
      findPlaces: scan,
      gcExposed: Boolean((globalThis as { gc?: unknown }).gc),
    },
    null,
    2,
  ),
);
