import { DyadError } from '../errors.ts';
import type { Article, Doc } from '../model/index.ts';
import type { DocField, Stage } from './stage.ts';

export interface Pipeline {
  stages: readonly Stage[];
  run(article: Article): Doc;
}

/** Builds a pipeline, checking that every stage's inputs are assigned by an earlier one. */
export function createPipeline(stages: readonly Stage[]): Pipeline {
  const available = new Set<DocField>(['text']);
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) {
      throw new DyadError('DYAD_E_PIPELINE_DUPLICATE', `stage "${stage.name}" appears twice`);
    }
    names.add(stage.name);
    const missing = stage.requires.filter((f) => !available.has(f));
    if (missing.length > 0) {
      throw new DyadError(
        'DYAD_E_PIPELINE_ORDER',
        `stage "${stage.name}" requires ${missing.join(', ')}, which no earlier stage assigns`,
      );
    }
    for (const f of stage.assigns) available.add(f);
  }
  return {
    stages,
    run: function runPipeline(article: Article): Doc {
      let doc = emptyDoc(article);
      for (const stage of stages) doc = stage.run(doc);
      return doc;
    },
  };
}

export function emptyDoc(article: Article): Doc {
  return { article, sentences: [], tokens: [], mentions: [], events: [], dropped: [], messages: [] };
}
