// Docs built by hand for store tests: the store is tested without running the coder.
import type { Doc, Event } from '../../src/model/index.ts';
import { cameo as cameoInfo, ploverQuad } from '../../src/ontology/index.ts';
import { articleId, type CodedArticle } from '../../src/store/index.ts';

export interface ArticleSpec {
  /** External id. */
  id: string;
  sentences: string[];
  published?: string;
  url?: string;
  source?: string;
  title?: string;
  events?: EventSpec[];
}

export interface EventSpec {
  sentence?: number;
  source: string;
  target: string;
  cameo: string;
  date?: string | null;
  location?: string | null;
  confidence?: number;
  symmetric?: boolean;
  source_name?: string;
  /** The coder's `source_group` / `target_group` (set only when given, as the coder does). */
  source_group?: string;
  target_group?: string;
}

export function makeEvent(articleId: string, text: string, sentenceStart: number, s: EventSpec): Event {
  const info = cameoInfo(s.cameo);
  const plover = info?.plover ?? null;
  const e: Event = {
    article: articleId,
    sentence: s.sentence ?? 0,
    source: s.source,
    target: s.target,
    source_name: s.source_name ?? s.source,
    target_name: s.target,
    cameo: s.cameo,
    plover,
    mode: info?.mode ?? null,
    symmetric: s.symmetric ?? plover === 'CONSULT',
    goldstein: info?.goldstein ?? 0,
    quad: plover ? ploverQuad(plover) : null,
    date: s.date === undefined ? null : s.date,
    location: s.location ?? null,
    negated: false,
    evidence: [
      { start: sentenceStart, end: sentenceStart + 4, text: text.slice(sentenceStart, sentenceStart + 4) },
    ],
    rule: 'verbs/test.txt:1',
    confidence: s.confidence ?? 0.9,
    contexts: [],
    source_rule: 'test',
    target_rule: 'test',
  };
  if (s.source_group) e.source_group = s.source_group;
  if (s.target_group) e.target_group = s.target_group;
  return e;
}

export function makeDoc(spec: ArticleSpec): Doc {
  const text = spec.sentences.join(' ');
  let at = 0;
  const sentences = spec.sentences.map((s, index) => {
    const span = { index, start: at, end: at + s.length, tokenStart: 0, tokenEnd: 0 };
    at += s.length + 1;
    return span;
  });
  const article = {
    id: spec.id,
    text,
    lang: 'en',
    ...(spec.published ? { published: spec.published } : {}),
    ...(spec.url ? { url: spec.url } : {}),
    ...(spec.source ? { source: spec.source } : {}),
    ...(spec.title ? { title: spec.title } : {}),
  };
  const events = (spec.events ?? []).map((e) =>
    makeEvent(spec.id, text, sentences[e.sentence ?? 0].start, e),
  );
  const mentions = (spec.events ?? []).map((e) => ({
    start: sentences[e.sentence ?? 0].start,
    end: sentences[e.sentence ?? 0].start + 3,
    sentence: e.sentence ?? 0,
    tokenStart: 0,
    tokenEnd: 1,
    kind: 'country' as const,
    actors: [{ code: e.source, country: e.source.slice(0, 3), sector: null, rules: [] }],
  }));
  return { article, sentences, tokens: [], mentions, events, dropped: [], messages: [] };
}

export function coded(spec: ArticleSpec, coder = 'test-coder'): CodedArticle {
  const doc = makeDoc(spec);
  const a = doc.article;
  return {
    article: {
      id: articleId(a.text),
      external_id: a.id,
      url: a.url ?? null,
      source: a.source ?? null,
      title: a.title ?? null,
      published: a.published ?? null,
      lang: a.lang,
      text: a.text,
      input: `${a.id}.txt`,
    },
    doc,
    status: 'coded',
    coder,
  };
}
