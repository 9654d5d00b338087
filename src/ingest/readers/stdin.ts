// Standard input: sniffed like a file (a page, a feed, JSONL, a WARC, text).
import type { ReadContext } from '../context.ts';
import { readSource } from '../dispatch.ts';
import { guarded } from '../result.ts';
import { streamSource } from '../source.ts';
import type { Reader, ReadResult } from '../types.ts';

async function* readStdin(stream: AsyncIterable<Uint8Array>, ctx: ReadContext): AsyncGenerator<ReadResult> {
  const source = await streamSource('stdin', stream);
  yield* readSource(source, ctx);
}

/** Reads `ctx.stdin` (process.stdin unless a test passes another stream). */
export const stdinReader: Reader<AsyncIterable<Uint8Array> | undefined> = {
  name: 'stdin',
  read: (stream, ctx) => guarded('stdin', 'read', readStdin(stream ?? ctx.stdin ?? process.stdin, ctx)),
};
