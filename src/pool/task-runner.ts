// What a coding worker does, thread or process alike: builds its coder once (dictionaries
// read and compiled when it starts), then codes the articles of each task.
import { getHeapStatistics } from 'node:v8';
import { createCoder } from '../coder/index.ts';
import type { Doc } from '../model/index.ts';
import { coderFingerprint } from '../store/index.ts';
import type { CoderSetup, DocParts, WorkerInfo, WorkerOutcome, WorkerTask } from './types.ts';

export type TaskRunner = (task: WorkerTask) => WorkerOutcome[] | WorkerInfo;

export function createTaskRunner(setup: CoderSetup): TaskRunner {
  const started = performance.now();
  const coder = createCoder({ dictionaries: setup.dictionaries ?? [], bundled: setup.bundled });
  const loadMs = performance.now() - started;
  const fingerprint = coderFingerprint(coder);
  let heapPeak = 0;

  function parts(doc: Doc, input: Doc['article']): DocParts {
    const { article, ...rest } = doc;
    const out: DocParts = setup.full ? rest : { ...rest, tokens: [], dropped: [] };
    if (article !== input) out.article = article;
    return out;
  }

  function info(): WorkerInfo {
    const { used_heap_size } = getHeapStatistics();
    heapPeak = Math.max(heapPeak, used_heap_size);
    return { fingerprint, loadMs, heapUsed: used_heap_size, heapPeak };
  }

  return function runTask(task) {
    if (task.kind === 'info') return info();
    const out = task.articles.map((article): WorkerOutcome => {
      try {
        return { parts: parts(coder.code(article), article) };
      } catch (e) {
        return { error: e instanceof Error ? e.message : String(e) };
      }
    });
    heapPeak = Math.max(heapPeak, getHeapStatistics().used_heap_size);
    return out;
  };
}
