import type { Lexicon } from '../dict/index.ts';
import type { Doc, DroppedEvent, Event, Mention } from '../model/index.ts';
import type { Stage } from '../pipeline/index.ts';
import { codeMatch } from './code-match.ts';
import { absorbComplements, governedObjects } from './complements.ts';
import type { Exchange, SentenceContext } from './context.ts';
import { findPatterns, type PatternMatch, resolveOverlaps } from './patterns.ts';
import { pollCues, pollPreference } from './polls.ts';
import { pressTalk } from './press.ts';
import { drop } from './results.ts';

/** Codes the events of one article. */
export function codeEvents(doc: Doc, lexicon: Lexicon): { events: Event[]; dropped: DroppedEvent[] } {
  const events: Event[] = [];
  const dropped: DroppedEvent[] = [];
  const bySentence = new Map<number, Mention[]>();
  for (const m of doc.mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const baseDate = doc.dateline?.date ?? doc.article.published ?? null;
  const recent: Exchange[] = [];
  for (const s of doc.sentences) {
    if (s.skip) continue;
    let found = findPatterns(lexicon, doc.tokens, s.tokenStart, s.tokenEnd);
    if (found.length === 0) continue;
    const mentions = bySentence.get(s.index) ?? [];
    // a word of an organization's name is a look-alike of an act, and leaves the words after
    // the name free: "The Associated Press pressed Obama" is pressed, not "Press"
    if (found.some((m) => insideName(mentions, m.anchor))) {
      const outside: PatternMatch[] = [];
      for (const m of found)
        if (insideName(mentions, m.anchor)) dropped.push(drop(doc, s, m, 'guard'));
        else outside.push(m);
      found = outside;
    }
    const [free, governed] = governedObjects(doc.tokens, found);
    const [kept, absorbed] = absorbComplements(doc.tokens, resolveOverlaps(free), governed);
    for (const m of absorbed) dropped.push(drop(doc, s, m, 'absorbed'));
    const ctx: SentenceContext = {
      doc,
      s,
      mentions,
      bySentence,
      baseDate,
      lexicon,
      recent,
      subjects: new Map(),
      matches: kept,
    };
    const seen = new Set<string>();
    const poll = pollCues(doc.tokens, s);
    for (const m of kept) {
      if (m.pattern.code === '---') {
        dropped.push(drop(doc, s, m, 'guard'));
        continue;
      }
      if (pollPreference(doc.tokens, m, poll)) {
        dropped.push(drop(doc, s, m, 'poll'));
        continue;
      }
      let press = false;
      for (const e of codeMatch(ctx, m, dropped)) {
        if (pressTalk(e)) {
          if (!press) dropped.push(drop(doc, s, m, 'press'));
          press = true;
          continue;
        }
        const key = `${e.source}|${e.target}|${e.cameo}`;
        if (seen.has(key)) continue;
        seen.add(key);
        events.push(e);
      }
    }
  }
  return { events, dropped };
}

/** Whether token `i` is a word after the first of an organization's name: "Press" of "the Associated Press". */
function insideName(mentions: readonly Mention[], i: number): boolean {
  for (const x of mentions)
    if (x.kind === 'organization' && i > x.tokenStart && i < x.tokenEnd && !x.possessive) return true;
  return false;
}

export function eventsStage(lexicon: Lexicon): Stage {
  return {
    name: 'events',
    requires: ['sentences', 'tokens', 'mentions'],
    assigns: ['events'],
    run: function events(doc: Doc): Doc {
      const { events, dropped } = codeEvents(doc, lexicon);
      return { ...doc, events, dropped };
    },
  };
}
