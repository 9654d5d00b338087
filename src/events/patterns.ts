import type { Lexicon, PatternWord, VerbPattern } from '../dict/index.ts';
import type { Token } from '../model/index.ts';
import { BOUNDARY, skippable } from './words.ts';

/** A verb pattern found in a sentence. */
export interface PatternMatch {
  pattern: VerbPattern;
  /** Token index of the anchor (the pattern's first word). */
  anchor: number;
  /** Token indices of every matched word, in order. */
  positions: number[];
  /** Token index where a `$` slot expects the target, if the pattern has one. */
  targetAt?: number;
  /** The complement pattern whose code specialized this one ("agreed to provide aid"). */
  specializedBy?: string;
  /** Why the code differs from the pattern's own ("will visit" → intent). */
  recoded?: string;
}

const GAP = 4;
const SKIP = 3;
/** Room for a target actor phrase in a `$` slot before the next pattern word. */
const SLOT = 8;

function wordMatches(words: readonly string[], t: Token, forms?: ReadonlySet<string>): boolean {
  if (forms) return forms.has(t.lower) || forms.has(t.lemma);
  return words.includes(t.lemma) || words.includes(t.lower);
}

/** Matches a pattern word at token j; returns the index of its last token, or -1. */
function wordAt(
  w: Extract<PatternWord, { type: 'word' }>,
  tokens: readonly Token[],
  j: number,
  end: number,
): number {
  if (!w.runs) return wordMatches(w.words, tokens[j], w.forms) ? j : -1;
  let best = -1;
  for (const run of w.runs) {
    if (j + run.length > end) continue;
    let ok = true;
    for (let k = 0; k < run.length && ok; k++) ok = wordMatches([run[k]], tokens[j + k], w.forms);
    if (ok && j + run.length - 1 > best) best = j + run.length - 1;
  }
  return best;
}

/** Tries one pattern at anchor `a`; tokens `[a, end)` are the sentence's rest. */
export function matchPattern(
  p: VerbPattern,
  tokens: readonly Token[],
  a: number,
  end: number,
): PatternMatch | undefined {
  const first = p.words[0];
  if (first.type !== 'word') return undefined;
  const firstEnd = wordAt(first, tokens, a, end);
  if (firstEnd < 0) return undefined;
  const positions = [a];
  for (let k = a + 1; k <= firstEnd; k++) positions.push(k);
  let pos = firstEnd;
  let room = 0; // extra tokens allowed before the next word (a gap or a target slot)
  let targetAt: number | undefined;
  for (let k = 1; k < p.words.length; k++) {
    const w = p.words[k];
    if (w.type === 'gap') {
      room = Math.max(room, GAP);
      continue;
    }
    if (w.type === 'target') {
      targetAt = pos + 1;
      room = Math.max(room, SLOT);
      continue;
    }
    let found = -1;
    let foundEnd = -1;
    for (let j = pos + 1; j < end && j <= pos + 1 + Math.max(room, SKIP); j++) {
      const t = tokens[j];
      if (BOUNDARY.has(t.text)) break;
      const e = wordAt(w, tokens, j, end);
      if (e >= 0) {
        found = j;
        foundEnd = e;
        break;
      }
      if (room === 0 && !skippable(t)) break;
      if (room > 0 && j - pos > room && !skippable(t)) break;
    }
    if (found < 0) return undefined;
    for (let k = found; k <= foundEnd; k++) positions.push(k);
    pos = foundEnd;
    room = 0;
  }
  const m: PatternMatch = { pattern: p, anchor: a, positions };
  if (targetAt !== undefined) m.targetAt = targetAt;
  return m;
}

/** Every pattern match in tokens `[from, to)`, before overlaps are resolved. */
export function findPatterns(
  lexicon: Lexicon,
  tokens: readonly Token[],
  from: number,
  to: number,
): PatternMatch[] {
  const out: PatternMatch[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.pos === 'ADJ') continue; // "free-trade pact", "joint" are not acts
    const byLemma = lexicon.anchorIndex.get(t.lemma);
    const byLower = t.lower !== t.lemma ? lexicon.anchorIndex.get(t.lower) : undefined;
    if (!byLemma && !byLower) continue;
    const tried = new Set<VerbPattern>();
    const attempt = (p: VerbPattern) => {
      if (tried.has(p)) return;
      tried.add(p);
      const m = matchPattern(p, tokens, i, to);
      if (m) out.push(m);
    };
    for (const index of [byLemma, byLower]) {
      if (!index) continue;
      for (const p of index.always) attempt(p);
      // only patterns whose second word occurs within reach of the anchor
      for (let j = i + 1; j < to && j <= i + REACH; j++) {
        const a = index.bySecond.get(tokens[j].lower);
        if (a) for (const p of a) attempt(p);
        if (tokens[j].lemma !== tokens[j].lower) {
          const b2 = index.bySecond.get(tokens[j].lemma);
          if (b2) for (const p of b2) attempt(p);
        }
      }
    }
  }
  return out;
}

/** How far after its anchor a pattern's second word may be (a run, skipped words, a gap or a slot). */
const REACH = 14;

/**
 * Keeps the heaviest pattern where matches overlap (more words first, then earlier anchor,
 * then earlier dictionary line). Guards win like any pattern and are returned too.
 */
export function resolveOverlaps(matches: PatternMatch[]): PatternMatch[] {
  const sorted = [...matches].sort(
    (x, y) =>
      y.pattern.weight - x.pattern.weight ||
      x.anchor - y.anchor ||
      x.pattern.id.localeCompare(y.pattern.id, 'en', { numeric: true }),
  );
  const kept: PatternMatch[] = [];
  for (const m of sorted) {
    const lo = m.positions[0];
    const hi = m.positions.at(-1)!;
    const clash = kept.some((k) => {
      const klo = k.positions[0];
      const khi = k.positions.at(-1)!;
      return (
        lo <= khi &&
        klo <= hi &&
        (k.positions.some((p) => m.positions.includes(p)) || (lo >= klo && hi <= khi))
      );
    });
    if (!clash) kept.push(m);
  }
  return kept.sort((x, y) => x.anchor - y.anchor);
}
