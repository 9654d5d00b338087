import type { Quote, SourceKind, Speaker } from '../model/attributes.ts';
import type { Actor } from '../model/index.ts';
import { firstActor, type Picked, type SpeakerContext } from './speaker-context.ts';
import { STATEMENT_NOUNS } from './words.ts';

/** Characters that are neither letters, digits nor hyphens (built once: see nlp/capitals.ts). */
const NON_WORD = /[^\p{L}\p{N}-]/gu;

// What a speaker that names no one ("he", "the statement", "the commission") refers back to.

const PERSON_LIKE = new Set<SourceKind>(['official', 'person', 'anonymous', 'witness']);
const BODY_LIKE = new Set<SourceKind>([
  'statement',
  'document',
  'organization',
  'official',
  'media',
  'monitor',
  'social-media',
]);
/** How many sentences back "he said" or "the group said" may refer to an earlier speaker. */
const WINDOW = 8;

/** The nearest earlier quote whose speaker fits, within `window` sentences (all when undefined). */
export function referBack(
  ctx: SpeakerContext,
  sentence: number,
  fits: (s: Speaker) => boolean,
  window?: number,
): number {
  for (let i = ctx.quotes.length - 1; i >= 0; i--) {
    const q = ctx.quotes[i];
    if (window !== undefined && q.sentence < sentence - window) break;
    if (q.speaker && fits(q.speaker)) return i;
  }
  return -1;
}

/**
 * True when the person a pronoun's mention resolves to was named in the narrative (outside
 * quotes) after the earlier speaker: "…," LaBolt said. In May, Romney … he said "…".
 */
function narratedSince(ctx: SpeakerContext, earlier: Quote, pronoun: Picked, at: number): boolean {
  const name = pronoun.actors.length === 1 ? pronoun.actors[0].name : undefined;
  if (!name || earlier.speaker!.actors.some((a) => a.name === name)) return false;
  const after = Math.max(ctx.doc.sentences[earlier.lastSentence].end, earlier.speaker!.span.end);
  for (const m of ctx.doc.mentions) {
    if (m.start <= after) continue;
    if (m.start >= at) break;
    if (
      (m.kind === 'person' || m.kind === 'title-name') &&
      m.actors[0]?.name === name &&
      !ctx.inQuote?.(m.start)
    )
      return true;
  }
  return false;
}

/** "he said" → the last person quoted, unless the narrative has named the pronoun's person since. */
export function pronounAntecedent(
  ctx: SpeakerContext,
  word: string,
  picked: Picked,
  sentence: number,
  at: number,
): number {
  if (word === 'he' || word === 'she') {
    const i = referBack(ctx, sentence, (s) => PERSON_LIKE.has(s.kind), WINDOW);
    return i >= 0 && !narratedSince(ctx, ctx.quotes[i], picked, at) ? i : -1;
  }
  if (word === 'it') return referBack(ctx, sentence, (s) => BODY_LIKE.has(s.kind), WINDOW);
  if (word === 'they') return referBack(ctx, sentence, () => true, WINDOW);
  return -1;
}

/**
 * "the commission said", "the monitoring group said": the nearest earlier speaker whose words
 * hold the same noun, or whose actor has the same sector and a known country.
 */
export function definiteAntecedent(
  ctx: SpeakerContext,
  head: string,
  picked: Picked,
  sentence: number,
): number {
  const word = new RegExp(`\\b${head.replace(NON_WORD, '')}`, 'iu');
  const sectors = new Set(picked.actors.map((a) => a.sector).filter(Boolean));
  return referBack(
    ctx,
    sentence,
    (s) =>
      (head.length > 2 && word.test(s.span.text)) ||
      s.actors.some((a) => a.country !== '---' && sectors.has(a.sector)),
    WINDOW,
  );
}

/**
 * "Iran’s Foreign Ministry condemned … in a statement": the actors of the nearest sentence
 * before `sentence` (and after `floor`) that introduces a statement outside quotes.
 */
export function statementIssuer(ctx: SpeakerContext, sentence: number, floor: number): Actor[] {
  const { doc } = ctx;
  for (let i = sentence - 1; i > floor; i--) {
    const s = doc.sentences[i];
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = doc.tokens[k];
      if (!STATEMENT_NOUNS.has(t.lemma) || ctx.inQuote?.(t.start)) continue;
      const actors = firstActor(ctx, i, s.tokenStart, k);
      if (actors.length > 0) return actors;
    }
  }
  return [];
}
