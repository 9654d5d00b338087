// Synthetic wire-style articles for crash tests and benchmarks: a few sentence templates
// with varied actors, verbs, places and dates, written for this project. Several outlets
// report the same story in different words, so stories become multi-article clusters.
// The actors and verbs are those of test/fixtures/dict, so coding them needs no bundled
// dictionary.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng } from './rng.ts';

export const FIXTURE_DICT = fileURLToPath(new URL('../fixtures/dict', import.meta.url));

const ACTORS = [
  'Pakistan',
  'the United States',
  'Afghanistan',
  'Iran',
  'the Kremlin',
  'France',
  'Pakistani troops',
  'Iranian police',
  'American troops',
  'the United Nations',
  'Washington',
  'Islamabad',
  'Kabul',
  'Paris',
];

const VERBS: [string, string][] = [
  ['praised', 'for its restraint'],
  ['accused', 'of violating the truce'],
  ['attacked', 'near the border'],
  ['threatened', 'with new measures'],
  ['imposed sanctions on', 'over the dispute'],
];

const OUTLETS = ['dawn.com', 'reuters.com', 'apnews.com', 'aljazeera.com', 'france24.com', 'tolonews.com'];
const PLACES = ['Islamabad', 'Kabul', 'Tehran', 'Paris', 'Geneva', 'Doha'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const LEADS = [
  (a: string, v: string, b: string, tail: string, day: string) =>
    `${cap(a)} ${v} ${b} ${tail} on ${day}, officials said.`,
  (a: string, v: string, b: string, tail: string, day: string) => `On ${day}, ${a} ${v} ${b} ${tail}.`,
  (a: string, v: string, b: string, tail: string) => `${cap(a)} ${v} ${b} ${tail}, according to a statement.`,
];

const FILLER = [
  (p: string) => `The talks in ${p} were expected to continue next week.`,
  (p: string) => `Diplomats in ${p} declined to comment on the details.`,
  (p: string) => `Analysts in ${p} said the move could raise tensions in the region.`,
];

function cap(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

export interface SyntheticArticle {
  id: string;
  date: string;
  url: string;
  source: string;
  title: string;
  text: string;
}

/**
 * `n` articles (about a third report a story another outlet also reported). Without
 * `withFiller` they are shorter (headline, lead, dateline), so coding them is quicker.
 */
export function syntheticArticles(n: number, seed = 1, withFiller = true): SyntheticArticle[] {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const out: SyntheticArticle[] = [];
  for (let story = 0; out.length < n; story++) {
    const a = pick(ACTORS);
    let b = pick(ACTORS);
    if (b === a) b = 'France';
    const [verb, tail] = pick(VERBS);
    const day = 1 + Math.floor(rand() * 28);
    const month = 1 + Math.floor(rand() * 6);
    const date = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const weekday =
      WEEKDAYS[
        new Date(`${date}T00:00:00Z`).getUTCDay() === 0 ? 6 : new Date(`${date}T00:00:00Z`).getUTCDay() - 1
      ];
    const reports = rand() < 0.35 ? 2 + Math.floor(rand() * 3) : 1;
    for (let r = 0; r < reports && out.length < n; r++) {
      const outlet = OUTLETS[(story + r) % OUTLETS.length];
      const place = pick(PLACES);
      const lead = LEADS[(story + r) % LEADS.length](a, verb, b, tail, weekday);
      const lines = [`${cap(a)} and ${b}: story ${story}`, lead];
      if (withFiller) lines.push(pick(FILLER)(place));
      lines.push(`Filed from ${place} (story ${story}, report ${r}).`);
      const text = lines.join('\n');
      out.push({
        id: `s${story}-r${r}`,
        date,
        url: `https://www.${outlet}/world/${story}-${r}`,
        source: outlet,
        title: `${cap(a)} ${verb} ${b}`,
        text,
      });
    }
  }
  return out;
}

/** Writes the articles as JSONL files of `perFile` lines; returns their paths. */
export function writeJsonl(dir: string, articles: readonly SyntheticArticle[], perFile = 500): string[] {
  const files: string[] = [];
  for (let i = 0; i < articles.length; i += perFile) {
    const file = join(dir, `articles-${files.length}.jsonl`);
    writeFileSync(
      file,
      `${articles
        .slice(i, i + perFile)
        .map((a) => JSON.stringify(a))
        .join('\n')}\n`,
    );
    files.push(file);
  }
  return files;
}
