// API latency on loopback, measured with wrk (Debian: apt-get install -y wrk):
//
//   node --import tsx bench/serve.bench.ts [--events 100000] [--duration 10] [--connections 1]
//                                          [--db FILE] [--analyze]
//
// Seeds a SQLite database of synthetic events through the store's write API (bench/serve-
// seed.ts; kept in .cache/serve-bench.sqlite and reused while it holds enough events),
// starts `dyad serve` on it as a user would, then runs wrk against each query in turn and
// prints p50/p95/p99 latency and requests per second as a Markdown table. `--analyze` runs
// SQLite's ANALYZE on the file first (the store does not), to show what planner statistics
// change.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '../src/store/index.ts';
import { seedEvents } from './serve-seed.ts';

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '100000' },
    db: { type: 'string', default: '.cache/serve-bench.sqlite' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '1' },
    analyze: { type: 'boolean', default: false },
  },
});
const EVENTS = Number(args.events);

const QUERIES = [
  '/events?limit=100',
  '/events?actor=PAK&limit=100',
  '/events?source=PAK&target=USA&both=true&limit=100',
  '/events?from=2024-03-01&to=2024-03-31&plover=CONSULT&limit=100',
  '/events?country=IRN&quad=4&min_confidence=0.8&limit=100',
  '/events?q=officials%20of%20ukrmil&limit=100',
  '/dyads/PAK/USA/timeline',
  '/dyads/PAK/USA/timeline?bucket=week',
  '/dyads/PAKGOV/USAGOV/timeline?from=2024-01-01&to=2024-06-30',
  '/dyads/IND/CHN/timeline?bucket=week&plover=ASSAULT',
];

const LUA = `done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d %d %d\\n", latency:percentile(50), latency:percentile(95),
    latency:percentile(99), summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status))
end
`;

async function seed(): Promise<void> {
  mkdirSync('.cache', { recursive: true });
  const store = await openStore(args.db);
  try {
    const have = (await store.stats()).events;
    if (have >= EVENTS) {
      process.stderr.write(`${args.db}: ${have.toLocaleString('en-US')} events (reused)\n`);
      return;
    }
    if (have > 0) throw new Error(`${args.db} holds ${have} events, fewer than ${EVENTS}: remove it first`);
    const t0 = performance.now();
    const n = await seedEvents(store, EVENTS, (k) => process.stderr.write(`\rseeding: ${k} events`));
    const s = (performance.now() - t0) / 1000;
    process.stderr.write(`\n${args.db}: ${n.toLocaleString('en-US')} events written in ${s.toFixed(0)} s\n`);
  } finally {
    await store.close();
  }
}

function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['bin/dyad.js', 'serve', '--db', args.db, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, DYAD_TOKEN: '' },
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d) => {
      out += d;
      const m = /dashboard (http:\/\/\S+\/)/.exec(out);
      if (m) resolve({ child, url: m[1].replace(/\/$/, '') });
    });
    child.once('exit', (code) => reject(new Error(`dyad serve exited (${code}): ${out}`)));
  });
}

function wrk(url: string, script: string): number[] {
  const text = execFileSync(
    'wrk',
    ['-t1', `-c${args.connections}`, `-d${args.duration}s`, '--timeout', '10s', '-s', script, url],
    { encoding: 'utf8' },
  );
  const m = /RESULT (\d+) (\d+) (\d+) (\d+) (\d+) (\d+) (\d+)/.exec(text);
  if (!m) throw new Error(`no result from wrk:\n${text}`);
  return m.slice(1).map(Number);
}

const ms = (us: number) => (us / 1000).toFixed(us < 10_000 ? 1 : 0);

await seed();
if (args.analyze) {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(args.db);
  db.exec('ANALYZE');
  db.close();
}
const dir = mkdtempSync(join(tmpdir(), 'dyad-wrk-'));
const script = join(dir, 'report.lua');
writeFileSync(script, LUA);
const { child, url } = await startServer();
try {
  for (const q of QUERIES) {
    const res = await fetch(`${url}${q}`); // warm up, and check every query answers
    if (!res.ok) throw new Error(`${q}: ${res.status} ${await res.text()}`);
  }
  console.log(`| request | p50 ms | p95 ms | p99 ms | req/s | errors |`);
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const q of QUERIES) {
    const [p50, p95, p99, requests, duration, errors, non2xx] = wrk(`${url}${q}`, script);
    const rps = requests / (duration / 1e6);
    console.log(
      `| \`${q}\` | ${ms(p50)} | ${ms(p95)} | ${ms(p99)} | ${rps.toFixed(0)} | ${errors + non2xx} |`,
    );
  }
  console.log(
    `\nwrk -t1 -c${args.connections} -d${args.duration}s per request; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
} finally {
  child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
