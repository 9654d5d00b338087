// Whether a "warning" threatens anyone, from what the warning says.
import type { Mention, Token } from '../model/index.ts';
import { STATE_SECTORS } from '../ontology/sectors.ts';
import type { PatternMatch } from './patterns.ts';

/**
 * A warning threatens (CAMEO 130) when its speaker says what the speaker's side will do, or
 * names a consequence: "warned Congress that he will not tolerate…", "warned that police will
 * no longer tolerate rallies", "warned Syria's government will be held accountable". A warning
 * that tells someone what others may do or what may happen is information, not a threat:
 * "warned lawmakers that … taxpayers may not be able to file", "warned the U.S. that Tsarnaev may
 * have been radicalizing", "warned Romney that framing the election … would be a risky bet",
 * "warned the GOP about expected battles". Only the residual code is read: a warning of a named
 * measure ("warned of sanctions") has its own code.
 */
export function informationalWarning(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  m: PatternMatch,
  source: Mention,
  end: number,
): boolean {
  if (m.pattern.code !== '130' || !m.positions.some((i) => WARN_WORDS.has(tokens[i].lemma))) return false;
  const said = whatIsSaid(tokens, m.positions.at(-1)! + 1, end);
  if (!said) return false;
  // a condition keeps the threat: "warned another trade row will develop if the EC proceeds"
  for (let i = said.from; i < end && tokens[i].text !== ';'; i++)
    if (consequence(tokens, i) || CONDITIONS.has(tokens[i].lower)) return false;
  if (said.about) return true;
  return !speakersSide(tokens, mentions, source, said.from, end);
}

const WARN_WORDS = new Set(['warn', 'warning']);
/** Adverbials that may stand between "warned (X)" and "that": "warned Monday that", "in his letter". */
const GAP = 10;

/**
 * Where the warning's content starts: after "that", after "about"/"of" (a topic), or at a bare
 * clause ("warned it will darken further", "warns North Korea may have developed…"). None when
 * the warning is a demand or advice ("warned X not to…", "warned against…") or says nothing more.
 */
function whatIsSaid(
  tokens: readonly Token[],
  from: number,
  end: number,
): { from: number; about: boolean } | undefined {
  for (let j = from; j < end && j < from + GAP; j++) {
    const t = tokens[j];
    if (t.lower === 'that') return { from: j + 1, about: false };
    if ((t.lower === 'about' || t.lower === 'of') && (j === from || NOUNISH.has(tokens[j - 1].pos)))
      return { from: j + 1, about: true };
    if (STOPS.has(t.lower) || t.pos === 'PUNCT' || t.pos === 'VERB') return undefined;
    if (t.pos === 'AUX' && j > from && NOUNISH.has(tokens[j - 1].pos)) return { from, about: false };
  }
  return undefined;
}
const STOPS = new Set(['to', 'not', 'against', 'if', 'unless', 'over', 'for']);
/** Words that end a noun phrase: a warning's addressee, or the subject of what it says. */
const NOUNISH = new Set(['NOUN', 'PROPN', 'PRON']);

/** Words of a threatened consequence: "will be held accountable", "a strong response", "a red line". */
function consequence(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.lower === 'red' && tokens[i + 1]?.lemma === 'line') return true;
  return CONSEQUENCE_WORDS.has(t.lemma) || CONSEQUENCE_WORDS.has(t.lower);
}
const CONSEQUENCE_WORDS = new Set([
  'accountable',
  'consequence',
  'repercussion',
  'response',
  'respond',
  'retaliate',
  'retaliation',
  'punish',
  'punishment',
  'force',
  'military',
  'militarily',
  'sanction',
  'price',
  'pay',
  'tolerate',
  'veto',
  'action',
  'measure',
  'war',
  'attack',
  'strike',
  'retribution',
  'reprisal',
  'reply', // "warned Pakistan of a befitting reply"
  'revenge',
  'vengeance',
]);

/**
 * Pronouns that may be the speaker or the speaker's own: "warned that it would not give any
 * notice" (a country, a group), "he would veto", "her caucus is willing to…".
 */
const SIDE_PRONOUNS = new Set(['i', 'we', 'they', 'my', 'our', 'their']);
const INDIVIDUAL_PRONOUNS = new Set(['he', 'she', 'his', 'her']);
const COLLECTIVE_PRONOUNS = new Set(['it', 'its']);
/** A speaker who is one person (a pronoun speaker too): "he", "she" may be the speaker, "it" not. */
const ONE_PERSON_KINDS = new Set<Mention['kind']>(['person', 'title-name', 'pronoun']);

/**
 * Whether the clause's subject is the speaker or the speaker's own side: a pronoun, the same
 * actor, or, for a speaker of the state, the state's forces and institutions of the speaker's
 * country ("police", "MEPs").
 */
function speakersSide(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  source: Mention,
  from: number,
  end: number,
): boolean {
  let verb = from;
  while (verb < end && tokens[verb].pos !== 'AUX' && tokens[verb].pos !== 'VERB') verb++;
  const individual = ONE_PERSON_KINDS.has(source.kind);
  for (let i = from; i < verb; i++) {
    const w = tokens[i].lower;
    if (tokens[i].pos !== 'PRON') continue;
    if (SIDE_PRONOUNS.has(w) || (individual ? INDIVIDUAL_PRONOUNS : COLLECTIVE_PRONOUNS).has(w)) return true;
  }
  for (const x of mentions) {
    if (x.tokenStart < from || x.tokenStart >= verb) continue;
    // the speaker's side, or its state's own arms: a warning that they will act is a threat; a
    // speaker outside the state (a former official, a party, a critic) does not speak for them:
    // "Former Defense Secretary Robert Gates warned that President Obama's vow … is ambitious"
    for (const a of x.actors)
      for (const b of source.actors)
        if (
          a.code === b.code ||
          (a.country === b.country && STATE_SECTORS.has(a.sector ?? '') && STATE_SECTORS.has(b.sector ?? ''))
        )
          return true;
  }
  return false;
}
const CONDITIONS = new Set(['if', 'unless']);
