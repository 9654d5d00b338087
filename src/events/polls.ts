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
/** Verbs and nouns of preference a poll reports: support, back, favor, approve, side with; blame, oppose. */
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
  'blame',
  'oppose',
  'disapprove',
]);

/** No poll in the sentence (shared: most sentences report none). */
const NO_POLL: readonly number[] = [];
/** A poll word: the whole sentence reports the poll. */
const WHOLE_SENTENCE: readonly number[] = [-1];

/**
 * What in a sentence reports a poll: WHOLE_SENTENCE when it has a poll word, else the positions
 * of its shares ("46 percent", "49%"), which must stand near the preference they count.
 */
export function pollCues(tokens: readonly Token[], s: Sentence): readonly number[] {
  let shares: number[] | undefined;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i];
    if (POLL_WORDS.has(t.lower)) return WHOLE_SENTENCE;
    if (SHARE_WORDS.has(t.lower) && i > s.tokenStart && tokens[i - 1].pos === 'NUM') {
      shares ??= [];
      shares.push(i);
    }
  }
  return shares ?? NO_POLL;
}

/** How near its preference a share must stand: "with the backing of 41 percent", "46 percent of likely voters support". */
const SHARE_REACH = 8;

/**
 * A support or disapproval pattern (roots 05, 11, 12) anchored on a word of preference in a
 * sentence reporting a poll (`cues` from pollCues): what a poll reports, not an act. "Pelosi put
 * the blame on Boehner … to help 98 percent of earners" is no poll: the share is far away.
 */
export function pollPreference(tokens: readonly Token[], m: PatternMatch, cues: readonly number[]): boolean {
  if (cues.length === 0) return false;
  const root = m.pattern.code.slice(0, 2);
  if ((root !== '05' && root !== '11' && root !== '12') || !PREFERENCE.has(tokens[m.anchor].lemma))
    return false;
  return cues === WHOLE_SENTENCE || cues.some((i) => Math.abs(i - m.anchor) <= SHARE_REACH);
}
