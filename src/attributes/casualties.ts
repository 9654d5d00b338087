import type { Casualty, CasualtyKind, CasualtyPart, Count } from '../model/attributes.ts';
import type { Doc, Event, Sentence } from '../model/index.ts';
import {
  coordinated,
  counted,
  kindOfNoun,
  personLemma,
  predicateAfter,
  verbBefore,
} from './casualty-phrases.ts';
import { CASUALTY_EVENT_TYPES, EVENT_TYPES, SENTENCE_CUES } from './casualty-words.ts';
import { tokenSpan } from './doc-index.ts';
import { sentenceFloor } from './frames.ts';
import { mayStartCount, parseCount } from './numbers.ts';

function sum(parts: readonly Count[], side: 'low' | 'high'): number | null {
  let n = 0;
  for (const p of parts) {
    const v = p[side];
    if (v === null) return null;
    n += v;
  }
  return n;
}

function combinedQualifier(parts: readonly Count[]): Count['qualifier'] {
  const q = new Set(parts.map((p) => p.qualifier));
  return q.size === 1 ? parts[0].qualifier : q.has('vague') ? 'vague' : 'range';
}

function attach(events: readonly Event[], sentence: number, kind: CasualtyKind, at: number): number | null {
  let best: number | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  const prefer = EVENT_TYPES[kind];
  events.forEach((e, i) => {
    if (e.sentence !== sentence || !e.plover || !CASUALTY_EVENT_TYPES.has(e.plover)) return;
    const v = e.evidence[0];
    if (!v) return;
    const rank = prefer.indexOf(e.plover);
    const distance = Math.abs((v.start + v.end) / 2 - at);
    const score = (rank < 0 ? 2 : rank) * 1e6 + distance;
    if (score < bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/**
 * Casualty and crowd counts — killed, wounded, arrested, displaced, abducted, missing,
 * protesters, troops — with their spans and low/high range, each attached to the nearest
 * ASSAULT, COERCE, PROTEST or MOBILIZE event of its sentence (`event` indexes `events`).
 */
export function findCasualties(doc: Doc, events: readonly Event[] = doc.events): Casualty[] {
  const out: Casualty[] = [];
  const t = doc.tokens;
  for (const s of doc.sentences) {
    if (s.skip) continue;
    let cued = false;
    for (let i = s.tokenStart; i < s.tokenEnd && !cued; i++)
      cued = SENTENCE_CUES.has(t[i].lemma) || (t[i].lower !== t[i].lemma && SENTENCE_CUES.has(t[i].lower));
    if (cued) sentenceCasualties(doc, s, events, out);
  }
  return out;
}

/**
 * The counts of one sentence that names a casualty or crowd cue, added to `out`. Apart from
 * `findCasualties`'s scan for cues, which runs on every sentence: a rare branch taken here for
 * the first time throws away only this function's compiled code.
 */
function sentenceCasualties(doc: Doc, s: Sentence, events: readonly Event[], out: Casualty[]): void {
  const t = doc.tokens;
  let lastInSentence = -1;
  for (let i = sentenceFloor(doc, s.tokenStart); i < s.tokenEnd; i++) {
    if (!mayStartCount(t[i]) || t[i - 1]?.text === '$') continue;
    const count = parseCount(t, i, s.tokenEnd);
    if (!count) continue;
    const first = counted(t, count, s.tokenEnd);
    if (!first) {
      i = count.to - 1;
      continue;
    }
    const parts = coordinated(t, first, s.tokenEnd);
    const last = parts[parts.length - 1];
    let kind = first.kind;
    let cue: number | undefined = kind ? first.head : undefined;
    let rule = 'casualty:noun';
    // "…, including two troops": a breakdown of the count before it
    const including =
      t[count.from - 1]?.lower === 'including' ||
      (t[count.from - 1]?.lower === 'them' && t[count.from - 2]?.lower === 'among');
    if (!kind && including && lastInSentence >= 0) {
      kind = out[lastInSentence].kind;
      rule = 'casualty:including';
    }
    if (!kind) {
      const p = predicateAfter(t, last.to, s.tokenEnd);
      if (p) [kind, cue, rule] = [p[0], p[1], 'casualty:predicate'];
    }
    if (!kind) {
      const v = verbBefore(t, count.from, s.tokenStart, first.head);
      if (v) [kind, cue, rule] = [v[0], v[1], 'casualty:verb'];
    }
    if (!kind) {
      kind = kindOfNoun(t, s, first.head, count.from);
      rule = 'casualty:counted-noun';
    }
    i = last.to - 1;
    if (!kind || (first.head < 0 && !cue)) continue;
    const partRecords: CasualtyPart[] = parts.map((p) => ({
      low: p.count.low,
      high: p.count.high,
      qualifier: p.count.qualifier,
      span: tokenSpan(doc, p.count.from, p.to),
      who: p.head >= 0 && !p.kind ? personLemma(t[p.head]) : null,
    }));
    const counts = parts.map((p) => p.count);
    const span = tokenSpan(doc, count.from, last.to);
    const record: Casualty = {
      kind,
      sentence: s.index,
      low: sum(counts, 'low'),
      high: sum(counts, 'high'),
      qualifier: combinedQualifier(counts),
      span,
      cue: cue !== undefined ? tokenSpan(doc, cue, cue + 1) : null,
      who: [...new Set(partRecords.map((p) => p.who).filter((w): w is string => w !== null))],
      event: attach(events, s.index, kind, (span.start + span.end) / 2),
      rule,
      // set in the literal (undefined is left out of JSON, in the same place): records of one
      // shape keep this function and the readers of its records from being re-optimized
      parts: parts.length > 1 ? partRecords : undefined,
      within: rule === 'casualty:including' ? lastInSentence : undefined,
    };
    if (rule !== 'casualty:including') lastInSentence = out.length;
    out.push(record);
  }
}
