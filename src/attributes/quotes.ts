import type { Quote, Speaker } from '../model/attributes.ts';
import type { Doc } from '../model/index.ts';
import { directFrames } from './direct.ts';
import { eventsInside, sentenceAt, sentenceMentions, spanText } from './doc-index.ts';
import type { Frame } from './frames.ts';
import { type QuoteMarks, quotationMarks } from './quote-marks.ts';
import { reportedFrames } from './reported.ts';
import { type Resolver, resolveSpeaker, type SpeakerContext } from './speakers.ts';

/** Words an unattributed quotation needs to count as one (shorter ones are titles or scare quotes). */
const MIN_UNATTRIBUTED_WORDS = 6;

/** Words in `text[start, end)`: runs of letters or digits. */
function words(text: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const w = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 191;
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

function insideMarks(marks: readonly QuoteMarks[], offset: number): boolean {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid].close < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < marks.length && marks[lo].open < offset;
}

function order(doc: Doc, f: Frame): number {
  return f.speaker ? Math.min(f.span.start, doc.tokens[f.speaker.from].start) : f.span.start;
}

function copied(from: Speaker, index: number, rule: string): Speaker {
  return { ...from, rule, refersTo: index };
}

/** The last direct quote so far: its index in the quotes array and its paragraph. */
interface LastDirect {
  index: number;
  paragraph: number;
}

function startsParagraph(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && text[i] !== '\n' && /\s|["“«‘]/.test(text[i])) i--;
  return i < 0 || text[i] === '\n';
}

/** A direct quotation with no speaker beside it: inside someone's reported words, or continuing a quote. */
function inherited(
  doc: Doc,
  quotes: readonly Quote[],
  f: Frame,
  last: LastDirect | undefined,
): [Speaker, string] | undefined {
  const text = doc.article.text;
  const sentence = sentenceAt(doc, f.span.start);
  // reported words hold a partial quote only in the quote's own sentence
  for (let i = quotes.length - 1; i >= 0 && quotes[i].lastSentence >= sentence; i--) {
    const q = quotes[i];
    if (q.kind === 'direct' || !q.speaker) continue;
    if (
      q.span.start <= f.span.start &&
      f.span.start < q.span.end &&
      words(text, f.span.start, f.span.end) >= 2
    )
      return [copied(q.speaker, i, 'speaker:inside-reported'), 'quote:partial'];
  }
  const prev = last ? quotes[last.index].speaker : null;
  if (!last || !prev) return undefined;
  if (
    last.paragraph === f.paragraph ||
    (last.paragraph === f.paragraph - 1 && startsParagraph(text, f.span.start))
  )
    return [copied(prev, last.index, 'speaker:continued'), 'quote:continued'];
  return undefined;
}

/**
 * The quotations and attributed statements of an article, in text order, each with its
 * speaker resolved: direct quotes (`"…," Rubio said`, `X said: "…"`, continued and
 * interrupted quotes), reported speech (`X said (that) …`, `…, X said`) and "according to".
 * A pronoun or "the statement" speaker refers back to the nearest earlier attributed source.
 * `resolve` names speakers no mention covers; events are listed by index into `doc.events`.
 */
export function findQuotes(doc: Doc, resolve?: Resolver): Quote[] {
  const marks = quotationMarks(doc.article.text);
  const direct = directFrames(doc, marks);
  const used = new Set(direct.filter((f) => f.cueToken >= 0).map((f) => f.cueToken));
  const mentions = sentenceMentions(doc);
  const frames = [...direct, ...reportedFrames(doc, marks, used, mentions)];
  frames.sort((a, b) => order(doc, a) - order(doc, b) || a.span.start - b.span.start);
  const quotes: Quote[] = [];
  const ctx: SpeakerContext = {
    doc,
    mentions,
    resolve,
    quotes,
    inQuote: (offset) => insideMarks(marks, offset),
  };
  const pending: number[] = [];
  // events come in sentence order from the events stage; check rather than trust it
  const ordered = doc.events.every((e, i) => i === 0 || doc.events[i - 1].sentence <= e.sentence);
  let last: LastDirect | undefined;
  for (const f of frames) {
    const sentence = sentenceAt(doc, f.span.start);
    if (doc.sentences[sentence]?.skip) continue; // page furniture is not the story
    let speaker: Speaker | null = null;
    let rule = f.rule;
    if (f.speaker) speaker = resolveSpeaker(ctx, f.speaker, f.contextEnd);
    else {
      const got = inherited(doc, quotes, f, last);
      if (got) [speaker, rule] = got;
      else if (!f.closed) pending.push(quotes.length);
      else if (words(doc.article.text, f.span.start, f.span.end) < MIN_UNATTRIBUTED_WORDS) continue;
    }
    if (f.kind === 'direct') last = { index: quotes.length, paragraph: f.paragraph };
    const lastSentence = sentenceAt(doc, f.span.end - 1);
    quotes.push({
      kind: f.kind,
      sentence,
      lastSentence,
      span: spanText(doc, f.span),
      cue: f.cue ? spanText(doc, f.cue) : null,
      speaker,
      events: ordered
        ? eventsInside(doc, f.span, sentence, lastSentence)
        : eventsInside(doc, f.span, -1, Infinity),
      rule,
    });
  }
  // a quote left open at a paragraph's end takes the speaker of the quote that continues it
  for (const i of pending.reverse()) {
    const next = quotes.slice(i + 1).find((q) => q.kind === 'direct');
    if (next?.speaker) {
      quotes[i].speaker = copied(next.speaker, quotes.indexOf(next), 'speaker:continued');
      quotes[i].rule = 'quote:continued';
    }
  }
  return quotes;
}
