// Coding on worker threads: raw text → docs in memory, on the main thread alone and on a
// pool of 1 and N workers, each configuration in a process of its own (clean peak RSS);
// plus the worker start-up and what a compiled-dictionary cache would save.
// Usage: node --import tsx bench/pool.bench.ts [CORPUS.jsonl] [--limit N] [--threads 1,2] [--repeat R]
//        [--kinds threads,processes]  (where the pool's coders run: worker threads, child processes)
//        [--child-flags '--single-threaded …']  (node/V8 flags of the coding child processes only)
//        [--young-mb N] [--old-mb N]  (heap limits of the pool threads; default old generation 256 MB)
//        [--warmup N]  (articles each coding thread codes before the clock starts; default 20)
//        [--node-flags '--single-threaded-gc …']  (node/V8 flags of every measured process: V8
//        flags are process-wide, a Worker's execArgv cannot set them)
// Besides the rate over all articles it reports CPU per article, the rate over the second half
// (V8 optimizes each isolate on its own, so JIT warm-up weighs twice with two threads) and, on
// Linux, the CPU of each thread of the process (coding threads, main, V8's background threads).
// Default corpus: ../shared/corpus/allsides-2012-2018.jsonl (skipped when absent).
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { fileURLToPath } from 'node:url';
import { articleFromJson } from '../src/cli/input.ts';
import { createCoder } from '../src/coder/index.ts';
import { compileLexicon, loadDictionaries } from '../src/dict/index.ts';
import type { Article } from '../src/model/index.ts';
import { createCodingPool, type PoolKind } from '../src/pool/index.ts';
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
const kinds = opt('--kinds', 'threads,processes').split(',') as PoolKind[];
const repeat = Number(opt('--repeat', '1'));
const youngMb = args.includes('--young-mb') ? Number(opt('--young-mb', '0')) : undefined;
const oldMb = args.includes('--old-mb') ? Number(opt('--old-mb', '0')) : undefined;
const warmup = Number(opt('--warmup', '20'));
const nodeFlags = opt('--node-flags', '').split(' ').filter(Boolean);
const childFlags = opt('--child-flags', '').split(' ').filter(Boolean);
const corpus =
  args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ??
  join(root, '..', 'shared', 'corpus', 'allsides-2012-2018.jsonl');
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const round = (x: number, d = 0) => Math.round(x * 10 ** d) / 10 ** d;
/** CPU seconds (utime + stime, in clock ticks of 1/100 s) in a /proc `stat` file of a thread or process. */
function statCpuSecs(path: string): number {
  const stat = readFileSync(path, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
}

/** CPU seconds used by every thread of this process since `from`. */
const cpuSecs = (from: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1e6;
};

/** CPU seconds of each thread of this process so far, by thread id (Linux; empty elsewhere). */
function threadCpu(): Map<string, number> {
  const out = new Map<string, number>();
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      out.set(tid, statCpuSecs(`/proc/self/task/${tid}/stat`));
    }
  } catch {}
  return out;
}

/** CPU seconds and peak RSS (MB) of this process's coding child processes so far, by pid (Linux). */
function childrenCpu(): Map<string, { cpu: number; hwmMb: number }> {
  const out = new Map<string, { cpu: number; hwmMb: number }>();
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      for (const pid of readFileSync(`/proc/self/task/${tid}/children`, 'utf8').split(' ').filter(Boolean)) {
        // the pool's coders only (tsx runs a helper process of its own)
        if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('child.mjs')) continue;
        const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        out.set(pid, {
          cpu: statCpuSecs(`/proc/${pid}/stat`),
          hwmMb: Math.round(Number(hwm?.[1] ?? 0) / 1024),
        });
      }
    }
  } catch {}
  return out;
}

/** CPU seconds the child processes spent since `from` (those started since count whole). */
function childrenCpuSince(from: Map<string, { cpu: number }>): number[] {
  return [...childrenCpu()].map(([pid, c]) => round(c.cpu - (from.get(pid)?.cpu ?? 0), 1));
}

/** What each thread spent between two `threadCpu()` readings, biggest first (idle ones left out). */
function threadCpuSince(from: Map<string, number>): number[] {
  return [...threadCpu()]
    .map(([tid, secs]) => secs - (from.get(tid) ?? 0))
    .filter((d) => d >= 0.05)
    .sort((a, b) => b - a)
    .map((d) => round(d, 1));
}

/** Times and CPU readings as articles complete: the second half's rate comes from these. */
function halfway(total: number) {
  let done = 0;
  let mid: { t: number; cpu: NodeJS.CpuUsage; children: ReturnType<typeof childrenCpu> } | undefined;
  return {
    count(n: number) {
      done += n;
      if (!mid && done >= total / 2)
        mid = { t: performance.now(), cpu: process.cpuUsage(), children: childrenCpu() };
    },
    mid: () => mid,
    since(n: number, childCpuSecs = () => 0) {
      if (!mid) return {};
      const secs = (performance.now() - mid.t) / 1000;
      return { secs2: secs, cpu2: cpuSecs(mid.cpu) + childCpuSecs(), n2: n - Math.ceil(total / 2) };
    },
  };
}

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
  for (const a of articles.slice(0, warmup)) coder.code(a);
  const cpu = process.cpuUsage();
  const perThread = threadCpu();
  const start = performance.now();
  const half = halfway(articles.length);
  let sentences = 0;
  for (const a of articles) {
    sentences += coder.code(a).sentences.length;
    half.count(1);
  }
  const secs = (performance.now() - start) / 1000;
  return {
    mode: 'main thread',
    threads: 1,
    secs,
    cpu: cpuSecs(cpu),
    ...half.since(articles.length),
    thread_cpu_secs: threadCpuSince(perThread),
    sentences,
    startup_ms: round(loadMs),
  };
}

async function pooled(articles: Article[], threads: number, kind: PoolKind) {
  const t0 = performance.now();
  const pool = createCodingPool({
    threads,
    kind,
    youngGenerationMb: youngMb,
    oldGenerationMb: oldMb,
    childFlags,
  });
  await pool.ready();
  const startupMs = performance.now() - t0;
  try {
    const warm = tasks(articles.slice(0, warmup * threads));
    await Promise.all(warm.map((t) => pool.code(t)));
    const cpu = process.cpuUsage();
    const perThread = threadCpu();
    const perChild = childrenCpu();
    const start = performance.now();
    const half = halfway(articles.length);
    const queue = tasks(articles);
    let sentences = 0;
    let next = 0;
    const errors: string[] = [];
    const lane = async () => {
      while (next < queue.length) {
        const outcomes = await pool.code(queue[next++]);
        half.count(outcomes.length);
        for (const o of outcomes) {
          if ('doc' in o) sentences += o.doc.sentences.length;
          else errors.push(o.error);
        }
      }
    };
    await Promise.all(Array.from({ length: threads * 3 }, lane));
    const secs = (performance.now() - start) / 1000;
    const childSecs = childrenCpuSince(perChild);
    const cpuUsed = cpuSecs(cpu) + childSecs.reduce((a, b) => a + b, 0);
    const threadSecs = threadCpuSince(perThread);
    const second = half.since(articles.length, () => {
      const mid = half.mid();
      return mid ? childrenCpuSince(mid.children).reduce((a, b) => a + b, 0) : 0;
    });
    const infos = await Promise.all(Array.from({ length: threads }, () => pool.info()));
    return {
      mode: kind === 'processes' ? 'pool of processes' : 'pool',
      threads,
      secs,
      cpu: cpuUsed,
      ...second,
      thread_cpu_secs: threadSecs,
      ...(kind === 'processes'
        ? {
            child_cpu_secs: childSecs,
            child_peak_rss_mb: [...childrenCpu().values()].map((c) => c.hwmMb),
          }
        : {}),
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
  const r = mode === 'pool' ? await pooled(articles, threadList[0], kinds[0]) : await inProcess(articles);
  const { secs2, cpu2, n2, ...rest } = r as typeof r & { secs2?: number; cpu2?: number; n2?: number };
  return {
    ...rest,
    /** The flags this process runs under (`--node-flags` reaches the processes `all` starts). */
    node_flags: process.execArgv
      .filter((a, i, all) => a !== '--import' && all[i - 1] !== '--import')
      .join(' '),
    ...(mode === 'pool'
      ? { kind: kinds[0], young_mb: youngMb ?? 'default', old_mb: oldMb ?? 'default (256)' }
      : {}),
    warmup,
    articles: articles.length,
    secs: round(r.secs, 2),
    cpu_secs: round(r.cpu, 2),
    /** Cores kept busy: CPU time over wall time (2 at best on two cores). */
    cores_used: round(r.cpu / r.secs, 2),
    articles_per_s: round(articles.length / r.secs, 1),
    /** What the machine's load cannot change: articles per CPU-second, and its inverse. */
    articles_per_cpu_s: round(articles.length / r.cpu, 1),
    cpu_ms_per_article: round((r.cpu * 1000) / articles.length, 2),
    /** The same over the second half of the articles, JIT warm-up mostly done. */
    ...(secs2 && cpu2 && n2
      ? {
          second_half_articles_per_s: round(n2 / secs2, 1),
          second_half_cpu_ms_per_article: round((cpu2 * 1000) / n2, 2),
        }
      : {}),
    sentences_per_s: round(r.sentences / r.secs),
    peak_rss_mb: peakRssMb(),
  };
}

function run(extra: string[]): Record<string, number | string> {
  const out = execFileSync(
    process.execPath,
    [
      ...nodeFlags,
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      corpus,
      '--limit',
      String(limit),
      '--warmup',
      String(warmup),
      // the heap limits reach the measured process (before, they stayed in the parent)
      ...(youngMb !== undefined ? ['--young-mb', String(youngMb)] : []),
      ...(oldMb !== undefined ? ['--old-mb', String(oldMb)] : []),
      ...(childFlags.length ? ['--child-flags', childFlags.join(' ')] : []),
      ...extra,
    ],
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
  const pools = kinds.flatMap((kind) =>
    threadList.map((t) => best(['--mode', 'pool', '--threads', String(t), '--kinds', kind])),
  );
  const rows = [main, ...pools].map((r) => {
    const one = pools.find((p) => p.threads === 1 && p.mode === r.mode);
    return {
      ...r,
      speedup_vs_main: round(Number(r.articles_per_s) / Number(main.articles_per_s), 2),
      ...(one ? { speedup_vs_pool1: round(Number(r.articles_per_s) / Number(one.articles_per_s), 2) } : {}),
    };
  });
  const lex = run(['--mode', 'lexicon']);
  const summary = {
    corpus: corpus.split('/').pop(),
    limit,
    warmup,
    repeat,
    node_flags: nodeFlags.join(' '),
    load_average_before: round(load, 1),
    load_average_after: round(loadavg()[0], 1),
    runs: rows,
    lexicon: lex,
  };
  console.log(JSON.stringify(summary, null, 2));
}
