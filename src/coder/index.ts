import { actorsStage } from '../actors/index.ts';
import { compileLexicon, type Lexicon, loadDictionaries, type Problem } from '../dict/index.ts';
import { eventsStage } from '../events/index.ts';
import type { Article, Doc } from '../model/index.ts';
import { analyzeStage } from '../nlp/index.ts';
import { createPipeline, type Pipeline } from '../pipeline/index.ts';

export interface CoderOptions {
  /** Extra dictionary folders, read after the bundled ones. */
  dictionaries?: readonly string[];
  /** Use only `dictionaries`, not the bundled ones (tests). */
  bundled?: boolean;
  lexicon?: Lexicon;
}

export interface Coder {
  lexicon: Lexicon;
  problems: Problem[];
  pipeline: Pipeline;
  code(article: Article): Doc;
}

/** The standard pipeline: analyze → actors → events. */
export function createCoder(opts: CoderOptions = {}): Coder {
  let problems: Problem[] = [];
  let lexicon = opts.lexicon;
  if (!lexicon) {
    const loaded = loadDictionaries(opts.dictionaries ?? [], { bundled: opts.bundled });
    problems = loaded.problems;
    lexicon = compileLexicon(loaded.dictionaries);
  }
  const pipeline = createPipeline([analyzeStage, actorsStage(lexicon), eventsStage(lexicon)]);
  return { lexicon, problems, pipeline, code: (article) => pipeline.run(article) };
}
