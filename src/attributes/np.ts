import type { Token } from '../model/index.ts';
import { PRONOUNS, SUBJECT_GAP } from './words.ts';

/** A token range `[from, to)`. */
export interface Range {
  from: number;
  to: number;
}

const NOMINAL = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const HEAD = new Set(['NOUN', 'PROPN']);
const INNER = new Set(['of', 'for', 'and', '&', "'s", '’s', "'", '’', '-', 'at']);
const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/;
const MAX_NP = 12;
const WH = new Set(['which', 'that', 'what', 'whose', 'whom', 'who']);

function nominal(t: Token): boolean {
  return (
    NOMINAL.has(t.pos) || (t.pos === 'PART' && t.lower.endsWith("'s")) || /^[A-Z][A-Za-z]*\.$/.test(t.text)
  );
}

/** A participle inside a noun phrase: "the monitoring group", "the Britain-based group". */
function participle(t: Token): boolean {
  return t.pos === 'VERB' && /[a-z](ing|ed)$/.test(t.lower);
}

function modifier(t: Token): boolean {
  return nominal(t) || participle(t);
}

/** Joins nominals: "Ministry of Foreign Affairs", "Dar and Rubio", "Pakistan’s foreign office". */
function inner(tokens: readonly Token[], i: number, lo: number, hi: number): boolean {
  if (!INNER.has(tokens[i].lower)) return false;
  return i - 1 >= lo && i + 1 < hi && nominal(tokens[i - 1]) && modifier(tokens[i + 1]);
}

function hasHead(tokens: readonly Token[], r: Range): boolean {
  for (let i = r.from; i < r.to; i++) if (HEAD.has(tokens[i].pos)) return true;
  return false;
}

/** The noun phrase ending at token `j` (inclusive), or undefined. */
function phraseEndingAt(tokens: readonly Token[], j: number, lo: number): Range | undefined {
  if (j < lo) return undefined;
  if (PRONOUNS.has(tokens[j].lower) && tokens[j].pos === 'PRON') return { from: j, to: j + 1 };
  const to = j + 1;
  let from = to;
  // the head is a nominal; the words before it may be participles ("the monitoring group")
  while (
    from - 1 >= lo &&
    to - (from - 1) <= MAX_NP &&
    ((from === to ? nominal(tokens[from - 1]) : modifier(tokens[from - 1])) ||
      inner(tokens, from - 1, lo, to))
  )
    from--;
  // "which donors said": a relative clause, not a speaker
  if (from < to && WH.has(tokens[from].lower)) return undefined;
  const r = { from, to };
  return from < to && hasHead(tokens, r) ? r : undefined;
}

function isBreak(t: Token): boolean {
  return t.text === '.' || t.text === ';' || (t.pos === 'PUNCT' && /["“”]/.test(t.text));
}

/**
 * Subject before ", <appositive or relative clause>, said": the phrase before the nearest
 * comma when it opens its clause ("McCain, the 2008 nominee, said"), else the phrase opening
 * the sentence ("Sara Fagen, an adviser to …, and later …, said").
 */
function subjectBeforeCommas(tokens: readonly Token[], comma: number, lo: number): Range | undefined {
  let k = comma - 1;
  while (k >= lo && k > comma - 20 && tokens[k].text !== ',') {
    if (isBreak(tokens[k])) return undefined;
    k--;
  }
  if (k >= lo && tokens[k].text === ',') {
    const near = phraseEndingAt(tokens, k - 1, lo);
    if (near && (near.from === lo || tokens[near.from - 1].text === ',')) return near;
  }
  const first = phraseAfter(tokens, lo, comma);
  if (!first || first.to > comma || tokens[first.to]?.text !== ',' || comma - first.to > 40) return undefined;
  for (let i = first.to; i < comma; i++) if (isBreak(tokens[i])) return undefined;
  return first;
}

/**
 * The subject of a reporting verb at `verb`: the noun phrase ending just before it, past
 * "also"/"has" and "on Tuesday", and past an appositive or relative clause set off by
 * commas ("McCain, the 2008 nominee, said"). Undefined when no noun phrase is there.
 */
export function subjectBefore(tokens: readonly Token[], verb: number, lo: number): Range | undefined {
  let j = verb - 1;
  while (
    j >= lo &&
    (SUBJECT_GAP.has(tokens[j].lower) || (tokens[j].pos === 'ADV' && tokens[j].lower.endsWith('ly')))
  )
    j--;
  if (j - 1 >= lo && WEEKDAY.test(tokens[j].lower) && tokens[j - 1].lower === 'on') j -= 2;
  else if (j >= lo && WEEKDAY.test(tokens[j].lower)) j--;
  if (j >= lo && tokens[j].text === ',') return subjectBeforeCommas(tokens, j, lo);
  return phraseEndingAt(tokens, j, lo);
}

/**
 * The noun phrase starting at `from`: "the ministry’s spokesman", "Ray Sullivan", extended by
 * an appositive name ("the ministry’s spokeswoman, Mumtaz Zahra Baloch").
 */
export function phraseAfter(tokens: readonly Token[], from: number, hi: number): Range | undefined {
  if (from >= hi) return undefined;
  if (PRONOUNS.has(tokens[from].lower) && tokens[from].pos === 'PRON') return { from, to: from + 1 };
  let to = from;
  const more = (i: number) =>
    tokens[i].lower !== 'that' &&
    (nominal(tokens[i]) ||
      inner(tokens, i, from, hi) ||
      (participle(tokens[i]) && i + 1 < hi && nominal(tokens[i + 1])));
  while (to < hi && to - from < MAX_NP && more(to)) to++;
  if (to === from) return undefined;
  // ", Mumtaz Zahra Baloch," — a name in apposition after a title
  if (to + 2 < hi && tokens[to].text === ',' && tokens[to + 1].pos === 'PROPN' && !isName(tokens, from, to)) {
    let k = to + 1;
    while (k < hi && tokens[k].pos === 'PROPN') k++;
    if (k - (to + 1) >= 2 && (k >= hi || tokens[k].pos === 'PUNCT')) to = k;
  }
  const r = { from, to };
  return hasHead(tokens, r) ? r : undefined;
}

/** True when the phrase is itself a name ("Ray Sullivan"), so a following appositive is a title. */
function isName(tokens: readonly Token[], from: number, to: number): boolean {
  return tokens[to - 1].pos === 'PROPN' && tokens[from].pos === 'PROPN';
}

/** The last noun of a range: the head of an English noun phrase ("the ministry’s statement"). */
export function headLemma(tokens: readonly Token[], r: Range): string {
  for (let i = r.to - 1; i >= r.from; i--) {
    const t = tokens[i];
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return t.lemma;
    if (t.text === ',') break;
  }
  return tokens[r.to - 1]?.lemma ?? '';
}
