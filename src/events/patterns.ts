import type { Lexicon, PatternWord, VerbPattern } from '../dict/index.ts';
import type { Token } from '../model/index.ts';
import { BOUNDARY, MODALS, STATIVE_PARTICIPLES, skippable } from './words.ts';

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
  /**
   * The anchor is a participle wink tagged ADJ but used verbally ("were apprehended",
   * "a convoy looted by militants", "has pressured"): the voice it was read with.
   */
  participle?: 'active' | 'passive';
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
    let t = tokens[i];
    let view = tokens;
    let participle: PatternMatch['participle'];
    if (t.pos === 'ADJ') {
      // "free-trade pact", "joint", "the alleged attack" are not acts; "were apprehended" is
      participle = verbalParticiple(tokens, i, from, to);
      if (!participle) continue;
      const stem = participleStems(t.lower).find((w) => lexicon.anchorIndex.has(w));
      if (!stem) continue;
      t = { ...t, lemma: stem, pos: 'VERB' };
      const copy = tokens.slice();
      copy[i] = t;
      view = copy;
    }
    const byLemma = lexicon.anchorIndex.get(t.lemma);
    const byLower = t.lower !== t.lemma ? lexicon.anchorIndex.get(t.lower) : undefined;
    if (!byLemma && !byLower) continue;
    if (!participle && t.pos === 'VERB' && reducedPassive(tokens, i, from, to)) participle = 'passive';
    const tried = new Set<VerbPattern>();
    const attempt = (p: VerbPattern) => {
      if (tried.has(p)) return;
      tried.add(p);
      const m = matchPattern(p, view, i, to);
      if (m) {
        if (participle) m.participle = participle;
        out.push(m);
      }
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

/** Irregular past participles a dictionary verb may take. */
const IRREGULAR_PARTICIPLES: Record<string, string> = {
  beaten: 'beat',
  taken: 'take',
  shot: 'shoot',
  held: 'hold',
  hit: 'hit',
  struck: 'strike',
  stricken: 'strike',
  driven: 'drive',
  given: 'give',
  sent: 'send',
  caught: 'catch',
  seen: 'see',
  slain: 'slay',
  stolen: 'steal',
  overthrown: 'overthrow',
  thrown: 'throw',
  sought: 'seek',
  fought: 'fight',
  brought: 'bring',
  led: 'lead',
  met: 'meet',
  bitten: 'bite',
  forbidden: 'forbid',
  withdrawn: 'withdraw',
  shaken: 'shake',
  freed: 'free',
};

/** The base forms a past participle may come from: "looted" → loot, "quelled" → quell, "liberated" → liberate. */
export function participleStems(lower: string): string[] {
  const irregular = IRREGULAR_PARTICIPLES[lower];
  if (irregular) return [irregular];
  const out: string[] = [];
  if (lower.endsWith('ied') && lower.length > 4) out.push(`${lower.slice(0, -3)}y`);
  if (lower.endsWith('ed') && lower.length > 4) {
    const base = lower.slice(0, -2);
    out.push(base, lower.slice(0, -1));
    if (base.at(-1) === base.at(-2)) out.push(base.slice(0, -1));
  } else if (lower.endsWith('en') && lower.length > 4) out.push(lower.slice(0, -2), lower.slice(0, -1));
  return out;
}

/** A passive agent or the place, time or circumstance of a reduced passive: "killed in Ukraine". */
const AFTER_REDUCED = new Set([
  'by',
  'in',
  'on',
  'at',
  'during',
  'near',
  'after',
  'since',
  'outside',
  'inside',
  'across',
  'overnight',
  'yesterday',
  'last',
  'earlier',
]);
/** Adverbs that may sit between an auxiliary and its participle: "were reportedly beheaded". */
const ADVERBIAL = new Set(['ADV', 'PART']);

/**
 * Whether an ADJ-tagged participle at `i` is used as a verb, and in which voice:
 * "were apprehended", "has been mediated" (passive), "has pressured Pakistan" (active),
 * "10 soldiers killed in …", "a convoy attacked by militants" (reduced passive).
 * "the alleged attack", "an armed group", "the injured", "concerned citizens" are adjectives.
 */
export function verbalParticiple(
  tokens: readonly Token[],
  i: number,
  from: number,
  to: number,
): PatternMatch['participle'] {
  const t = tokens[i];
  if (participleStems(t.lower).length === 0 || STATIVE_PARTICIPLES.has(t.lower)) return undefined;
  const next = i + 1 < to ? tokens[i + 1] : undefined;
  // an adjective before its noun: "the looted shops", "alleged abuses"
  if (
    next &&
    (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ') &&
    !isAuxBefore(tokens, i, from)
  )
    return undefined;
  let k = i - 1;
  while (k >= from && ADVERBIAL.has(tokens[k].pos) && !BOUNDARY.has(tokens[k].text)) k--;
  if (k >= from) {
    const p = tokens[k];
    if (p.lemma === 'be' || p.lemma === 'get') return 'passive';
    if (p.lemma === 'have' && (p.pos === 'AUX' || p.pos === 'VERB')) {
      // "would have pressured", "could have liberated": a counterfactual, not an act
      const before = tokens[k - 1];
      if (k - 1 >= from && (before.lower === 'would' || MODALS.has(before.lower))) return undefined;
      // "had liberated itself": no one is acted on
      if (next?.lower === 'itself' || next?.lower === 'themselves') return undefined;
      return 'active';
    }
  }
  if (!next) return undefined;
  const prev = tokens[i - 1];
  if (!prev || i - 1 < from) return undefined;
  // "protesters arrested by police", "10 soldiers killed in Ukraine"
  if ((prev.pos === 'NOUN' || prev.pos === 'PROPN') && AFTER_REDUCED.has(next.lower)) return 'passive';
  // "talks, mediated by Qatar"
  if (next.lower === 'by' && prev.pos !== 'DET') return 'passive';
  return undefined;
}

/** A verb-tagged participle right after its noun with a by-agent: "a convoy attacked by militants". */
function reducedPassive(tokens: readonly Token[], i: number, from: number, to: number): boolean {
  if (i - 1 < from || i + 2 >= to) return false;
  const t = tokens[i];
  if (!t.lower.endsWith('ed') && !IRREGULAR_PARTICIPLES[t.lower]) return false;
  if (tokens[i - 1].pos !== 'NOUN' || tokens[i + 1].lower !== 'by') return false;
  // "agreed by a vote of", "approved by Tuesday": a measure or a deadline, not an agent
  const after = tokens[i + 2];
  return after.pos !== 'NUM' && !TIME_WORDS.has(after.lower);
}

const TIME_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'then',
  'now',
  'far',
  'phone',
  'telephone',
  'video',
  'email',
  'letter',
  'mail',
]);

function isAuxBefore(tokens: readonly Token[], i: number, from: number): boolean {
  let k = i - 1;
  while (k >= from && ADVERBIAL.has(tokens[k].pos)) k--;
  return k >= from && (tokens[k].lemma === 'have' || tokens[k].lemma === 'be' || tokens[k].lemma === 'get');
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
