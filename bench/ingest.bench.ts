// Ingest speed on generated pages, one thread: HTML extraction (decode, Readability over
// linkedom, metadata, cleaning, language) and WARC.gz reading (the same pages archived).
// Usage: node --import tsx bench/ingest.bench.ts [--pages N] [--rounds R]
// Each figure is the best of R rounds (default 3): the machine's other load only slows a round.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { createContext, readInputs } from '../src/ingest/index.ts';
import { readPage } from '../src/ingest/readers/html.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--pages');
const N = at >= 0 ? Number(args[at + 1]) : 500;
const rt = args.indexOf('--rounds');
const ROUNDS = rt >= 0 ? Number(args[rt + 1]) : 3;

interface Timing {
  /** Wall-clock seconds of the fastest round, and the median round. */
  best: number;
  median: number;
  /** CPU seconds (user + system) of the fastest round: steadier than wall time on a busy machine. */
  cpu: number;
}

async function timed(fn: () => Promise<void> | void): Promise<Timing> {
  const rounds: { wall: number; cpu: number }[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t = performance.now();
    const c = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(c);
    rounds.push({ wall: (performance.now() - t) / 1000, cpu: (used.user + used.system) / 1e6 });
  }
  const byWall = [...rounds].sort((a, b) => a.wall - b.wall);
  const cpu = Math.min(...rounds.map((r) => r.cpu));
  return { best: byWall[0].wall, median: byWall[Math.floor(rounds.length / 2)].wall, cpu };
}

const SENTENCES = [
  'Pakistan and the United States held talks in Islamabad on Tuesday, officials said.',
  'The foreign minister met the secretary of state to discuss trade, security and critical minerals.',
  'Protesters gathered outside parliament as lawmakers debated the budget for a third day.',
  'Troops withdrew from two border posts after a ceasefire brokered by regional mediators.',
  'The central bank raised interest rates by half a point to curb inflation.',
  'Rebels accused the government of violating the truce in the north of the country.',
];

/** A news page as sites serve it: head metadata, scripts, navigation, a story, related links, footer. */
function newsPage(i: number): string {
  const paragraphs = Array.from({ length: 12 }, (_, p) => {
    const s = (k: number) => SENTENCES[(i + p + k) % SENTENCES.length];
    return `<p>${s(0)} ${s(1)} Story ${i}, paragraph ${p}. ${s(2)}</p>`;
  });
  const links = Array.from(
    { length: 40 },
    (_, k) => `<li><a href="/section/${k}">Section ${k}</a></li>`,
  ).join('');
  const related = Array.from(
    { length: 8 },
    (_, k) => `<li><a href="/story/${i + k}">Related story ${i + k}</a></li>`,
  ).join('');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Story ${i} | The Daily</title>
<meta property="og:title" content="Story ${i}"><meta property="og:site_name" content="The Daily">
<meta property="article:published_time" content="2025-04-${String((i % 28) + 1).padStart(2, '0')}T10:00:00Z">
<link rel="canonical" href="https://www.example.com/story/${i}">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Story ${i}","author":{"name":"Jane Roe"}}</script>
<script>${'window.analytics=window.analytics||[];'.repeat(200)}</script><style>${'.c{color:red}'.repeat(300)}</style></head>
<body><header><nav><ul>${links}</ul></nav></header><main><article><h1>Story ${i}</h1>
<div class="byline">By Jane Roe</div>${paragraphs.slice(0, 4).join('\n')}
<figure><img src="/img/${i}.jpg"><figcaption>Photo: Reuters</figcaption></figure>
<div class="ad">Advertisement</div>${paragraphs.slice(4).join('\n')}</article>
<aside><h2>Related</h2><ul>${related}</ul></aside></main>
<footer><p>© 2025 The Daily. All rights reserved.</p><p>Sign up for our newsletter</p></footer></body></html>`;
}

const pages = Array.from({ length: N }, (_, i) => new TextEncoder().encode(newsPage(i)));
const bytes = pages.reduce((n, p) => n + p.byteLength, 0);
const ctx = createContext();

// Warm up the JIT so the figure is the steady state.
for (let i = 0; i < Math.min(30, N); i++) readPage(pages[i], { input: 'warmup' }, ctx);

let ok = 0;
const html = await timed(() => {
  ok = 0;
  for (let i = 0; i < N; i++)
    if (readPage(pages[i], { input: `p${i}`, url: `https://www.example.com/story/${i}` }, ctx).ok) ok++;
});

const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-'));
const warc = join(dir, 'pages.warc.gz');
const parts: Uint8Array[] = [];
for (let i = 0; i < N; i++) {
  const record = WARCRecord.create(
    {
      url: `https://www.example.com/story/${i}`,
      type: 'response',
      warcVersion: 'WARC/1.1',
      statusline: 'HTTP/1.1 200 OK',
      httpHeaders: { 'content-type': 'text/html; charset=utf-8' },
    },
    [pages[i]],
  );
  parts.push(await WARCSerializer.serialize(record, { gzip: true }));
}
writeFileSync(warc, Buffer.concat(parts));
let warcPages = 0;
const warcRead = await timed(async () => {
  warcPages = 0;
  for await (const r of readInputs([warc])) if (r.ok) warcPages++;
});
const warcSize = statSync(warc).size;
rmSync(dir, { recursive: true, force: true });

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
console.log(`pages: ${N}, ${mb(bytes)} MB of HTML (${Math.round(bytes / N / 1024)} KB each)`);
const rate = (t: Timing) =>
  `${(N / t.best).toFixed(0)} pages/s (median of ${ROUNDS} rounds ${(N / t.median).toFixed(0)}; ` +
  `${(N / t.cpu).toFixed(0)} pages per CPU-second)`;
console.log(`html extraction: ${rate(html)}, ${ok} articles, ${mb(bytes / html.best)} MB/s`);
console.log(`warc.gz reading: ${rate(warcRead)}, ${warcPages} articles from ${mb(warcSize)} MB gzipped`);
console.log(`peak RSS: ${mb(process.memoryUsage().rss)} MB`);
