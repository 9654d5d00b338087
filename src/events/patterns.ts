import {
  type AnchorIndex,
  formBits,
  type Lexicon,
  type PatternWord,
  type VerbPattern,
} from '../dict/index.ts';
import { hashOf, keyFilter, WordFilter } from '../dict/word-filter.ts';
import type { Token } from '../model/index.ts';
import { WEEKDAY_NAMES } from '../nlp/index.ts';
import {
  attributiveParticiple,
  compoundModifier,
  knownStem,
  nounPosition,
  participleStems,
  reducedPassive,
  unhyphenatedModifier,
  verbalParticiple,
} from './participles.ts';
import { BOUNDARY, FUTURE, MODALS, skippable } from './words.ts';

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
  /** The anchor of a violent event noun heading this pattern's object ("condemned the attack on…"). */
  violentTheme?: number;
  /**
   * The anchor is a participle wink tagged ADJ but used verbally ("were apprehended",
   * "a convoy looted by militants", "has pressured"): the voice it was read with.
   */
  participle?: 'active' | 'passive';
}

const GAP = 4;
/** Counts that stand before "of" in a noun phrase and take no room of a gap: "thousands of refugees". */
const PARTITIVE_COUNTS: ReadonlySet<string> = new Set([
  'dozens',
  'scores',
  'hundreds',
  'thousands',
  'millions',
  'tens',
]);
/** Tags that read an anchor as no verb, for a `verb` pattern. */
const NOT_VERB: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);
const SKIP = 3;
/** Room for a target actor phrase in a `$` slot before the next pattern word. */
const SLOT = 8;

function wordMatches(w: Extract<PatternWord, { type: 'word' }>, t: Token): boolean {
  const forms = w.forms;
  if (!forms) return w.words.includes(t.lemma) || w.words.includes(t.lower);
  // the forms' bits answer most tokens before the set, cold in cache (compile.ts)
  const bits = w.formBits ?? -1;
  return (
    ((formBits(t.lower) & ~bits) === 0 && forms.has(t.lower)) ||
    (t.lemma !== t.lower && (formBits(t.lemma) & ~bits) === 0 && forms.has(t.lemma))
  );
}

/**
 * Matches a pattern word at token j; returns the index of its last token, or -1. `anchor`
 * stands in for the token at index `a` (an anchor re-read as a verb, with its stem).
 */
function wordAt(
  w: Extract<PatternWord, { type: 'word' }>,
  tokens: readonly Token[],
  j: number,
  end: number,
  a: number,
  anchor: Token,
): number {
  if (!w.runs) return wordMatches(w, j === a ? anchor : tokens[j]) ? j : -1;
  let best = -1;
  for (let r = 0; r < w.runs.length; r++) {
    const run = w.runs[r];
    if (j + run.length > end) continue;
    const forms = w.runForms?.[r];
    let ok = true;
    for (let k = 0; k < run.length && ok; k++) {
      const t = j + k === a ? anchor : tokens[j + k];
      ok = forms ? forms[k].has(t.lower) || forms[k].has(t.lemma) : t.lower === run[k] || t.lemma === run[k];
    }
    if (ok && j + run.length - 1 > best) best = j + run.length - 1;
  }
  return best;
}

/**
 * Token indices of the words matched so far (reused: most tries fail). Only its first entries
 * count: truncating it (`length = 0`) would free its storage, and the next try allocate anew.
 */
const scratch: number[] = [];

/** Currency signs and codes before an amount: "$4 million", "USD 40 million". */
const CURRENCY: ReadonlySet<string> = new Set(['$', '€', '£', '¥', 'us$', 'usd', 'eur']);

/** Units of a rate after a number, before its "per": "1.05 dlrs per bushel", "20 pct per year". */
const AMOUNT_UNITS: ReadonlySet<string> = new Set([
  'percent',
  'pct',
  '%',
  'dlr',
  'dlrs',
  'dollars',
  'cents',
  'yen',
]);

/** Whether token `j` is a unit that a rate's "per" follows: the "dlrs" of "1.05 dlrs per bushel". */
function rateUnit(tokens: readonly Token[], j: number): boolean {
  return AMOUNT_UNITS.has(tokens[j].lower) && tokens[j + 1]?.lower === 'per';
}

/** Whether token `j` is the "per" of a rate after a unit, or the measure after it: "dlrs per bushel". */
function ratePart(tokens: readonly Token[], j: number): boolean {
  const prev = tokens[j - 1]?.lower;
  if (tokens[j].lower === 'per')
    return prev !== undefined && AMOUNT_UNITS.has(prev) && tokens[j - 2]?.pos === 'NUM';
  return prev === 'per' && ratePart(tokens, j - 1);
}

/**
 * Whether token `j` continues a money amount or rate ("$", "1", "-", "billion" of "$1-billion";
 * "dlrs", "per", "bushel" of "1.05 dlrs per bushel"): a currency sign, a number or hyphen right
 * after one of them, a rate's unit after a number, or its "per" and measure.
 */
function amountPart(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (CURRENCY.has(t.lower) || ratePart(tokens, j)) return true;
  const prev = tokens[j - 1];
  if (prev === undefined || !(CURRENCY.has(prev.lower) || prev.pos === 'NUM' || prev.text === '-'))
    return false;
  if (t.pos === 'NUM' || (prev.pos === 'NUM' && rateUnit(tokens, j))) return true;
  return t.text === '-' && prev.pos === 'NUM' && tokens[j + 1]?.pos === 'NUM';
}

/** How many words a parenthesized alias after a name may hold: "(PKK)", "(Sharekat-e Vahed)". */
const ALIAS_WORDS = 4;

/**
 * Where a parenthesized alias that opens at token `j` right after a name closes ("the Kurdistan
 * Workers Party (PKK) to", "workers of the United Bus Company of Tehran (Sharekat-e Vahed) to"),
 * or -1: a short aside with no other boundary, which belongs to the name before it.
 */
function aliasEnd(tokens: readonly Token[], j: number, end: number): number {
  if (tokens[j].text !== '(' || tokens[j - 1]?.pos !== 'PROPN') return -1;
  for (let k = j + 1; k < end && k <= j + 1 + ALIAS_WORDS; k++) {
    if (tokens[k].text === ')') return k > j + 1 ? k : -1;
    if (BOUNDARY.has(tokens[k].text)) return -1;
  }
  return -1;
}

/**
 * Where the head of a compound that pattern word `w` matches from token `j` (ending at `e`)
 * starts: the last of the words right after it that `w` matches too ("army reservists", "navy
 * warships"), or `j` itself.
 */
function compoundHead(
  w: Extract<PatternWord, { type: 'word' }>,
  tokens: readonly Token[],
  j: number,
  e: number,
  end: number,
  a: number,
  anchor: Token,
): number {
  let head = j;
  for (let next = e + 1; next < end && tokens[next].pos === 'NOUN'; ) {
    const later = wordAt(w, tokens, next, end, a, anchor);
    if (later < 0) break;
    head = next;
    next = later + 1;
  }
  return head;
}

/** Where the pattern's `$` slot starts, set by matchRest (one match is built at a time). */
const slot: { targetAt: number | undefined } = { targetAt: undefined };

/**
 * Matches pattern words `k…` after position `pos`, writing their positions into `scratch` from
 * `matched`; returns the new count, or -1. After a gap or a slot a word may stand at a later
 * occurrence when the words after it do not fit the first: "sharing raw intelligence
 * information with Israel" is `share * (intelligence|information) with`.
 */
function matchRest(
  p: VerbPattern,
  tokens: readonly Token[],
  k: number,
  pos: number,
  room: number,
  end: number,
  a: number,
  anchor: Token,
  matched: number,
): number {
  for (; k < p.words.length; k++) {
    const w = p.words[k];
    if (w.type === 'gap') {
      room = Math.max(room, GAP);
      continue;
    }
    if (w.type === 'target') {
      slot.targetAt = pos + 1;
      room = Math.max(room, SLOT);
      continue;
    }
    // a `slot-only` pattern's slot holds its target, so at least one word, and not an
    // infinitive: "wanted to consult", "wants to encourage people to" are no "want $ to"; nor a
    // preposition, which no actor opens: "called for a protest Monday" is no "call $ Monday",
    // "attacks on Obama over" no "attack $ over" (such a match could only drop the event, and
    // take the words it spans)
    const actorSlot = p.slotOnly && k > 0 && p.words[k - 1].type === 'target';
    if (actorSlot && (tokens[pos + 1]?.lower === 'to' || tokens[pos + 1]?.pos === 'ADP')) return -1;
    const from = actorSlot ? pos + 2 : pos + 1;
    let extra = 0; // tokens of time phrases passed over
    let aside = 0; // tokens of aliases passed over inside a gap or a slot
    for (let j = from; j < end && j <= pos + 1 + Math.max(room, SKIP) + extra; j++) {
      const t = tokens[j];
      // an alias after a name in a gap or a slot is the name's: "pressured the Kurdistan Workers
      // Party (PKK) to disarm"
      const alias = room > 0 && BOUNDARY.has(t.text) ? aliasEnd(tokens, j, end) : -1;
      if (alias > j) {
        extra += alias - j + 1;
        aside += alias - j + 1;
        j = alias;
        continue;
      }
      if (BOUNDARY.has(t.text)) return -1;
      let e = wordAt(w, tokens, j, end, a, anchor);
      // "mobilized army reservists": a last word after a gap that the next word matches again
      // is a modifier of that word, which heads the phrase
      if (e >= 0 && room > 0 && k === p.words.length - 1) j = compoundHead(w, tokens, j, e, end, a, anchor);
      if (e >= 0 && j > e) e = wordAt(w, tokens, j, end, a, anchor);
      if (e >= 0) {
        let m = matched;
        for (let q = j; q <= e; q++) scratch[m++] = q;
        const targetAt = slot.targetAt;
        const done = matchRest(p, tokens, k + 1, e, 0, end, a, anchor, m);
        if (done >= 0 || room === 0) return done;
        slot.targetAt = targetAt;
      }
      // a time phrase before the "with"/"between" naming a meeting's partners (or a call's "for")
      // leaves it adjacent: "a phone call last week between Obama and Boehner", "Obama spoke
      // Monday night with Abe" (inside a `*` gap it counts as any other words)
      const te =
        e < 0 && room === 0 && PARTNER_WORDS.has(w.words[0])
          ? timePhraseEnd(tokens, j, end, MEETING_PARTNER.has(w.words[0]))
          : -1;
      if (te > j) {
        extra += te - j;
        j = te - 1;
        continue;
      }
      // a time phrase right after the verb takes no room of a gap: "forced out on Wednesday more
      // than 1,000 Palestinian refugees", "released on Friday two former followers"
      const tg = e < 0 && room > 0 && j === pos + 1 + extra ? timePhraseEnd(tokens, j, end, true) : -1;
      if (tg > j) {
        extra += tg - j;
        aside += tg - j;
        j = tg - 1;
        continue;
      }
      // a count before "of" counts as no word of a gap, as an amount: "holding thousands of Tamil
      // civilian refugees as human shields", "expelled dozens of foreign journalists"
      if (e < 0 && room > 0 && PARTITIVE_COUNTS.has(t.lower) && tokens[j + 1]?.lower === 'of') {
        extra += 2;
        aside += 2;
        j++;
        continue;
      }
      // a money amount or measure inside a gap counts as one word: "provide a third $1-billion loan
      // guarantee", "slapped a 1.05 dlrs per bushel duty on"
      if (e < 0 && room > 0 && amountPart(tokens, j)) {
        extra++;
        continue;
      }
      if (room === 0 && !skippable(t)) return -1;
      if (room > 0 && j - pos - aside > room && !skippable(t)) return -1;
    }
    return -1;
  }
  return matched;
}

/**
 * Tries one pattern at anchor `a`; tokens `[a, end)` are the sentence's rest. `anchor` is the
 * token read at `a` (by default `tokens[a]`; findPatterns passes a verb reading of it).
 * `listed`: the lexicon's anchor index lists `p` under the anchor's lemma or lower case, which
 * are then among the forms of its first word: that word matches unless it is a run of words.
 */
export function matchPattern(
  p: VerbPattern,
  tokens: readonly Token[],
  a: number,
  end: number,
  anchor: Token = tokens[a],
  listed = false,
): PatternMatch | undefined {
  const first = p.words[0];
  if (first.type !== 'word') return undefined;
  // findPatterns' ~120 tries per article skip a lookup in the word's forms, cold in cache
  const firstEnd = listed && !first.runs ? a : wordAt(first, tokens, a, end, a, anchor);
  if (firstEnd < 0) return undefined;
  let matched = 0;
  for (let k = a; k <= firstEnd; k++) scratch[matched++] = k;
  slot.targetAt = undefined;
  matched = matchRest(p, tokens, 1, firstEnd, 0, end, a, anchor, matched);
  if (matched < 0) return undefined;
  const targetAt = slot.targetAt;
  // every optional field in one literal: matches of one shape keep their readers (codeMatch,
  // roles, complements) monomorphic, where adding fields later made several shapes
  return {
    pattern: p,
    anchor: a,
    positions: scratch.slice(0, matched),
    targetAt,
    specializedBy: undefined,
    recoded: undefined,
    violentTheme: undefined,
    participle: undefined,
  };
}

/**
 * Patterns already tried at the current anchor: the first `triedCount` entries (reused across
 * anchors, and not truncated, which would free its storage for every anchor).
 */
const tried: VerbPattern[] = [];
let triedCount = 0;

/** Every pattern match in tokens `[from, to)`, before overlaps are resolved. */
export function findPatterns(
  lexicon: Lexicon,
  tokens: readonly Token[],
  from: number,
  to: number,
): PatternMatch[] {
  const out: PatternMatch[] = [];
  const anchors = anchorTable(lexicon.anchorIndex);
  // the anchor map is big and cold in cache: its key filter answers most words
  const anchorWords = keyFilter(anchors);
  if (lowerHashes.length < to - from) {
    lowerHashes = new Uint32Array(Math.max(to - from, 2 * lowerHashes.length));
    lemmaHashes = new Uint32Array(lowerHashes.length);
    ownLemma = new Uint8Array(lowerHashes.length);
  }
  let hashed = from; // tokens [from, hashed) have their hashes
  for (let i = from; i < to; i++) {
    if (hashed <= i) hashed = hashTokens(tokens, from, hashed, i + 1);
    let t = tokens[i];
    // the anchors of the token's lemma and of its form (most tokens' lemma is their lower
    // case: that word is looked up once), kept for the patterns below
    let byLemma = anchorWords.mayHaveHash(lemmaHashes[i - from]) ? anchors.get(t.lemma) : undefined;
    let byLower =
      ownLemma[i - from] === 1 && anchorWords.mayHaveHash(lowerHashes[i - from])
        ? anchors.get(t.lower)
        : undefined;
    // most tokens anchor nothing: only an ADJ or -ed verb may still be re-read as one
    if (!byLemma && !byLower && t.pos !== 'ADJ' && !(t.pos === 'VERB' && t.lower.endsWith('ed'))) continue;
    let participle: PatternMatch['participle'];
    // a noun reading of a verb's -ed form after a determiner ("the accused", "10 accused of
    // murder") anchors only the patterns that list the form itself ("targeted killing")
    let nounReading = false;
    if (t.pos === 'ADJ' && afterModal(tokens, i, from)) {
      // "South Korea will further open its market": a modal's base verb, read as an adjective
      t = { ...t, pos: 'VERB' };
    } else if (t.pos === 'ADJ') {
      // "free-trade pact", "joint", "the alleged attack" are not acts; "were apprehended" is.
      // A participle listed as an anchor itself ("(armed|arming) $") is its own stem: "Iran armed
      // Hezbollah", where no pattern anchors at "arm"
      const stem =
        knownStem(t.lower, anchors) ??
        (anchors.has(t.lower) && participleStems(t.lower).length > 0 ? t.lower : undefined);
      if (!stem) continue;
      participle = verbalParticiple(tokens, i, from, to);
      if (!participle) continue;
      t = { ...t, lemma: stem, pos: 'VERB' };
      byLemma = anchors.get(stem);
      byLower = t.lower !== stem ? anchors.get(t.lower) : undefined;
    } else if (compoundModifier(tokens, i, from, to) || unhyphenatedModifier(tokens, i, from, to)) {
      // "its long-threatened invasion", "Iranian-backed militias": part of a modifier, no act
      continue;
    } else if (t.pos === 'VERB' && attributiveParticiple(tokens, i, from, to)) {
      // "meet with exiled dissidents", "expel exiled leaders": a state, not an act
      nounReading = true;
    } else if (t.pos === 'NOUN' && t.lower.endsWith('ed') && anchors.has(t.lower)) {
      // "Iran has long accused/NOUN Israel", "Hamas abducted/NOUN two soldiers"
      participle = verbalParticiple(tokens, i, from, to);
      nounReading = !participle && nounPosition(tokens, i, from);
    }
    if (!byLemma && !byLower && t.pos === 'VERB' && t.lower.endsWith('ed')) {
      // wink's lemma of an -ed verb is sometimes wrong ("staged" → "stag"): try its stems
      const stem = knownStem(t.lower, anchors);
      if (stem) {
        t = { ...t, lemma: stem };
        byLemma = anchors.get(stem);
      }
    }
    if (!byLemma && !byLower) continue;
    if (!participle && t.pos === 'VERB' && reducedPassive(tokens, i, from, to)) participle = 'passive';
    triedCount = 0;
    // a noun after a determiner or a possessor is no mis-tagged present verb: "whose support he is counting on"
    const determined = t.pos === 'NOUN' && nounPosition(tokens, i, from);
    // the words within reach of the anchor, hashed for the anchor's filter of next words
    const reach = Math.min(to, i + REACH + 1);
    if (hashed < reach) hashed = hashTokens(tokens, from, hashed, reach);
    // the lemma's patterns, then the form's (an array of the two would be allocated per anchor)
    for (let k = 0; k < 2; k++) {
      const anchor = k === 0 ? byLemma : byLower;
      if (!anchor) continue;
      const { index, next: nextWords } = anchor;
      for (const p of index.always) attempt(p, t, tokens, i, to, nounReading, determined, participle, out);
      // only patterns whose next word occurs within reach of the anchor
      // (the filter reads only the hashes: a token is read when its word may be a next word)
      for (let j = i + 1; j < reach; j++) {
        const a = nextWords.mayHaveHash(lowerHashes[j - from])
          ? index.byNext.get(tokens[j].lower)
          : undefined;
        if (a) for (const p of a) attempt(p, t, tokens, i, to, nounReading, determined, participle, out);
        if (ownLemma[j - from] === 1 && nextWords.mayHaveHash(lemmaHashes[j - from])) {
          const b2 = index.byNext.get(tokens[j].lemma);
          if (b2) for (const p of b2) attempt(p, t, tokens, i, to, nounReading, determined, participle, out);
        }
      }
    }
  }
  return out;
}

/**
 * `hashOf` the lower-case form and the lemma of tokens `[from, to)` of the sentence `findPatterns`
 * reads, by index from its first token: every word is hashed once for the filters of the anchor
 * map and of each anchor's next words (reused across sentences, grown as needed).
 */
let lowerHashes = new Uint32Array(256);
let lemmaHashes = new Uint32Array(256);
/** 1 where the token's lemma differs from its lower case (a second word to look up). */
let ownLemma = new Uint8Array(256);

/** Hashes tokens `[start, end)` into `lowerHashes` and `lemmaHashes`; returns `end`. */
function hashTokens(tokens: readonly Token[], from: number, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const t = tokens[i];
    const lower = hashOf(t.lower);
    const own = t.lemma !== t.lower;
    lowerHashes[i - from] = lower;
    lemmaHashes[i - from] = own ? hashOf(t.lemma) : lower;
    ownLemma[i - from] = own ? 1 : 0;
  }
  return end;
}

/** Tries pattern `p` once per anchor `i` (read as `t`), adding a match to `out`. */
function attempt(
  p: VerbPattern,
  t: Token,
  tokens: readonly Token[],
  i: number,
  to: number,
  nounReading: boolean,
  determined: boolean,
  participle: PatternMatch['participle'],
  out: PatternMatch[],
): void {
  for (let k = 0; k < triedCount; k++) if (tried[k] === p) return;
  tried[triedCount++] = p;
  if (nounReading && !listsForm(p, t.lower)) return;
  if (p.noun && t.pos !== 'NOUN' && t.pos !== 'PROPN') return;
  // "(support|supports) $ ; noun slot-only" stands for a present verb the tagger read as a noun
  // ("Qatar and Turkey support Hamas"); after a determiner or a possessor the noun is a noun and
  // the actor after it opens a relative clause: "Latinos, whose support he is counting on"
  if (determined && p.noun && p.slotOnly && p.words[1]?.type === 'target') return;
  if (p.verb && NOT_VERB.has(t.pos)) return;
  const m = matchPattern(p, tokens, i, to, t, true);
  if (m) {
    if (participle) m.participle = participle;
    out.push(m);
  }
}

/** Whether a pattern's first word lists this very form, not only a verb it inflects. */
function listsForm(p: VerbPattern, lower: string): boolean {
  const first = p.words[0];
  return first.type === 'word' && first.words.includes(lower);
}

/**
 * Whether token `i` comes right after a modal or a future auxiliary, past a negation or an
 * adverb ("will further open", "would not free", "could quickly clear"): such a word is the modal's base
 * verb, whatever the tagger called it.
 */
function afterModal(tokens: readonly Token[], i: number, from: number): boolean {
  let k = i - 1;
  while (k > from && (tokens[k].pos === 'ADV' || tokens[k].pos === 'PART')) k--;
  return k >= from && (MODALS.has(tokens[k].lower) || FUTURE.has(tokens[k].lower));
}

/** How far after its anchor a pattern's second word may be (a run, skipped words, a gap or a slot). */
const REACH = 14;

/** One anchor word's patterns, with a filter of their next words (`byNext` keys) that fits a cache line or two. */
interface Anchor {
  index: AnchorIndex;
  next: WordFilter;
}

const ANCHORS = new WeakMap<Lexicon['anchorIndex'], Map<string, Anchor>>();

/**
 * The anchor index with each anchor's filter of next words, built once per lexicon (not part of
 * the lexicon, which the worker pool caches on disk). Most words near an anchor are common words
 * that some anchor takes next ("to", "with"), not this one: its own filter answers most of them
 * before its map, which is cold in cache.
 */
function anchorTable(anchorIndex: Lexicon['anchorIndex']): Map<string, Anchor> {
  let table = ANCHORS.get(anchorIndex);
  if (table === undefined) {
    table = new Map();
    // the forms of one anchor word share one index: and one filter
    const built = new Map<AnchorIndex, Anchor>();
    for (const [word, index] of anchorIndex) {
      let anchor = built.get(index);
      if (anchor === undefined) {
        anchor = { index, next: new WordFilter([...index.byNext.keys()], 64) };
        built.set(index, anchor);
      }
      table.set(word, anchor);
    }
    ANCHORS.set(anchorIndex, table);
  }
  return table;
}

/**
 * Pattern ids in `localeCompare(…, 'en', { numeric: true })` order: that call sets up a
 * collator at every comparison.
 */
const BY_ID = new Intl.Collator('en', { numeric: true });

/**
 * Keeps the heaviest pattern where matches overlap (more words first, then more matched
 * tokens, then earlier anchor, then earlier dictionary line). Guards win like any pattern and
 * are returned too.
 */
export function resolveOverlaps(matches: PatternMatch[]): PatternMatch[] {
  const sorted = [...matches].sort(
    (x, y) =>
      y.pattern.weight - x.pattern.weight ||
      // equal weights: the match with more literal tokens ("military aid" over "aid")
      y.positions.length - x.positions.length ||
      x.anchor - y.anchor ||
      BY_ID.compare(x.pattern.id, y.pattern.id),
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

/**
 * Pattern words a time phrase may stand before: those naming the partner of a meeting or call
 * ("spoke Monday night with Abe"), the "for" of a call or appeal ("called Monday for Congress
 * to pass…", "arrived here last night for talks") and the party aimed at or heard from ("took
 * aim Thursday at the contractors", "faced criticism Tuesday from Brazilian President Dilma
 * Rousseff", "brought a case today against China"), the party called on ("called Thursday on Arabs
 * to unite", "imposed sanctions Monday on Russia") and the matter looked into ("opened an inquiry
 * Monday into the raid"). Not "to": "paid a visit Wednesday to the memorial", "dispatched
 * investigators Tuesday to conduct…" read wrong as often as right.
 */
const PARTNER_WORDS = new Set(['with', 'between', 'for', 'at', 'from', 'against', 'on', 'into']);
/** The partner words before which "on" and a day may stand too: "spoke on Monday with Abe". */
const MEETING_PARTNER = new Set(['with', 'between']);
/** Parts of a day after a weekday or "last"/"this": "Friday night", "this morning". */
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
/** Spans after "last", "this", "next": "last week", "this morning", "next Monday". */
const SPANS = new Set(['week', 'weekend', 'month', 'year', ...DAY_PARTS, ...WEEKDAY_NAMES]);
/** Words that are a time phrase alone. */
const TIME_WORDS = new Set(['today', 'yesterday', 'tonight', 'overnight']);

/**
 * Where a time phrase starting at `j` ends (or -1): "Wednesday", "late Friday night", "last
 * week", "this morning", "yesterday"; "on Wednesday" only when `on` allows it ("on" is a pattern
 * word of its own: "agreed on Wednesday that" is "agree on", not "agree that").
 */
export function timePhraseEnd(tokens: readonly Token[], j: number, end: number, on = false): number {
  let i = j;
  const w = (k: number) => (k < end ? tokens[k].lower : '');
  if (TIME_WORDS.has(w(i))) return i + 1;
  if (on && w(i) === 'on' && (WEEKDAY_NAMES.has(w(i + 1)) || WEEKDAY_NAMES.has(w(i + 2)))) i++;
  if (w(i) === 'early' || w(i) === 'late') i++;
  if (WEEKDAY_NAMES.has(w(i))) return DAY_PARTS.has(w(i + 1)) ? i + 2 : i + 1;
  if (i > j) return -1;
  if ((w(i) === 'last' || w(i) === 'this' || w(i) === 'next') && SPANS.has(w(i + 1))) return i + 2;
  return -1;
}
