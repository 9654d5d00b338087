import type { Speaker } from '../model/attributes.ts';
import type { Token } from '../model/index.ts';
import { definiteAntecedent, pronounAntecedent, referBack, statementIssuer } from './antecedents.ts';
import { tokenSpan } from './doc-index.ts';
import { headLemma, type Range } from './np.ts';
import { sourceKind } from './source-kind.ts';
import { type Picked, pickMention, type SpeakerContext } from './speaker-context.ts';
import { DOCUMENT_NOUNS, STATEMENT_NOUNS } from './words.ts';

export type { Resolver, SpeakerContext } from './speaker-context.ts';

const DEFINITE = new Set(['the', 'this', 'that']);

function fromEarlier(ctx: SpeakerContext, r: Range, i: number, rule: string): Speaker {
  const earlier = ctx.quotes[i].speaker!;
  return {
    span: tokenSpan(ctx.doc, r.from, r.to),
    actors: earlier.actors,
    kind: earlier.kind,
    rule,
    refersTo: i,
  };
}

/** "the statement read": the statement quoted or introduced last. */
function statementSpeaker(ctx: SpeakerContext, r: Range, kind: Speaker['kind']): Speaker | undefined {
  const sentence = ctx.doc.tokens[r.from].sentence;
  const i = referBack(ctx, sentence, (s) => s.kind === 'statement' || s.kind === 'document');
  const issuer = statementIssuer(ctx, sentence, i >= 0 ? ctx.quotes[i].sentence : -1);
  if (issuer.length > 0)
    return { span: tokenSpan(ctx.doc, r.from, r.to), actors: issuer, kind, rule: 'speaker:statement-issuer' };
  const any = i >= 0 ? i : referBack(ctx, sentence, () => true);
  return any >= 0 ? { ...fromEarlier(ctx, r, any, 'speaker:refers-back'), kind } : undefined;
}

/**
 * The speaker named by tokens `r`: the actor of a mention inside it, else what a pronoun,
 * "the statement" or "the commission" refers back to (the nearest earlier attributed
 * source), else the resolver's answer. `contextEnd` bounds the words read to classify the
 * source ("in a statement").
 */
export function resolveSpeaker(ctx: SpeakerContext, r: Range, contextEnd: number): Speaker {
  const { doc } = ctx;
  const t: readonly Token[] = doc.tokens;
  const sentence = t[r.from].sentence;
  const span = tokenSpan(doc, r.from, r.to);
  const picked: Picked = pickMention(ctx, sentence, r);
  const single = r.to - r.from === 1 ? t[r.from].lower : '';
  const kind = sourceKind(doc, r, contextEnd, picked);
  if (single) {
    const i = pronounAntecedent(ctx, single, picked, sentence, span.start);
    if (i >= 0) return fromEarlier(ctx, r, i, 'speaker:pronoun-refers-back');
  }
  const head = headLemma(t, r);
  const definite = DEFINITE.has(t[r.from].lower) && r.to - r.from <= 6;
  const unplaced = picked.actors.length === 0 || picked.actors.every((a) => a.country === '---');
  if (definite && unplaced) {
    if ((STATEMENT_NOUNS.has(head) || DOCUMENT_NOUNS.has(head)) && picked.actors.length === 0) {
      const s = statementSpeaker(ctx, r, kind);
      if (s) return s;
    } else {
      const i = definiteAntecedent(ctx, head, picked, sentence);
      if (i >= 0) return { ...fromEarlier(ctx, r, i, 'speaker:definite-refers-back'), kind };
    }
  }
  if (picked.actors.length > 0) {
    const rule = single && picked.kinds.has('pronoun') ? 'speaker:pronoun-mention' : 'speaker:mention';
    return { span, actors: picked.actors, kind, rule };
  }
  const resolved = ctx.resolve && !single ? ctx.resolve(span.text) : null;
  if (resolved) {
    const better =
      kind === 'unknown' ? sourceKind(doc, r, contextEnd, { actors: [resolved], kinds: picked.kinds }) : kind;
    return { span, actors: [resolved], kind: better, rule: 'speaker:resolved' };
  }
  return { span, actors: [], kind, rule: 'speaker:unresolved' };
}
