// Precision and recall of quotes and casualty counts on test/fixtures/attributes/gold.jsonl.
// Run: node --import tsx test/attributes/gold-score.ts [--heldout] [--misses]
// (gold.test.ts checks the same figures). heldout.jsonl was written after the finders and
// scored without changing them to fit it: its figures are the less optimistic ones.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { articleAttributes } from '../../src/attributes/article.ts';
import type { Coder } from '../../src/coder/index.ts';
import type { Casualty, CasualtyKind, Quote, QuoteKind } from '../../src/model/attributes.ts';
import type { Span } from '../../src/model/index.ts';

export const GOLD = fileURLToPath(new URL('../fixtures/attributes/gold.jsonl', import.meta.url));
export const HELDOUT = fileURLToPath(new URL('../fixtures/attributes/heldout.jsonl', import.meta.url));

interface GoldQuote {
  text: string;
  kind: QuoteKind;
  /** Actor code; three letters match any sector of that country; null for a speaker with no code. */
  speaker: string | null;
  speaker_text: string;
}

interface GoldCasualty {
  kind: CasualtyKind;
  low: number | null;
  high: number | null;
  text: string;
}

export interface GoldArticle {
  id: string;
  published: string;
  text: string;
  quotes: GoldQuote[];
  casualties: GoldCasualty[];
}

export interface PR {
  tp: number;
  system: number;
  gold: number;
  precision: number;
  recall: number;
}

export function loadGold(path = GOLD): GoldArticle[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as GoldArticle);
}

function pr(tp: number, system: number, gold: number): PR {
  return { tp, system, gold, precision: system ? tp / system : 1, recall: gold ? tp / gold : 1 };
}

/** Characters shared over characters covered: two spans of the same words score 1. */
function overlap(a: Span, b: Span): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (inter <= 0) return 0;
  return inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

function spanOf(text: string, words: string): Span {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`gold words not in the text: ${words}`);
  return { start, end: start + words.length };
}

/** One-to-one pairs of gold and system items whose spans overlap by half or more, best first. */
function pairs<G, S>(
  gold: readonly G[],
  system: readonly S[],
  gs: (g: G) => Span,
  ss: (s: S) => Span,
): [G, S][] {
  const all: [number, number, number][] = [];
  gold.forEach((g, i) => {
    system.forEach((s, j) => {
      const o = overlap(gs(g), ss(s));
      if (o >= 0.5) all.push([o, i, j]);
    });
  });
  all.sort((a, b) => b[0] - a[0]);
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  const out: [G, S][] = [];
  for (const [, i, j] of all) {
    if (usedG.has(i) || usedS.has(j)) continue;
    usedG.add(i);
    usedS.add(j);
    out.push([gold[i], system[j]]);
  }
  return out;
}

/** The phrase that first named a speaker: back-references ("he", "the statement") are followed. */
function namingPhrase(quotes: readonly Quote[], q: Quote): string {
  let at = q;
  for (let guard = 0; guard < quotes.length && at.speaker?.refersTo !== undefined; guard++)
    at = quotes[at.speaker.refersTo];
  return at.speaker?.span.text ?? '';
}

function speakerMatches(g: GoldQuote, q: Quote, quotes: readonly Quote[]): boolean {
  const s = q.speaker;
  if (!s) return false;
  if (g.speaker === null) {
    const head = g.speaker_text.split(/\s+/).at(-1)!.toLowerCase();
    return namingPhrase(quotes, q).toLowerCase().includes(head);
  }
  const code = g.speaker;
  return s.actors.some((a) => (code.length === 3 ? a.country === code : a.code === code));
}

export interface GoldScore {
  quotes: PR;
  speakers: PR;
  casualties: PR;
  counts: PR;
  misses: string[];
}

/** Scores the attribute finders of `coder` on the gold articles. */
export function scoreGold(coder: Coder, articles = loadGold()): GoldScore {
  const t = { q: [0, 0, 0], sp: 0, c: [0, 0, 0], n: 0 };
  const misses: string[] = [];
  for (const a of articles) {
    const doc = coder.code({ id: a.id, text: a.text, published: a.published, lang: 'en' });
    const got = articleAttributes(doc, coder.lexicon);
    const qp = pairs(
      a.quotes,
      got.quotes,
      (g) => spanOf(a.text, g.text),
      (q) => q.span,
    );
    t.q[0] += qp.length;
    t.q[1] += got.quotes.length;
    t.q[2] += a.quotes.length;
    for (const [g, q] of qp) {
      if (speakerMatches(g, q, got.quotes)) t.sp++;
      else
        misses.push(
          `${a.id} speaker of "${g.text.slice(0, 40)}": want ${g.speaker ?? g.speaker_text}, got ${q.speaker?.span.text ?? '-'} ${q.speaker?.actors.map((x) => x.code) ?? ''}`,
        );
    }
    for (const g of a.quotes)
      if (!qp.some(([x]) => x === g)) misses.push(`${a.id} missed quote "${g.text.slice(0, 50)}"`);
    for (const q of got.quotes)
      if (!qp.some(([, x]) => x === q)) misses.push(`${a.id} extra quote "${q.span.text.slice(0, 50)}"`);
    const cp = pairs(
      a.casualties,
      got.casualties,
      (g) => spanOf(a.text, g.text),
      (c: Casualty) => c.span,
    ).filter(([g, c]) => g.kind === c.kind);
    t.c[0] += cp.length;
    t.c[1] += got.casualties.length;
    t.c[2] += a.casualties.length;
    for (const [g, c] of cp) {
      if (g.low === c.low && g.high === c.high) t.n++;
      else misses.push(`${a.id} count of "${g.text}": want ${g.low}..${g.high}, got ${c.low}..${c.high}`);
    }
    for (const g of a.casualties)
      if (!cp.some(([x]) => x === g)) misses.push(`${a.id} missed casualty ${g.kind} "${g.text}"`);
    for (const c of got.casualties)
      if (!cp.some(([, x]) => x === c)) misses.push(`${a.id} extra casualty ${c.kind} "${c.span.text}"`);
  }
  return {
    quotes: pr(t.q[0], t.q[1], t.q[2]),
    speakers: pr(t.sp, t.q[1], t.q[2]),
    casualties: pr(t.c[0], t.c[1], t.c[2]),
    counts: pr(t.n, t.c[1], t.c[2]),
    misses,
  };
}

export function formatScore(s: GoldScore): string {
  const row = (name: string, p: PR) =>
    `${name.padEnd(34)} P ${(p.precision * 100).toFixed(1).padStart(5)}%  R ${(p.recall * 100).toFixed(1).padStart(5)}%  (${p.tp} of ${p.system} found, ${p.gold} gold)`;
  return [
    row('quotes (span overlap >= 50%)', s.quotes),
    row('quotes with the right speaker', s.speakers),
    row('casualties (kind and span)', s.casualties),
    row('casualties with exact low/high', s.counts),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { createCoder } = await import('../../src/coder/index.ts');
  const score = scoreGold(createCoder(), loadGold(process.argv.includes('--heldout') ? HELDOUT : GOLD));
  console.log(formatScore(score));
  if (process.argv.includes('--misses')) for (const m of score.misses) console.log(`  ${m}`);
}
