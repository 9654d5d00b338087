// Coding on worker threads: raw text → docs in memory, on the main thread alone and on a
// pool of 1 and N workers, each configuration in a process of its own (clean peak RSS);
// plus the worker start-up and what a compiled-dictionary cache would save.
// Usage: node --import tsx bench/pool.bench.ts [CORPUS.jsonl] [--limit N] [--threads 1,2] [--repeat R]
//        [--young-mb N] [--old-mb N]  (heap limits of the pool threads; default old generation 256 MB)
// Default corpus: ../shared/corpus/allsides-2012-2018.jsonl (skipped when absent).
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { fileURLToPath } from 'node:url';
import { articleFromJson } from '../src/cli/input.ts';
import { createCoder } from '../src/coder/index.ts';
import { compileLexicon, loadDictionaries } from '../src/dict/index.ts';
import type { Article } from '../src/model/index.ts';
import { createCodingPool } from '../src/pool/index.ts';
import { loadLexiconCached } from '../src/pool/lexicon-cache.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const limit = Number(opt('--limit', '600'));
const mode = opt('--mode', 'all');
const threadList = opt('--threads', '1,2').split(',').map(Number);
const repeat = Number(opt('--repeat', '1'));
const youngMb = args.includes('--young-mb') ? Number(opt('--young-mb', '0')) : undefined;
const oldMb = args.includes('--old-mb') ? Number(opt('--old-mb', '0')) : undefined;
const corpus =
  args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ??
  join(root, '..', 'shared', 'corpus', 'allsides-2012-2018.jsonl');
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const round = (x: number, d = 0) => Math.round(x * 10 ** d) / 10 ** d;
/** CPU seconds used by every thread of this process since `from`. */
const cpuSecs = (from: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1e6;
};

/** The first `n` articles of a JSONL file, read in chunks. */
function readArticles(path: string, n: number): Article[] {
  const out: Article[] = [];
  const fd = openSync(path, 'r');
  const buf = Buffer.alloc(1 << 20);
  const decoder = new StringDecoder('utf8');
  let rest = '';
  try {
    while (out.length < n) {
      const got = readSync(fd, buf, 0, buf.length, null);
      if (got <= 0) break;
      const lines = (rest + decoder.write(buf.subarray(0, got))).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        if (line.trim() && out.length < n)
          out.push(articleFromJson(JSON.parse(line), `${path}:${out.length + 1}`));
      }
    }
  } finally {
    closeSync(fd);
  }
  return out;
}

/** Tasks of about 8 articles (fewer when long), as the ingestor sends them. */
function tasks(articles: Article[]): Article[][] {
  const out: Article[][] = [];
  let cur: Article[] = [];
  let chars = 0;
  for (const a of articles) {
    cur.push(a);
    chars += a.text.length;
    if (cur.length >= 8 || chars >= 32_000) {
      out.push(cur);
      cur = [];
      chars = 0;
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

async function inProcess(articles: Article[]) {
  const t0 = performance.now();
  const coder = createCoder();
  const loadMs = performance.now() - t0;
  for (const a of articles.slice(0, 20)) coder.code(a);
  const cpu = process.cpuUsage();
  const start = performance.now();
  let sentences = 0;
  for (const a of articles) sentences += coder.code(a).sentences.length;
  const secs = (performance.now() - start) / 1000;
  return { mode: 'main thread', threads: 1, secs, cpu: cpuSecs(cpu), sentences, startup_ms: round(loadMs) };
}

async function pooled(articles: Article[], threads: number) {
  const t0 = performance.now();
  const pool = createCodingPool({ threads, youngGenerationMb: youngMb, oldGenerationMb: oldMb });
  await pool.ready();
  const startupMs = performance.now() - t0;
  try {
    const warm = tasks(articles.slice(0, 20 * threads));
    await Promise.all(warm.map((t) => pool.code(t)));
    const cpu = process.cpuUsage();
    const start = performance.now();
    const queue = tasks(articles);
    let sentences = 0;
    let next = 0;
    const errors: string[] = [];
    const lane = async () => {
      while (next < queue.length) {
        const outcomes = await pool.code(queue[next++]);
        for (const o of outcomes) {
          if ('doc' in o) sentences += o.doc.sentences.length;
          else errors.push(o.error);
        }
      }
    };
    await Promise.all(Array.from({ length: threads * 3 }, lane));
    const secs = (performance.now() - start) / 1000;
    const cpuUsed = cpuSecs(cpu);
    const infos = await Promise.all(Array.from({ length: threads }, () => pool.info()));
    return {
      mode: 'pool',
      threads,
      secs,
      cpu: cpuUsed,
      sentences,
      startup_ms: round(startupMs),
      worker_load_ms: round(Math.max(...infos.map((i) => i.loadMs))),
      worker_heap_peak_mb: round(Math.max(...infos.map((i) => i.heapPeak)) / 2 ** 20),
      errors: errors.length,
      ...(errors.length ? { first_error: errors[0] } : {}),
    };
  } finally {
    await pool.close();
  }
}

function lexicon() {
  const t0 = performance.now();
  const loaded = loadDictionaries();
  const t1 = performance.now();
  compileLexicon(loaded.dictionaries);
  const t2 = performance.now();
  const cacheDir = mkdtempSync(join(tmpdir(), 'dyad-lex-'));
  try {
    loadLexiconCached({ cacheDir });
    const t3 = performance.now();
    const hit = loadLexiconCached({ cacheDir });
    const t4 = performance.now();
    return {
      mode: 'lexicon',
      read_parse_ms: round(t1 - t0),
      compile_ms: round(t2 - t1),
      cache_miss_ms: round(t3 - t2),
      cache_hit_ms: round(t4 - t3),
      hit: hit.hit,
    };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

async function child() {
  if (mode === 'lexicon') return lexicon();
  const articles = readArticles(corpus, limit);
  const r = mode === 'pool' ? await pooled(articles, threadList[0]) : await inProcess(articles);
  return {
    ...r,
    articles: articles.length,
    secs: round(r.secs, 2),
    cpu_secs: round(r.cpu, 2),
    /** Cores kept busy: CPU time over wall time (2 at best on two cores). */
    cores_used: round(r.cpu / r.secs, 2),
    articles_per_s: round(articles.length / r.secs, 1),
    /** What the machine's load cannot change: articles per CPU-second. */
    articles_per_cpu_s: round(articles.length / r.cpu, 1),
    sentences_per_s: round(r.sentences / r.secs),
    peak_rss_mb: peakRssMb(),
  };
}

function run(extra: string[]): Record<string, number | string> {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), corpus, '--limit', String(limit), ...extra],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(out.trim().split('\n').pop()!);
}

/** The best of `repeat` runs (other work on the machine only ever slows a run down). */
function best(extra: string[]) {
  let top: Record<string, number | string> | null = null;
  for (let i = 0; i < repeat; i++) {
    const r = run(extra);
    if (!top || Number(r.articles_per_s) > Number(top.articles_per_s)) top = r;
  }
  return top!;
}

if (!existsSync(corpus)) {
  console.error(`bench: ${corpus} not found (the shared corpus is not beside this clone); pass a JSONL file`);
  process.exit(0);
}
if (mode !== 'all') {
  console.log(JSON.stringify(await child()));
} else {
  const load = loadavg()[0];
  const main = best(['--mode', 'main']);
  const pools = threadList.map((t) => best(['--mode', 'pool', '--threads', String(t)]));
  const one = pools.find((p) => p.threads === 1);
  const rows = [main, ...pools].map((r) => ({
    ...r,
    speedup_vs_main: round(Number(r.articles_per_s) / Number(main.articles_per_s), 2),
    ...(one ? { speedup_vs_pool1: round(Number(r.articles_per_s) / Number(one.articles_per_s), 2) } : {}),
  }));
  const lex = run(['--mode', 'lexicon']);
  const summary = {
    corpus: corpus.split('/').pop(),
    limit,
    repeat,
    load_average_before: round(load, 1),
    load_average_after: round(loadavg()[0], 1),
    runs: rows,
    lexicon: lex,
  };
  console.log(JSON.stringify(summary, null, 2));
}
