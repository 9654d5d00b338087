import { DyadError } from '../errors.ts';
import { isReligion } from '../ontology/groups.ts';
import { isSector } from '../ontology/sectors.ts';
import type {
  AgentKind,
  CountryKind,
  Dictionaries,
  GroupEntry,
  GroupKind,
  IssueEntry,
  OrganizationEntry,
  PatternWord,
  PersonEntry,
  VerbPattern,
} from './entries.ts';
import { type Problem, parseRange, phrases, type SourceLine } from './lines.ts';

const COUNTRY_KINDS = new Set<CountryKind>(['name', 'demonym', 'people', 'capital', 'seat']);
const AGENT_KINDS = new Set<AgentKind>(['title', 'body', 'group', 'member']);

function syntax(line: SourceLine, message: string): Problem {
  return { id: line.id, code: 'syntax', message };
}

export function parseCountries(lines: SourceLine[], out: Dictionaries, problems: Problem[]): void {
  for (const line of lines) {
    const [code, kind, list] = line.columns;
    if (!/^[A-Z]{3}$/.test(code ?? '') || !COUNTRY_KINDS.has(kind as CountryKind) || !list) {
      problems.push(
        syntax(line, 'expected "CODE  KIND  PHRASE | PHRASE" with KIND name|demonym|people|capital|seat'),
      );
      continue;
    }
    for (const phrase of phrases(list))
      out.countries.push({ id: line.id, code, kind: kind as CountryKind, phrase });
  }
}

export function parseAgents(lines: SourceLine[], out: Dictionaries, problems: Problem[]): void {
  for (const line of lines) {
    const [sector, kind, list] = line.columns;
    if (!sector || !AGENT_KINDS.has(kind as AgentKind) || !list) {
      problems.push(
        syntax(line, 'expected "SECTOR  KIND  PHRASE | PHRASE" with KIND title|body|group|member'),
      );
      continue;
    }
    if (!isSector(sector)) {
      problems.push({ id: line.id, code: 'unknown-code', message: `unknown sector ${sector}` });
      continue;
    }
    for (const phrase of phrases(list))
      out.agents.push({ id: line.id, sector, kind: kind as AgentKind, phrase });
  }
}

export function parsePeople(lines: SourceLine[], out: Dictionaries, problems: Problem[]): void {
  let current: PersonEntry | undefined;
  for (const line of lines) {
    if (!line.indented) {
      const names = phrases(line.text);
      if (names.length === 0) {
        problems.push(syntax(line, 'expected a name line "Full Name | Alias"'));
        current = undefined;
        continue;
      }
      current = { id: line.id, name: names[0], names, offices: [], ambiguous: 'ambiguous' in line.options };
      out.people.push(current);
      continue;
    }
    if (!current) {
      problems.push(syntax(line, 'an office line must follow a name line'));
      continue;
    }
    const [code, range, ...title] = line.columns;
    if (!/^[A-Z]{3}[A-Z]{0,3}$/.test(code ?? '') || !range) {
      problems.push(syntax(line, 'expected "  CODE  FROM..TO  OFFICE"'));
      continue;
    }
    try {
      current.offices.push({ id: line.id, code, title: title.join(' '), ...parseRange(range) });
    } catch (e) {
      problems.push({
        id: line.id,
        code: 'bad-date',
        message: e instanceof DyadError ? e.message : String(e),
      });
    }
  }
}

export function parseOrganizations(lines: SourceLine[], out: Dictionaries, problems: Problem[]): void {
  for (const line of lines) {
    const [code, list] = line.columns;
    if (!/^[A-Z]{3,9}$/.test(code ?? '') || !list) {
      problems.push(syntax(line, 'expected "CODE  PHRASE | PHRASE"'));
      continue;
    }
    let range = {};
    if (line.options.dates) {
      try {
        range = parseRange(line.options.dates);
      } catch (e) {
        problems.push({
          id: line.id,
          code: 'bad-date',
          message: e instanceof DyadError ? e.message : String(e),
        });
        continue;
      }
    }
    const sector = line.options.sector;
    if (sector !== undefined && !isSector(sector)) {
      problems.push({ id: line.id, code: 'unknown-code', message: `unknown sector ${sector}` });
      continue;
    }
    for (const phrase of phrases(list)) {
      const entry: OrganizationEntry = { id: line.id, code, phrase, kind: line.options.kind, ...range };
      if (sector) entry.sector = sector;
      out.organizations.push(entry);
    }
  }
}

export function parseIssues(lines: SourceLine[], out: Dictionaries, problems: Problem[]): void {
  for (const line of lines) {
    const [context, list] = line.columns;
    if (!context || !list) {
      problems.push(syntax(line, 'expected "CONTEXT  PHRASE | PHRASE"'));
      continue;
    }
    for (const phrase of phrases(list))
      out.issues.push({ id: line.id, context, phrase } satisfies IssueEntry);
  }
}

const GROUP_KINDS = new Set<GroupKind>(['ethnic', 'religion']);

export function parseGroups(lines: SourceLine[], out: Dictionaries, problems: Problem[]): void {
  for (const line of lines) {
    const [code, kind, list] = line.columns;
    if (!/^[A-Z]{3}$/.test(code ?? '') || !GROUP_KINDS.has(kind as GroupKind) || !list) {
      problems.push(syntax(line, 'expected "CODE  KIND  PHRASE | PHRASE" with KIND ethnic|religion'));
      continue;
    }
    if ((kind === 'religion') !== isReligion(code)) {
      problems.push({
        id: line.id,
        code: 'unknown-code',
        message:
          kind === 'religion'
            ? `${code} is not a CAMEO religion code`
            : `${code} is a religion code, not ethnic`,
      });
      continue;
    }
    for (const phrase of phrases(list))
      out.groups.push({ id: line.id, code, kind: kind as GroupKind, phrase } satisfies GroupEntry);
  }
}

export function parseVerbs(lines: SourceLine[], out: Dictionaries, problems: Problem[]): void {
  for (const line of lines) {
    const [code, ...rest] = line.columns;
    const source = rest.join(' ').trim();
    if (!/^(\d{2,4}|---)$/.test(code ?? '') || source === '') {
      problems.push(syntax(line, 'expected "CODE  PATTERN" with a 2-4 digit CAMEO code or ---'));
      continue;
    }
    const words = parsePattern(source);
    if (typeof words === 'string') {
      problems.push(syntax(line, words));
      continue;
    }
    const o = line.options;
    const pattern: VerbPattern = {
      id: line.id,
      code,
      source,
      words,
      weight: words.reduce(
        (n, w) => n + (w.type !== 'word' ? 0 : w.runs ? Math.min(...w.runs.map((r) => r.length)) : 1),
        0,
      ),
      symmetric: 'symmetric' in o,
      contexts: o.context ? o.context.split(',').filter(Boolean) : [],
      passive: 'passive' in o,
    };
    if (o.mode) pattern.mode = o.mode;
    if ('slot-only' in o) pattern.slotOnly = true;
    if ('reversed' in o) pattern.reversed = true;
    if ('noun' in o) pattern.noun = true;
    if ('verb' in o) pattern.verb = true;
    if ('mutual' in o) pattern.mutual = true;
    out.verbs.push(pattern);
  }
}

/** Parses a verb pattern into words; returns an error message when it is malformed. */
export function parsePattern(source: string): PatternWord[] | string {
  const words: PatternWord[] = [];
  const norm = (w: string) => w.trim().toLowerCase().replace(/[’‘]/g, "'");
  let i = 0;
  const s = source.trim();
  while (i < s.length) {
    if (/\s/.test(s[i])) {
      i++;
      continue;
    }
    if (s[i] === '(') {
      const close = s.indexOf(')', i);
      if (close < 0) return `unbalanced ( in ${s.slice(i)}`;
      const alts = s
        .slice(i + 1, close)
        .split('|')
        .map(norm);
      if (alts.some((a) => a === '' || /[()]/.test(a)))
        return `bad alternative group ${s.slice(i, close + 1)}`;
      const runs = alts.map((a) => a.split(/\s+/));
      const w: PatternWord = { type: 'word', words: runs.map((r) => r[0]) };
      if (runs.some((r) => r.length > 1)) w.runs = runs;
      words.push(w);
      i = close + 1;
      continue;
    }
    let j = i;
    while (j < s.length && !/\s/.test(s[j])) j++;
    const raw = s.slice(i, j);
    i = j;
    if (raw === '*') words.push({ type: 'gap' });
    else if (raw === '$') words.push({ type: 'target' });
    else if (/[()|]/.test(raw)) return `unbalanced ( | ) in ${raw}`;
    else words.push({ type: 'word', words: [norm(raw)] });
  }
  if (words[0]?.type !== 'word') return 'a pattern must start with a word (its anchor)';
  if (words.at(-1)?.type === 'gap') return 'a pattern cannot end with *';
  return words;
}
