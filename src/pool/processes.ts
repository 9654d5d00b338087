// Coding in child processes instead of worker threads: each child is a whole node process with
// its own V8 platform (background compiler and garbage-collector threads), its own node/V8
// flags and its own memory cap. On 2 cores the two kinds measured the same (1.29× the main
// thread each, BENCHMARKS.md, "Scale"), so threads stay the default. Tasks and docs cross the
// IPC channel in V8's serialization. A child that dies (over its heap limit, killed) fails the
// tasks it held and is replaced; one that dies before its coder is built fails the pool.
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  CHILD_SETUP_ENV,
  type ChildReply,
  type ChildRequest,
  type CoderSetup,
  type WorkerInfo,
  type WorkerOutcome,
  type WorkerTask,
} from './types.ts';

const ENTRY = fileURLToPath(new URL('./child.mjs', import.meta.url));
/** Tasks held by one child at once: the next is already in its pipe while the parent is busy. */
const PER_CHILD = 2;

type Result = WorkerOutcome[] | WorkerInfo;

interface Job {
  task: WorkerTask;
  resolve: (r: Result) => void;
  reject: (e: Error) => void;
}

interface Child {
  proc: ChildProcess;
  ready: Promise<void>;
  started: boolean;
  held: Map<number, Job>;
}

export interface ProcessRunnerOptions {
  processes: number;
  setup: CoderSetup;
  /** V8 flags of each child, after the parent's own (`--max-old-space-size=256`, …). */
  flags: readonly string[];
}

export interface TaskRunners {
  run(task: WorkerTask): Promise<Result>;
  /** Resolves when every worker has built its coder. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export function createProcessRunners(opts: ProcessRunnerOptions): TaskRunners {
  const queue: Job[] = [];
  const children: Child[] = [];
  let nextId = 1;
  let closing = false;
  let broken: Error | null = null;

  function fail(e: Error): void {
    broken = Object.assign(e, { fatal: true });
    for (const job of queue.splice(0)) job.reject(broken);
  }

  function spawn(): Child {
    const proc = fork(ENTRY, [], {
      serialization: 'advanced',
      env: { ...process.env, [CHILD_SETUP_ENV]: JSON.stringify(opts.setup) },
      execArgv: [...process.execArgv, ...opts.flags],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let started!: () => void;
    let failure = '';
    const child: Child = { proc, ready: new Promise((r) => (started = r)), started: false, held: new Map() };
    proc.on('message', (m: ChildReply) => {
      if ('failed' in m) failure = m.failed;
      else if ('ready' in m) {
        child.started = true;
        started();
      } else {
        const job = child.held.get(m.id);
        child.held.delete(m.id);
        job?.resolve(m.result);
      }
      pump();
    });
    proc.on('exit', (code, signal) => {
      const why = new Error(`coding process ${proc.pid} exited (${signal ?? `code ${code}`})`);
      for (const job of child.held.values()) job.reject(why);
      child.held.clear();
      children.splice(children.indexOf(child), 1);
      if (closing) return;
      if (!child.started) fail(new Error(`a coding process could not start: ${failure || why.message}`));
      else children.push(spawn());
      started();
      pump();
    });
    return child;
  }

  function pump(): void {
    while (queue.length > 0) {
      let best: Child | undefined;
      for (const c of children) {
        if (c.started && c.held.size < PER_CHILD && (!best || c.held.size < best.held.size)) best = c;
      }
      if (!best) return;
      const job = queue.shift()!;
      const id = nextId++;
      best.held.set(id, job);
      best.proc.send({ id, task: job.task } satisfies ChildRequest);
    }
  }

  for (let i = 0; i < opts.processes; i++) children.push(spawn());

  return {
    run(task) {
      if (broken) return Promise.reject(broken);
      if (closing) return Promise.reject(new Error('the coding pool is closed'));
      return new Promise((resolve, reject) => {
        queue.push({ task, resolve, reject });
        pump();
      });
    },
    async ready() {
      await Promise.all(children.map((c) => c.ready));
      if (broken) throw broken;
    },
    async close() {
      closing = true;
      for (const job of queue.splice(0)) job.reject(new Error('the coding pool is closed'));
      await Promise.all(
        children.map(
          (c) =>
            new Promise<void>((resolve) => {
              if (c.proc.exitCode !== null || c.proc.signalCode !== null) return resolve();
              c.proc.once('exit', () => resolve());
              if (c.proc.connected) c.proc.disconnect();
              else c.proc.kill();
            }),
        ),
      );
    },
  };
}
