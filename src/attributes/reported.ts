import type { Doc, Mention, Sentence, Token } from '../model/index.ts';
import { isQuoteMark } from './doc-index.ts';
import { type Frame, sentenceFloor } from './frames.ts';
import { headLemma, phraseAfter, type Range, subjectBefore } from './np.ts';
import type { QuoteMarks } from './quote-marks.ts';
import {
  ANONYMOUS_HEADS,
  DOCUMENT_NOUNS,
  MEDIA_WORDS,
  MONITOR_WORDS,
  REPORT_VERBS,
  STATEMENT_NOUNS,
  WITNESS_WORDS,
} from './words.ts';

/** Verbs that take a clause without "that": "Rubio said the talks went well". */
const BARE_CLAUSE = new Set(['say', 'tell', 'add', 'insist', 'claim', 'state', 'estimate']);
const ADJUNCT_PREP = /^(in|on|at|during|after|via|through|last|this|late|early)$/;
const TIME_WORD =
  /^(today|yesterday|tonight|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Words a clause can open with ("it would send", "the talks went well"). */
const CLAUSE_OPENER = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'NUM', 'ADJ']);
const SOURCE_HEADS = new Set([
  ...STATEMENT_NOUNS,
  ...DOCUMENT_NOUNS,
  ...MONITOR_WORDS,
  ...MEDIA_WORDS,
  ...WITNESS_WORDS,
  ...ANONYMOUS_HEADS,
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'police',
  'ministry',
  'group',
  'organization',
  'analyst',
  'expert',
  'estimate',
  'figure',
  'data',
  'count',
  'tally',
  'poll',
  'authority',
  'government',
  'army',
  'military',
]);
const CLAUSE_VERB = new Set(['VERB', 'AUX']);

interface Scan {
  doc: Doc;
  s: Sentence;
  lo: number;
  /** One past the last content token (the final full stop excluded). */
  hi: number;
  mentions: () => readonly Mention[];
}

function hasVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CLAUSE_VERB.has(tokens[i].pos)) return true;
  return false;
}

function frame(
  scan: Scan,
  kind: Frame['kind'],
  content: Range,
  cue: Range,
  speaker: Range,
  rule: string,
): Frame | undefined {
  const t = scan.doc.tokens;
  let { from, to } = content;
  while (from < to && (t[from].pos === 'PUNCT' || t[from].lower === 'that')) from++;
  while (to > from && t[to - 1].pos === 'PUNCT') to--;
  if (to - from < 3) return undefined;
  return {
    kind,
    span: { start: t[from].start, end: t[to - 1].end },
    cue: { start: t[cue.from].start, end: t[cue.to - 1].end },
    cueToken: cue.from,
    speaker,
    contextEnd: Math.max(speaker.to, cue.to) + 4,
    rule,
    paragraph: -1,
    closed: true,
  };
}

/** "…, according to X" / "According to X, …": X must look like a source, not "according to plan". */
function accordingTo(scan: Scan, c: number): Frame | undefined {
  const t = scan.doc.tokens;
  let end = c + 2;
  while (end < scan.hi && t[end].text !== ',' && t[end].text !== ';' && !isQuoteMark(t[end]) && end - c < 18)
    end++;
  const speaker = { from: c + 2, to: end };
  if (speaker.to <= speaker.from) return undefined;
  const named = scan
    .mentions()
    .some((m) => m.tokenStart < speaker.to && m.tokenEnd > speaker.from && !m.placeOnly);
  if (
    !named &&
    !SOURCE_HEADS.has(headLemma(t, speaker)) &&
    !SOURCE_HEADS.has(t[speaker.from + 1]?.lemma ?? '')
  )
    return undefined;
  const cue = { from: c, to: c + 2 };
  if (c - scan.lo <= 2)
    return frame(
      scan,
      'according-to',
      { from: end + 1, to: scan.hi },
      cue,
      speaker,
      'quote:according-to-first',
    );
  let to = c;
  if (t[to - 1]?.text === ',') to--;
  return frame(scan, 'according-to', { from: scan.lo, to }, cue, speaker, 'quote:according-to');
}

/** Past "on Tuesday", "in a statement", "late Monday" after a reporting verb: where they end. */
function skipAdjuncts(t: readonly Token[], p: number, hi: number): number {
  for (let n = 0; n < 3 && p < hi; n++) {
    const w = t[p].lower;
    if (TIME_WORD.test(w)) p++;
    else if (ADJUNCT_PREP.test(w)) {
      const np = phraseAfter(t, p + 1, hi);
      if (!np) return p;
      p = np.to;
    } else break;
  }
  return p;
}

/** Where the reported clause after a reporting verb starts, or -1. */
function clauseStart(scan: Scan, c: number): number {
  const t = scan.doc.tokens;
  let p = c + 1;
  if (t[c].lemma === 'tell') {
    const obj = phraseAfter(t, p, scan.hi);
    if (!obj) return -1;
    p = obj.to;
  }
  const after = skipAdjuncts(t, p, scan.hi);
  if (after >= scan.hi) return -1;
  if (t[after].lower === 'that') return after + 1;
  // "said in a statement issued on Monday that …", "wrote to clients on Friday that …"
  if ((after > p && !CLAUSE_OPENER.has(t[after].pos)) || t[after].pos === 'ADP') {
    for (let k = after; k < scan.hi && k < after + 8; k++) {
      if (t[k].lower === 'that') return k + 1;
      if (t[k].text === ',') return -1;
    }
    return -1;
  }
  if (!BARE_CLAUSE.has(t[c].lemma) || !CLAUSE_OPENER.has(t[after].pos)) return -1;
  return after;
}

/** Only adjuncts ("on Tuesday", "in a statement", "told reporters") between `from` and the end. */
function onlyAdjuncts(t: readonly Token[], from: number, to: number): boolean {
  return to - from <= 8 && !hasVerb(t, from, to);
}

function reportingVerb(scan: Scan, c: number, used: ReadonlySet<number>): Frame | undefined {
  const t = scan.doc.tokens;
  if (used.has(c)) return undefined;
  // a direct quote follows: its own attribution handles it
  let n = c + 1;
  while (n < scan.hi + 1 && (t[n]?.text === ',' || t[n]?.text === ':' || t[n]?.lower === 'that')) n++;
  if (t[n] && isQuoteMark(t[n])) return undefined;
  const cue = { from: c, to: c + 1 };
  // "…, said Rubio."
  if (c - 1 > scan.lo && t[c - 1].text === ',') {
    const speaker = phraseAfter(t, c + 1, scan.hi);
    if (speaker && onlyAdjuncts(t, speaker.to, scan.hi))
      return frame(scan, 'reported', { from: scan.lo, to: c - 1 }, cue, speaker, 'quote:reported-inverted');
  }
  const speaker = subjectBefore(t, c, scan.lo);
  if (!speaker) return undefined;
  // "…, Rubio said on Tuesday."
  if (speaker.from - 1 > scan.lo && t[speaker.from - 1].text === ',' && onlyAdjuncts(t, c + 1, scan.hi))
    return frame(
      scan,
      'reported',
      { from: scan.lo, to: speaker.from - 1 },
      cue,
      speaker,
      'quote:reported-after',
    );
  if (speaker.from !== scan.lo && !(t[speaker.from - 1].text === ',' || t[speaker.from - 1].pos === 'CCONJ'))
    return undefined;
  const from = clauseStart(scan, c);
  if (from < 0 || !hasVerb(t, from, scan.hi)) return undefined;
  return frame(scan, 'reported', { from, to: scan.hi }, cue, speaker, 'quote:reported-clause');
}

/**
 * Reported speech and "according to" attributions, one sentence at a time. Cues inside a
 * direct quotation are the quoted person's words and are skipped, as are cues `used` by a
 * direct quote's attribution.
 */
export function reportedFrames(
  doc: Doc,
  marks: readonly QuoteMarks[],
  used: ReadonlySet<number>,
  mentions: (sentence: number) => readonly Mention[],
): Frame[] {
  const out: Frame[] = [];
  const t = doc.tokens;
  let mi = 0;
  for (const s of doc.sentences) {
    if (s.skip) continue;
    let scan: Scan | undefined;
    for (let c = s.tokenStart; c < s.tokenEnd; c++) {
      const tok = t[c];
      if (tok.pos !== 'VERB' && tok.lower !== 'according') continue;
      const according = tok.lower === 'according' && t[c + 1]?.lower === 'to';
      if (!according && !(REPORT_VERBS.has(tok.lemma) && tok.pos === 'VERB')) continue;
      while (mi < marks.length && marks[mi].close < tok.start) mi++;
      if (mi < marks.length && marks[mi].open < tok.start) continue;
      scan ??= makeScan(doc, s, mentions);
      const f = according ? accordingTo(scan, c) : reportingVerb(scan, c, used);
      if (f) out.push(f);
    }
  }
  return out;
}

function makeScan(doc: Doc, s: Sentence, mentions: (sentence: number) => readonly Mention[]): Scan {
  const lo = sentenceFloor(doc, s.tokenStart);
  let hi = s.tokenEnd;
  while (hi > lo && doc.tokens[hi - 1].pos === 'PUNCT') hi--;
  return { doc, s, lo, hi, mentions: () => mentions(s.index) };
}
