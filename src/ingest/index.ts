// Public face of src/ingest: read files, directories, URLs, feeds, WARCs and stdin into
// articles, every failure a result naming its input.
import { stat } from 'node:fs/promises';
import { createContext, type IngestOptions, type ReadContext } from './context.ts';
import { createDeduper, type Deduper, dedupe } from './dedup.ts';
import { directoryReader } from './readers/directory.ts';
import { fileReader } from './readers/file.ts';
import { stdinReader } from './readers/stdin.ts';
import { urlReader } from './readers/url.ts';
import { failure } from './result.ts';
import type { ReadResult } from './types.ts';

export { canonicalUrl, domainOf } from './canonical.ts';
export { cleanText } from './clean.ts';
export { createContext, type FeedReport, type IngestOptions, type ReadContext } from './context.ts';
export { createDeduper, type Deduper, dedupe } from './dedup.ts';
export { readSource } from './dispatch.ts';
export { type FeedState, type FeedStates, fileFeedStates, memoryFeedStates } from './feed-state.ts';
export { createFetcher, FETCH_DEFAULTS, type Fetcher, type FetchOptions } from './fetch.ts';
export { contentId, storyFingerprint } from './hash.ts';
export { detectLanguage } from './language.ts';
export { bytesSource, fileSource } from './source.ts';
export type { ArticleSource, IngestArticle, IngestError, Reader, ReadResult, Source } from './types.ts';

const URL_INPUT = /^https?:\/\//i;

/** One input string: `-` is stdin, `http(s)://…` a URL, anything else a file or directory. */
export async function* readInput(input: string, ctx: ReadContext): AsyncGenerator<ReadResult> {
  if (input === '-') {
    yield* stdinReader.read(undefined, ctx);
    return;
  }
  if (URL_INPUT.test(input)) {
    yield* urlReader.read(input, ctx);
    return;
  }
  let isDir: boolean;
  try {
    isDir = (await stat(input)).isDirectory();
  } catch (e) {
    yield failure(
      input,
      'read',
      'DYAD_E_INPUT',
      `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
    );
    return;
  }
  yield* isDir ? directoryReader.read(input, ctx) : fileReader.read({ path: input }, ctx);
}

export interface ReadInputsOptions extends IngestOptions {
  /** Shared across calls to recognise stories already read (`dyad watch` keeps one). */
  deduper?: Deduper;
  /** An existing context (its fetched-URL set is shared); built from the options if absent. */
  context?: ReadContext;
}

/**
 * Every article and every error from the inputs, in order, stories already seen in the run
 * marked `duplicateOf`. Never throws for bad input; no input given means stdin.
 */
export function readInputs(
  inputs: readonly string[],
  opts: ReadInputsOptions = {},
): AsyncIterable<ReadResult> {
  const ctx = opts.context ?? createContext(opts);
  const list = inputs.length === 0 ? ['-'] : inputs;
  async function* all(): AsyncGenerator<ReadResult> {
    for (const input of list) yield* readInput(input, ctx);
  }
  return dedupe(all(), opts.deduper ?? createDeduper());
}
