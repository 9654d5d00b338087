import type { Doc, Token } from '../model/index.ts';
import { isQuoteMark, tokenAtOrAfter } from './doc-index.ts';
import { crossesLine, type Frame, paragraphIndex, sentenceFloor } from './frames.ts';
import { headLemma, phraseAfter, type Range, subjectBefore } from './np.ts';
import type { QuoteMarks } from './quote-marks.ts';
import { DOCUMENT_NOUNS, DOCUMENT_ONLY_VERBS, QUOTE_VERBS, STATEMENT_NOUNS } from './words.ts';

const WINDOW = 20;
const STOP = new Set(['.', '!', '?', ';', ':']);
const LEAD = new Set([',', '—', '–', '-']);

function isCue(t: Token): boolean {
  return QUOTE_VERBS.has(t.lemma) && (t.pos === 'VERB' || t.lemma === 'say' || t.lemma === 'add');
}

/** "the statement read": only a document is read or concludes. */
function cueFits(tokens: readonly Token[], cue: number, speaker: Range): boolean {
  if (!DOCUMENT_ONLY_VERBS.has(tokens[cue].lemma) || tokens[cue].lemma === 'continue') return true;
  const head = headLemma(tokens, speaker);
  return STATEMENT_NOUNS.has(head) || DOCUMENT_NOUNS.has(head);
}

interface Attribution {
  speaker: Range;
  cue: number;
  contextEnd: number;
  rule: string;
}

/** `"…," Rubio said` / `"…," said Rubio` / `"…," the statement read`. */
function after(doc: Doc, q: QuoteMarks): Attribution | undefined {
  const { tokens } = doc;
  const text = doc.article.text;
  if (!q.closed) return undefined;
  const last = text[q.end - 1];
  if (last === '.' || last === '…') return undefined;
  let ws = tokenAtOrAfter(tokens, q.close + 1);
  if (ws >= tokens.length || crossesLine(text, q.close, tokens[ws].start)) return undefined;
  while (ws < tokens.length && LEAD.has(tokens[ws].text)) ws++;
  let we = ws;
  while (we < tokens.length && we - ws < WINDOW && !STOP.has(tokens[we].text) && !isQuoteMark(tokens[we])) {
    if (we > ws && crossesLine(text, tokens[we - 1].end, tokens[we].start)) break;
    we++;
  }
  if ((last === '?' || last === '!') && ws < we && !/^[a-z]/.test(tokens[ws].text) && !isCue(tokens[ws]))
    return undefined;
  for (let c = ws; c < we; c++) {
    if (!isCue(tokens[c])) continue;
    const contextEnd = Math.min(we, c + 6);
    if (c === ws) {
      const speaker = phraseAfter(tokens, c + 1, we);
      if (speaker) return { speaker, cue: c, contextEnd, rule: 'quote:direct-after-inverted' };
      return undefined;
    }
    const speaker = subjectBefore(tokens, c, ws);
    if (speaker && speaker.from === ws && cueFits(tokens, c, speaker))
      return { speaker, cue: c, contextEnd, rule: 'quote:direct-after' };
    return undefined;
  }
  return undefined;
}

/** `Rubio said: "…"` / `He added, "…"` / `she said "…"` / `was quoted as saying: "…"`. */
function before(doc: Doc, q: QuoteMarks): Attribution | undefined {
  const { tokens } = doc;
  const text = doc.article.text;
  const bt = tokenAtOrAfter(tokens, q.open) - 1;
  if (bt < 0 || crossesLine(text, tokens[bt].end, q.open)) return undefined;
  let p = bt;
  let c = -1;
  const punct = tokens[p].text;
  if (punct === ':' || punct === ',') p--;
  else if (tokens[p].lower === 'that') p--;
  if (p >= 0 && isCue(tokens[p])) c = p;
  else if (punct === ':') {
    for (let k = p; k >= 0 && k > p - 7; k--) {
      const t = tokens[k];
      if (STOP.has(t.text) || isQuoteMark(t)) break;
      if (isCue(t)) {
        c = k;
        break;
      }
    }
  }
  if (c < 0) return undefined;
  let verb = c;
  // "was quoted as saying"
  if (c >= 2 && tokens[c - 1].lower === 'as' && tokens[c - 2].lemma === 'quote') {
    verb = c - 2;
    while (verb > 0 && tokens[verb - 1].pos === 'AUX') verb--;
  }
  const lo = sentenceFloor(doc, c);
  const speaker = subjectBefore(tokens, verb, lo);
  if (!speaker || !cueFits(tokens, c, speaker)) return undefined;
  return { speaker, cue: c, contextEnd: bt + 1, rule: 'quote:direct-before' };
}

/** Direct quotations with the speaker words next to them, where there are any. */
export function directFrames(doc: Doc, marks: readonly QuoteMarks[]): Frame[] {
  const paragraph = paragraphIndex(doc.article.text);
  const out: Frame[] = [];
  for (const q of marks) {
    const a = after(doc, q) ?? before(doc, q);
    const t = a ? doc.tokens[a.cue] : undefined;
    out.push({
      kind: 'direct',
      span: { start: q.start, end: q.end },
      cue: t ? { start: t.start, end: t.end } : null,
      cueToken: a?.cue ?? -1,
      speaker: a?.speaker ?? null,
      contextEnd: a?.contextEnd ?? -1,
      rule: a?.rule ?? 'quote:direct',
      paragraph: paragraph(q.start),
      closed: q.closed,
    });
  }
  return out;
}
