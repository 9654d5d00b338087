// Acts a clause names without asserting them: under a negated verb of belief or saying ("don't
// think anyone else opened fire"), a "would" in a clause of cause or time ("because Russia would
// veto"), a present tense in a "when"-clause of a day to come ("When Obama meets Monday with Putin").
import type { Token } from '../model/index.ts';
import { WEEKDAY_NAMES } from '../nlp/index.ts';
import { reporting } from './predicted.ts';
import { BOUNDARY, NEGATIONS } from './words.ts';

/** How far back from the act its reporting verb may stand: "don't think anyone else besides Alexis opened". */
const REPORT_REACH = 10;
/** Verbs that show what a that-clause says, beside those of belief and saying. */
const SHOWING: ReadonlySet<string> = new Set(['show', 'indicate', 'confirm', 'know']);

/**
 * The negated verb of belief, saying or showing whose clause holds the act, or undefined:
 * "authorities don't think anyone else besides Alexis opened fire", "he did not say that Iran
 * had attacked": the act is not asserted. A verb between (other than the match's own words)
 * ends the look-back: the act is that verb's clause's. A subject must stand between the report
 * and the act ("didn't say to attack" is no clause), and the act must be a clause's verb.
 */
export function negatedReport(
  tokens: readonly Token[],
  anchor: number,
  clauseStart: number,
  positions: readonly number[],
): string | undefined {
  if (!finiteVerb(tokens, anchor)) return undefined;
  for (let k = anchor - 1; k >= clauseStart && k >= anchor - REPORT_REACH; k--) {
    const t = tokens[k];
    if (BOUNDARY.has(t.text) || t.text === ',') return undefined;
    if (t.pos !== 'VERB' || positions.includes(k)) continue;
    if (!(reporting(t) || SHOWING.has(t.lemma)) || k + 1 >= anchor || tokens[k + 1].lower === 'to')
      return undefined;
    let n = k - 1;
    while (n > clauseStart && tokens[n].pos === 'ADV' && !NEGATIONS.has(tokens[n].lower)) n--;
    return NEGATIONS.has(tokens[n]?.lower ?? '') && n >= clauseStart
      ? `${tokens[n].text} ${t.text}`
      : undefined;
  }
  return undefined;
}

/**
 * Whether the anchor is the verb of a clause: "opened", "had attacked", "was attacking"; not a
 * participle on a noun ("haven't said much beyond a few press releases praising Petraeus").
 */
function finiteVerb(tokens: readonly Token[], anchor: number): boolean {
  const a = tokens[anchor];
  if (a.pos !== 'VERB') return false;
  if (!a.lower.endsWith('ing')) return true;
  let k = anchor - 1;
  while (k > 0 && tokens[k].pos === 'ADV') k--;
  return tokens[k]?.lemma === 'be';
}

/** Clauses of cause or time in which "would" is only supposed: "because Russia would veto", "before Washington would agree". */
const SUPPOSING: ReadonlySet<string> = new Set(['because', 'before', 'until']);
/** How many words the subject between the subordinator and "would" may have. */
const SUBJECT_REACH = 6;

/**
 * Whether the "would" at `i` stands in a clause opened by "because", "before" or "until", only
 * its subject between: "there's no point in waiting for the UN because Russia would veto any
 * proposed punishment", "new conditions before Washington would agree to any deal": supposed, not done
 * nor announced.
 */
export function supposedWould(tokens: readonly Token[], i: number, clauseStart: number): boolean {
  if (tokens[i].lower !== 'would') return false;
  for (let k = i - 1; k >= clauseStart && k >= i - 1 - SUBJECT_REACH; k--) {
    const t = tokens[k];
    if (SUPPOSING.has(t.lower)) return k < i - 1;
    if (BOUNDARY.has(t.text) || t.text === ',' || t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return false;
}

/** How far back from its verb the "when" of a clause may stand: "When President Barack Obama meets". */
const WHEN_REACH = 6;

/**
 * Whether the present-tense verb at `v` is in a "when"-clause and a weekday follows it: "When
 * President Barack Obama meets Monday with Russian President Vladimir Putin, both leaders will be
 * under pressure": a meeting to come, like "will meet".
 */
export function whenLater(tokens: readonly Token[], v: number): string | undefined {
  let when = -1;
  for (let k = v - 1; k >= 0 && k >= v - WHEN_REACH && tokens[k].sentence === tokens[v].sentence; k--) {
    if (tokens[k].lower === 'when') {
      when = k;
      break;
    }
    if (BOUNDARY.has(tokens[k].text) || tokens[k].text === ',' || tokens[k].pos === 'VERB') return undefined;
  }
  if (when < 0) return undefined;
  for (let k = v + 1; k <= v + 3 && k < tokens.length; k++) {
    if (WEEKDAY_NAMES.has(tokens[k].lower)) return `when … ${tokens[k].text}`;
    if (tokens[k].lower !== 'on' && tokens[k].pos !== 'ADV') return undefined;
  }
  return undefined;
}
