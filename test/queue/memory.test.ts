// The conformance suite on the in-memory queue.
import { memoryQueue } from '../../src/queue/index.ts';
import { queueCases } from './queue.case.ts';

queueCases('memory', async (opts) => {
  const q = memoryQueue<{ n: number; text?: string }>(opts);
  return async () => q;
});
