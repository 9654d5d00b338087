// Sources: bytes in memory, a file on disk (streamed), a one-shot stream such as stdin.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { DyadError } from '../errors.ts';
import type { Hints, Source } from './types.ts';

/** How much of an input is looked at to decide what it is. */
export const HEAD_BYTES = 64 * 1024;

export interface SourceMeta {
  contentType?: string;
  url?: string;
  hints?: Hints;
}

function tooLarge(name: string, max: number): DyadError {
  return new DyadError('DYAD_E_TOO_LARGE', `${name}: larger than ${max} bytes`);
}

/** Concatenates chunks, failing as soon as the total passes `max`. */
export async function collect(
  name: string,
  chunks: AsyncIterable<Uint8Array>,
  max: number,
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const c of chunks) {
    total += c.byteLength;
    if (total > max) throw tooLarge(name, max);
    parts.push(c);
  }
  return Buffer.concat(parts, total);
}

export function bytesSource(name: string, bytes: Uint8Array, meta: SourceMeta = {}): Source {
  return {
    name,
    ...meta,
    head: bytes.subarray(0, HEAD_BYTES),
    async *chunks() {
      yield bytes;
    },
    async bytes(max) {
      if (bytes.byteLength > max) throw tooLarge(name, max);
      return bytes;
    },
  };
}

/** A file, read lazily: only its head is read until a reader asks for more. */
export async function fileSource(path: string, meta: SourceMeta = {}): Promise<Source> {
  const fh = await open(path, 'r');
  let head: Uint8Array;
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await fh.read(buf, 0, HEAD_BYTES, 0);
    head = buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
  const chunks = () => createReadStream(path) as AsyncIterable<Uint8Array>;
  return { name: path, ...meta, head, chunks, bytes: (max) => collect(path, chunks(), max) };
}

/** A stream that can be read once (stdin): the head is buffered, then handed on with the rest. */
export async function streamSource(
  name: string,
  stream: AsyncIterable<Uint8Array>,
  meta: SourceMeta = {},
): Promise<Source> {
  const it = stream[Symbol.asyncIterator]();
  const first: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < HEAD_BYTES) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    first.push(r.value);
    size += r.value.byteLength;
  }
  const buffered = Buffer.concat(first, size);
  let used = false;
  async function* chunks(): AsyncGenerator<Uint8Array> {
    if (used) throw new DyadError('DYAD_E_INPUT', `${name}: a stream can be read only once`);
    used = true;
    if (buffered.byteLength > 0) yield buffered;
    if (done) return;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield r.value;
    }
  }
  return {
    name,
    ...meta,
    head: buffered.subarray(0, HEAD_BYTES),
    chunks,
    bytes: (max) => collect(name, chunks(), max),
  };
}
