// One entry point: a postgres:// URL opens the shared queue; `memory:` one in this process.
import { DyadError } from '../errors.ts';
import { memoryQueue } from './memory.ts';
import { openPostgresQueue } from './postgres/queue.ts';
import type { Queue, QueueOptions } from './types.ts';

export function isQueueUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url) || url === 'memory:';
}

export async function openQueue<P>(url: string, opts: QueueOptions = {}): Promise<Queue<P>> {
  if (url === 'memory:') return memoryQueue<P>(opts);
  if (!isQueueUrl(url)) {
    throw new DyadError(
      'DYAD_E_INPUT',
      `the job queue needs PostgreSQL: --db ${url} is not a postgres:// URL (workers on many machines share one database)`,
    );
  }
  return openPostgresQueue<P>(url, opts);
}
