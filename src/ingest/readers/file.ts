// One file: its first bytes decide the reader; big WARC and JSONL files are streamed.
import { basename, extname } from 'node:path';
import type { ReadContext } from '../context.ts';
import { readSource } from '../dispatch.ts';
import { failure, guarded } from '../result.ts';
import { fileSource } from '../source.ts';
import type { Reader, ReadResult } from '../types.ts';

export interface FileInput {
  path: string;
  /** The article id for a one-article file; the file name without extension by default. */
  id?: string;
}

/** `a/b/story.html.gz` → `story` style ids: the name without its last extension. */
export function fileId(path: string): string {
  return basename(path, extname(path));
}

async function* readFile(input: FileInput, ctx: ReadContext): AsyncGenerator<ReadResult> {
  let source: Awaited<ReturnType<typeof fileSource>>;
  try {
    source = await fileSource(input.path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    yield failure(input.path, 'read', 'DYAD_E_INPUT', `cannot be read (${code})`);
    return;
  }
  source.id = input.id ?? fileId(input.path);
  yield* readSource(source, ctx);
}

export const fileReader: Reader<FileInput> = {
  name: 'file',
  read: (input, ctx) => guarded(input.path, 'read', readFile(input, ctx)),
};
