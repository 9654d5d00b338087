import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DyadError } from '../errors.ts';
import type { Dictionaries } from './entries.ts';
import { type Problem, type SourceLine, splitLines } from './lines.ts';
import {
  parseAgents,
  parseCountries,
  parseGroups,
  parseIssues,
  parseOrganizations,
  parsePeople,
  parseVerbs,
} from './parse.ts';

/** The dictionaries shipped with Dyad. */
export const BUNDLED_DICTIONARIES = fileURLToPath(new URL('../../dictionaries', import.meta.url));

type Parser = (lines: SourceLine[], out: Dictionaries, problems: Problem[]) => void;

/** Which parser reads a file, from its place in the folder. */
function parserFor(rel: string): Parser | undefined {
  const parts = rel.split(/[\\/]/);
  const name = basename(rel);
  if (!name.endsWith('.txt')) return undefined;
  if (parts[0] === 'people') return parsePeople;
  if (parts[0] === 'verbs') return parseVerbs;
  if (name.startsWith('countries')) return parseCountries;
  if (name.startsWith('agents')) return parseAgents;
  if (name.startsWith('organizations')) return parseOrganizations;
  if (name.startsWith('issues')) return parseIssues;
  if (name.startsWith('groups')) return parseGroups;
  return undefined;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out;
}

export function emptyDictionaries(): Dictionaries {
  return { countries: [], agents: [], people: [], organizations: [], verbs: [], issues: [], groups: [] };
}

/**
 * Reads the bundled dictionaries and then each extra folder, in order. Entries keep
 * `file:line` ids relative to the folder's parent (`dictionaries/verbs/04-consult.txt:12`).
 * Bad lines become problems; the rest loads.
 */
export function loadDictionaries(
  extra: readonly string[] = [],
  opts: { bundled?: boolean } = {},
): {
  dictionaries: Dictionaries;
  problems: Problem[];
} {
  const dirs = opts.bundled === false ? [...extra] : [BUNDLED_DICTIONARIES, ...extra];
  const out = emptyDictionaries();
  const problems: Problem[] = [];
  for (const dir of dirs) {
    let files: string[];
    try {
      files = listFiles(dir);
    } catch (e) {
      throw new DyadError('DYAD_E_DICT_READ', `cannot read dictionary folder ${dir}`, { cause: e });
    }
    for (const file of files) {
      const rel = relative(dir, file);
      const parser = parserFor(rel);
      if (!parser) continue;
      const id = join(basename(dir), rel);
      parser(splitLines(id, readFileSync(file, 'utf8')), out, problems);
    }
  }
  return { dictionaries: out, problems };
}

/** Parses dictionary text given inline (tests, `--dict-text`), as if it were the file `name`. */
export function parseDictionaryText(
  name: string,
  content: string,
  out = emptyDictionaries(),
): {
  dictionaries: Dictionaries;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const parser = parserFor(name);
  if (!parser) throw new DyadError('DYAD_E_DICT_READ', `no dictionary kind for file name ${name}`);
  parser(splitLines(name, content), out, problems);
  return { dictionaries: out, problems };
}
