import type { Doc } from '../model/index.ts';

/** A field of `Doc` a stage reads or fills. */
export type DocField = 'text' | 'sentences' | 'tokens' | 'dateline' | 'mentions' | 'events' | 'attributes';

/**
 * One step of the pipeline: a pure function over one Doc. It declares what it reads
 * (`requires`) and what it fills (`assigns`), so a pipeline in the wrong order fails when
 * it is built, not halfway through a corpus.
 */
export interface Stage {
  name: string;
  requires: readonly DocField[];
  assigns: readonly DocField[];
  run(doc: Doc): Doc;
}
