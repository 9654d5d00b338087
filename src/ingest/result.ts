// Building results and keeping the promise that readers never throw.
import { DyadError, type ErrorCode } from '../errors.ts';
import type { IngestError, IngestStage, ReadResult } from './types.ts';

export function failure(input: string, stage: IngestStage, code: ErrorCode, message: string): ReadResult {
  return { ok: false, error: { input, stage, code, message } };
}

/** An error thrown inside a reader as an IngestError: DyadErrors keep their code. */
export function errorFrom(input: string, stage: IngestStage, e: unknown): IngestError {
  if (e instanceof DyadError) {
    const message = e.message.startsWith(`${e.code}: `) ? e.message.slice(e.code.length + 2) : e.message;
    return { input, stage, code: e.code, message };
  }
  const message = e instanceof Error ? e.message : String(e);
  return { input, stage, code: 'DYAD_E_INGEST', message };
}

/**
 * Runs a reader's stream so that nothing escapes it: a throw becomes one error result
 * naming the input, and the results before it are kept.
 */
export async function* guarded(
  input: string,
  stage: IngestStage,
  results: AsyncIterable<ReadResult>,
): AsyncGenerator<ReadResult> {
  try {
    yield* results;
  } catch (e) {
    yield { ok: false, error: errorFrom(input, stage, e) };
  }
}
