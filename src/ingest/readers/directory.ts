// A directory, recursively, in name order: every file is sniffed and read by the reader
// that fits its content, whatever its extension. Hidden entries are skipped, symbolic
// links to directories are not followed (no cycles), binary and empty files are passed
// over (a folder of articles holds images too) and counted in the log line.
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import type { ReadContext } from '../context.ts';
import { kindOf, readSource } from '../dispatch.ts';
import { failure, guarded } from '../result.ts';
import { fileSource } from '../source.ts';
import type { Reader, ReadResult } from '../types.ts';

async function* files(dir: string): AsyncGenerator<string | { error: string; path: string }> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield { path: dir, error: (e as NodeJS.ErrnoException).code ?? 'error' };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* files(path);
    else if (e.isFile() || e.isSymbolicLink()) yield path;
  }
}

/** A file's id inside the directory: its relative path without extension, `/`-separated. */
function idInside(root: string, path: string): string {
  const rel = relative(root, path);
  return rel
    .slice(0, rel.length - extname(rel).length)
    .split(sep)
    .join('/');
}

async function* readDirectory(root: string, ctx: ReadContext): AsyncGenerator<ReadResult> {
  let read = 0;
  let skipped = 0;
  for await (const f of files(root)) {
    if (typeof f !== 'string') {
      yield failure(f.path, 'read', 'DYAD_E_INPUT', `directory cannot be read (${f.error})`);
      continue;
    }
    let source: Awaited<ReturnType<typeof fileSource>>;
    try {
      source = await fileSource(f);
    } catch (e) {
      // A link to a directory (not followed), a dangling link, a file removed while walking.
      const code = (e as NodeJS.ErrnoException).code ?? 'error';
      if (code !== 'EISDIR') yield failure(f, 'read', 'DYAD_E_INPUT', `cannot be read (${code})`);
      continue;
    }
    const kind = kindOf(source);
    if (kind === 'binary' || kind === 'empty') {
      skipped++;
      continue;
    }
    read++;
    source.id = idInside(root, f);
    yield* readSource(source, ctx);
  }
  ctx.log(`${root}: ${read} files read, ${skipped} skipped (binary or empty)`);
}

export const directoryReader: Reader<string> = {
  name: 'directory',
  read: (dir, ctx) => guarded(dir, 'read', readDirectory(dir, ctx)),
};
