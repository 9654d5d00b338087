import type { Mention, Token } from '../model/index.ts';
import type { PatternMatch } from './patterns.ts';
import { FUTURE } from './words.ts';

/** Verbs of belief: what a speaker thinks someone else will do is no report of that one's act. */
const BELIEVING: ReadonlySet<string> = new Set([
  'predict',
  'expect',
  'anticipate',
  'foresee',
  'believe',
  'think',
  'fear',
  'estimate',
  'reckon',
  'forecast',
  'speculate',
  'suspect',
  'assume',
  'worry',
  'hope',
]);
/** Verbs of saying: a report of the act ("diplomatic sources said … will visit"), unless pundits say it. */
const SAYING: ReadonlySet<string> = new Set(['say', 'suggest', 'warn', 'argue', 'write']);
/** Speakers who predict rather than report: "analysts say Iran will attack Israel". */
const PUNDITS: ReadonlySet<string> = new Set([
  'analyst',
  'expert',
  'observer',
  'pundit',
  'commentator',
  'economist',
  'strategist',
  'forecaster',
  'scholar',
  'critic',
]);
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'we']);
const SPEAKER_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/** A verb of belief or saying, whose subject may be the one predicting. */
export function reporting(t: Token): boolean {
  return t.pos === 'VERB' && (BELIEVING.has(t.lemma) || SAYING.has(t.lemma));
}

/**
 * "Analysts say Iran will attack Israel", "U.S. officials believe Iran would invade",
 * "Iran will strike Israel, experts said": a third party's prediction of what the actor will do,
 * not the actor's announcement (no threat or intention of its own). A belief of someone else
 * (believe, expect, fear …) or what pundits say is a prediction; the act stays announced when
 * the believer is the actor or of its country ("Iran's foreign minister believes Iran would …"),
 * and a report by officials or sources stays the news it is ("Gambian President Dawda Jawara will
 * visit Mauritania and Senegal …, diplomatic sources said on Wednesday").
 */
export function predictedByOther(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  m: PatternMatch,
  source: Mention,
  sentStart: number,
  sentEnd: number,
): boolean {
  // an act announced with "will" ("will attack") or a refusal (always of the future: "will not
  // meet"): the actor's own word only when no one else foresees it
  const announced =
    m.recoded?.startsWith('announced:') && FUTURE.has(m.recoded.slice('announced:'.length).toLowerCase());
  if (!announced && !m.recoded?.startsWith('refused:')) return false;
  // the reporting verb before the clause: its subject stands before it
  for (let v = m.anchor - 1; v >= sentStart; v--) {
    const t = tokens[v];
    if (t.text === ';') break;
    if (!reporting(t)) continue;
    if (source.tokenStart < v) return false;
    let j = v - 1;
    while (j > sentStart && (tokens[j].pos === 'ADV' || tokens[j].pos === 'AUX' || tokens[j].pos === 'PART'))
      j--;
    return predicting(tokens, mentions, source, t.lemma, j);
  }
  // ", analysts said" or ", said a U.S. official" after the clause
  let comma = false;
  for (let v = (m.positions.at(-1) ?? m.anchor) + 1; v < sentEnd; v++) {
    const t = tokens[v];
    if (t.text === ';') break;
    if (t.text === ',') comma = true;
    if (!comma || !reporting(t)) continue;
    const j = tokens[v - 1].text === ',' ? v + 1 : v - 1;
    return j < sentEnd && predicting(tokens, mentions, source, t.lemma, j);
  }
  return false;
}

/** Whether the speaker whose head word is at `j` predicts the act of `source` with the verb `verb`. */
function predicting(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  source: Mention,
  verb: string,
  j: number,
): boolean {
  if (SAYING.has(verb)) return PUNDITS.has(tokens[j].lemma);
  return otherSpeaker(tokens, mentions, source, j);
}

/** Whether the word at `j` is a speaker other than `source`: an actor of no country of its, or a noun naming no actor. */
function otherSpeaker(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  source: Mention,
  j: number,
): boolean {
  // "I expect the Commander in Chief would consult Congress": the one quoted foresees another's
  // act, whatever actor the "I" stands for ("I think I will meet him" stays an intent)
  if (FIRST_PERSON.has(tokens[j].lower)) return !FIRST_PERSON.has(tokens[source.tokenStart].lower);
  const speaker = mentions.find((x) => x.tokenStart <= j && j < x.tokenEnd && x.actors.length > 0);
  if (speaker) return !speaker.actors.some((a) => source.actors.some((b) => a.country === b.country));
  return SPEAKER_TAGS.has(tokens[j].pos);
}

/** Adverbs that make "will"/"would" a forecast: "will likely agree", "would probably support". */
const HEDGES: ReadonlySet<string> = new Set(['likely', 'probably', 'presumably']);

/**
 * The hedge between the future auxiliary at `aux` and the act at `anchor`, or undefined: "Obama
 * and House Republicans will likely agree to raise taxes", "those voters would probably support
 * President Obama", "Romney will likely get criticized by Democrats". A plain "will" announces
 * the act (an intention, a schedule); with "likely" or "probably" the writer or speaker only
 * forecasts it, and a forecast is no event of the actor's.
 */
export function hedgedFuture(tokens: readonly Token[], aux: number, anchor: number): string | undefined {
  for (let k = aux + 1; k < anchor; k++) if (HEDGES.has(tokens[k].lower)) return tokens[k].text;
  return undefined;
}
