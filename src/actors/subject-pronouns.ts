import { type Actor, actorWith, type Doc, type Mention, type Token } from '../model/index.ts';

/**
 * The subject of the latest sentence that named one: the first actor mention before the
 * sentence's first verb. "It" or "they" opening the next sentence stands for it.
 */
export interface SentenceSubject {
  sentence: number;
  actors: Actor[];
  /** "It" may stand for it: a country, an organization, a seat of government, one institution. */
  singular: boolean;
  /** "They" may stand for it: a group ("rebels", "the protesters") or a pair ("Iran and Iraq"). */
  plural: boolean;
}

/** Kinds of mention "it" may stand for: a state or an organization, not a person. */
const IT_KINDS = new Set<Mention['kind']>(['country', 'seat', 'capital', 'organization']);

/**
 * The subject of sentence `sentence`, whose mentions (resolved, in token order) are `merged`
 * and whose words start at `from`: the first mention no verb precedes, unless it is a
 * possessive or a place ("Iran's economy grew" has no actor subject).
 */
export function sentenceSubject(
  doc: Doc,
  merged: readonly Mention[],
  sentence: number,
  from: number,
): SentenceSubject | undefined {
  const m = merged[0];
  if (!m || m.possessive || m.placeOnly) return undefined;
  for (let i = from; i < m.tokenStart; i++)
    if (doc.tokens[i].pos === 'VERB' || doc.tokens[i].pos === 'AUX') return undefined;
  const head = doc.tokens[m.tokenEnd - 1];
  const agentPlural = m.kind === 'agent' && m.collective === true && /s$/.test(head.lower);
  const plural = m.actors.length > 1 || m.kind === 'people' || agentPlural;
  const singular =
    m.actors.length === 1 &&
    (IT_KINDS.has(m.kind) || (m.kind === 'agent' && m.collective === true && !agentPlural));
  if (!singular && !plural) return undefined;
  return { sentence, actors: m.actors, singular, plural };
}

/** Verbs an impersonal "it" takes: "It means refusing…", "It seems", "It remains unclear". */
const IMPERSONAL_VERBS = new Set([
  'mean',
  'seem',
  'appear',
  'remain',
  'take',
  'make',
  'happen',
  'come',
  'look',
  'sound',
  'matter',
  'cost',
  'follow',
  'depend',
  'become',
  'turn',
  'go',
  'feel',
]);

/** Auxiliaries after which "it" or "they" still acts: not "it is", "it was" (clear, reported…). */
const ACTING_AUXILIARIES = new Set([
  'have',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'must',
  'do',
  'shall',
]);

/**
 * Whether the pronoun at `i` opens its sentence (perhaps after "But" or "And") as the subject
 * of an action: "It also accused…", "They later shelled…", "It has demanded…"; not "It is
 * unclear", "It was reported".
 */
function actingSubjectAt(tokens: readonly Token[], i: number, from: number): boolean {
  if (i !== from && !(i === from + 1 && tokens[from].pos === 'CCONJ')) return false;
  let k = i + 1;
  while (k < tokens.length && tokens[k].pos === 'ADV' && k - i <= 2) k++;
  const next = tokens[k];
  if (!next || next.sentence !== tokens[i].sentence) return false;
  const acts = (v: Token | undefined) =>
    v?.pos === 'VERB' && v.sentence === tokens[i].sentence && !IMPERSONAL_VERBS.has(v.lemma);
  if (next.pos === 'VERB') return acts(next);
  if (next.pos !== 'AUX' || !ACTING_AUXILIARIES.has(next.lemma)) return false;
  let v = k + 1;
  while (v < tokens.length && (tokens[v].pos === 'ADV' || tokens[v].pos === 'AUX') && v - k <= 2) v++;
  return acts(tokens[v]);
}

/**
 * "It" or "they" opening sentence `sentence` as the subject of an action, standing for the
 * subject of the sentence right before: "Iran's foreign ministry criticized Israel. It also
 * accused the United States…", "Syrian rebels attacked the town. They also shelled…". "It" only
 * for a state, an organization or one institution, "they" only for a group or a pair.
 */
export function subjectPronounActors(
  doc: Doc,
  i: number,
  from: number,
  sentence: number,
  previous: SentenceSubject | undefined,
): Actor[] | undefined {
  const t = doc.tokens[i];
  if (t.pos !== 'PRON' || !previous || previous.sentence !== sentence - 1) return undefined;
  const it = t.lower === 'it';
  if (!(it ? previous.singular : t.lower === 'they' && previous.plural)) return undefined;
  if (!actingSubjectAt(doc.tokens, i, from)) return undefined;
  return previous.actors.map((a) =>
    actorWith(a, {
      rules: [...a.rules, `pronoun:${t.lower}`, 'pronoun:previous-subject'],
    }),
  );
}
