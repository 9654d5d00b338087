import type { Command } from 'commander';
import { register as registerExport } from './export.ts';
import { register as registerIngest } from './ingest.ts';
import { register as registerQueue } from './queue.ts';
import { register as registerResolve } from './resolve.ts';
import { register as registerServe } from './serve.ts';
import { register as registerWatch } from './watch.ts';
import { register as registerWorker } from './worker.ts';

/**
 * Commands registered beside the core ones (code, explain, eval, dict, start): each module
 * exports a `register(program)` and is listed here.
 */
export const EXTRA_COMMANDS: ((program: Command) => void)[] = [
  registerResolve,
  registerIngest,
  registerExport,
  registerWatch,
  registerServe,
  registerWorker,
  registerQueue,
];
