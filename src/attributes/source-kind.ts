import type { SourceKind } from '../model/attributes.ts';
import type { Doc } from '../model/index.ts';
import { STATE_SECTORS } from '../ontology/sectors.ts';
import { headLemma, type Range } from './np.ts';
import type { Picked } from './speaker-context.ts';
import {
  ANONYMITY_RE,
  ANONYMOUS_HEADS,
  DOCUMENT_NOUNS,
  MEDIA_WORDS,
  MONITOR_WORDS,
  SOCIAL_WORDS,
  STATEMENT_NOUNS,
  WITNESS_WORDS,
} from './words.ts';

const STATEMENT_CONTEXT =
  /\b(in|through|via|by|issued) (a|an|its|his|her|their|the|joint|written) (\w+ ){0,2}(statement|release|communiqu[eé]|readout)\b/i;
const SOCIAL_CONTEXT =
  /\b(on|to) (twitter|x|facebook|telegram|instagram|truth social|youtube|weibo)\b|\b(tweet(ed)?|posted)\b/i;
const MEDIA_CONTEXT =
  /\b(news agency|state media|state television|state tv|state-run|local media|media reports?)\b/i;
const MONITOR_CONTEXT = /\b(rights group|monitoring group|human rights watch|amnesty international)\b/i;
const PERSONAL = new Set(['he', 'she', 'i', 'we']);

/**
 * What kind of source the speaker tokens `r` name, reading the words up to `contextEnd` too
 * ("said in a statement", "on condition of anonymity", "wrote on Telegram").
 */
export function sourceKind(doc: Doc, r: Range, contextEnd: number, picked: Picked): SourceKind {
  const t = doc.tokens;
  const lemmas: string[] = [];
  let proper = false;
  for (let i = r.from; i < r.to; i++) {
    lemmas.push(t[i].lemma);
    if (t[i].pos === 'PROPN') proper = true;
  }
  const end = Math.min(Math.max(contextEnd, r.to), t.length);
  const context = doc.article.text.slice(t[r.from].start, t[end - 1].end);
  const has = (set: ReadonlySet<string>) => lemmas.some((l) => set.has(l));
  const sectors = new Set(picked.actors.map((a) => a.sector));
  const named = picked.kinds.has('person') || picked.kinds.has('title-name');
  if (has(STATEMENT_NOUNS) || STATEMENT_CONTEXT.test(context)) return 'statement';
  if (has(DOCUMENT_NOUNS)) return 'document';
  if (has(SOCIAL_WORDS) || SOCIAL_CONTEXT.test(context)) return 'social-media';
  if (ANONYMITY_RE.test(context) || (!named && ANONYMOUS_HEADS.has(headLemma(t, r)))) return 'anonymous';
  if (has(MONITOR_WORDS) || sectors.has('NGO') || MONITOR_CONTEXT.test(context)) return 'monitor';
  if (sectors.has('JRN') || MEDIA_CONTEXT.test(context) || (picked.actors.length === 0 && has(MEDIA_WORDS)))
    return 'media';
  if (has(WITNESS_WORDS)) return 'witness';
  if (picked.actors.some((a) => a.sector && STATE_SECTORS.has(a.sector))) return 'official';
  if (named || picked.actors.some((a) => a.name || a.sector === 'CVL') || PERSONAL.has(t[r.from].lower))
    return 'person';
  if (picked.actors.length > 0) return 'organization';
  return proper ? 'person' : 'unknown';
}
