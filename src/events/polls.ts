// Opinion polls: "46 percent of likely voters support Mr. Obama" reports a standing preference of
// an electorate, not an act between political actors (shared/ANNOTATION.md codes no standing state).
import type { Sentence, Token } from '../model/index.ts';
import type { PatternMatch } from './patterns.ts';

/** Words that make a sentence report a poll. */
const POLL_WORDS = new Set([
  'poll',
  'polls',
  'polling',
  'pollster',
  'pollsters',
  'survey',
  'surveys',
  'surveyed',
]);
/** Words of a share of respondents after a number: "46 percent", "49%". */
const SHARE_WORDS = new Set(['percent', 'per', '%', 'pct']);
/** Verbs and nouns of preference a poll reports: support, back, favor, approve, side with. */
const PREFERENCE = new Set([
  'support',
  'back',
  'backing',
  'favor',
  'favour',
  'prefer',
  'approve',
  'side',
  'trust',
]);

/** Whether the sentence reports a poll: a poll word, or a number followed by "percent"/"%". */
export function pollSentence(tokens: readonly Token[], s: Sentence): boolean {
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i];
    if (POLL_WORDS.has(t.lower)) return true;
    if (SHARE_WORDS.has(t.lower) && i > s.tokenStart && tokens[i - 1].pos === 'NUM') return true;
  }
  return false;
}

/** A support pattern (root 05) anchored on a word of preference: what a poll reports, not an act. */
export function pollPreference(tokens: readonly Token[], m: PatternMatch): boolean {
  return m.pattern.code.startsWith('05') && PREFERENCE.has(tokens[m.anchor].lemma);
}
