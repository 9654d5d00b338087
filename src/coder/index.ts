import { actorsStage } from '../actors/index.ts';
import { articleAttributes } from '../attributes/index.ts';
import { compileLexicon, type Lexicon, loadDictionaries, type Problem } from '../dict/index.ts';
import { DyadError } from '../errors.ts';
import { eventsStage } from '../events/index.ts';
import { type Article, type Doc, tooLongForArticle } from '../model/index.ts';
import { analyzeStage } from '../nlp/index.ts';
import { createPipeline, type Pipeline, type Stage } from '../pipeline/index.ts';
import { tuneJit } from './jit.ts';

export interface CoderOptions {
  /** Extra dictionary folders, read after the bundled ones. */
  dictionaries?: readonly string[];
  /** Use only `dictionaries`, not the bundled ones (tests). */
  bundled?: boolean;
  lexicon?: Lexicon;
  /** Longest article text coded, in characters (default MAX_ARTICLE_CHARS, model/article.ts). */
  maxChars?: number;
}

export interface Coder {
  lexicon: Lexicon;
  problems: Problem[];
  pipeline: Pipeline;
  code(article: Article): Doc;
}

/** Quotes, casualties, topics and sources: what an analyst reads beside the events. */
export function attributesStage(lexicon: Lexicon): Stage {
  return {
    name: 'attributes',
    requires: ['sentences', 'tokens', 'mentions', 'events'],
    assigns: ['attributes'],
    run: function attributes(doc: Doc): Doc {
      return { ...doc, ...articleAttributes(doc, lexicon) };
    },
  };
}

/** The standard pipeline: analyze → actors → events → attributes. */
export function createCoder(opts: CoderOptions = {}): Coder {
  tuneJit();
  let problems: Problem[] = [];
  let lexicon = opts.lexicon;
  if (!lexicon) {
    const loaded = loadDictionaries(opts.dictionaries ?? [], { bundled: opts.bundled });
    problems = loaded.problems;
    lexicon = compileLexicon(loaded.dictionaries);
  }
  const pipeline = createPipeline([
    analyzeStage,
    actorsStage(lexicon),
    eventsStage(lexicon),
    attributesStage(lexicon),
  ]);
  // the readers refuse such texts already; this guards the API and library callers
  function code(article: Article): Doc {
    const tooLong = tooLongForArticle(article.text.length, opts.maxChars);
    if (tooLong) throw new DyadError('DYAD_E_TOO_LARGE', `${article.id}: ${tooLong}`);
    return pipeline.run(article);
  }
  return { lexicon, problems, pipeline, code };
}
