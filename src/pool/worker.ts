// A coding worker thread: the task runner, built from the pool's `workerData`.
import { workerData } from 'node:worker_threads';
import { createTaskRunner } from './task-runner.ts';
import type { CoderSetup } from './types.ts';

export default createTaskRunner((workerData ?? {}) as CoderSetup);
