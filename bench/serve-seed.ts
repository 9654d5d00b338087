// A synthetic events database for the API benchmark, written through the store's write API
// (no coder, no shared text): articles of five generated sentences, each one event with its
// evidence spans, over two years, twenty countries and six sectors. Pakistan–United States
// is one dyad among many, with a few percent of the events, as a busy real dyad would be.
import type { Doc, Event } from '../src/model/index.ts';
import { allCameoCodes, ploverQuad } from '../src/ontology/index.ts';
import { articleId, type CodedArticle, type Store } from '../src/store/index.ts';
import { rng } from '../test/store/rng.ts';

const COUNTRIES = ['PAK', 'USA', 'AFG', 'IND', 'CHN', 'RUS', 'UKR', 'IRN', 'ISR', 'FRA'];
const MORE = ['DEU', 'GBR', 'TUR', 'EGY', 'SAU', 'KEN', 'NGA', 'BRA', 'MEX', 'JPN'];
const SECTORS = ['GOV', 'GOV', 'MIL', 'COP', 'REB', 'BUS'];
const PLACES = [
  'Islamabad',
  'Washington',
  'Kabul',
  'New Delhi',
  'Beijing',
  'Moscow',
  'Kyiv',
  'Tehran',
  'Paris',
  'Geneva',
];
const OUTLETS = ['dawn.com', 'reuters.com', 'apnews.com', 'aljazeera.com', 'france24.com', 'bbc.co.uk'];

export const EVENTS_PER_ARTICLE = 5;

const DAY0 = Date.UTC(2023, 0, 1);
const dayAt = (n: number) => new Date(DAY0 + n * 86_400_000).toISOString().slice(0, 10);

function article(i: number, rand: () => number): CodedArticle {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const codes = allCameoCodes().filter((c) => c.plover && c.code.length === 3);
  const day = dayAt(Math.floor(rand() * 730));
  const lines: string[] = [];
  const events: Event[] = [];
  let at = 0;
  const sentences = [];
  for (let s = 0; s < EVENTS_PER_ARTICLE; s++) {
    const dyad = rand() < 0.04;
    const a = dyad ? 'PAK' : pick(rand() < 0.7 ? COUNTRIES : MORE);
    let b = dyad ? 'USA' : pick(rand() < 0.7 ? COUNTRIES : MORE);
    if (b === a) b = a === 'FRA' ? 'DEU' : 'FRA';
    const [src, tgt] = rand() < 0.5 ? [a, b] : [b, a];
    const source = src + pick(SECTORS);
    const target = tgt + pick(SECTORS);
    const code = pick(codes);
    const place = pick(PLACES);
    const verb = code.name.toLowerCase().slice(0, 40);
    const text = `Officials of ${source} moved to ${verb} with ${target} in ${place} (report ${i}.${s}).`;
    const span = (word: string) => {
      const start = at + text.indexOf(word);
      return { start, end: start + word.length, text: word };
    };
    sentences.push({ index: s, start: at, end: at + text.length, tokenStart: 0, tokenEnd: 0 });
    events.push({
      article: `bench-${i}`,
      sentence: s,
      source,
      target,
      source_name: `Officials of ${source}`,
      target_name: target,
      cameo: code.code,
      plover: code.plover,
      mode: code.mode,
      symmetric: false,
      goldstein: code.goldstein,
      quad: code.plover ? ploverQuad(code.plover) : null,
      date: day,
      location: place,
      negated: false,
      evidence: [span(verb), span(source), span(target)],
      rule: 'bench/serve-seed.ts:1',
      confidence: Math.round((0.4 + rand() * 0.6) * 100) / 100,
      contexts: [],
      source_rule: 'bench',
      target_rule: 'bench',
    });
    lines.push(text);
    at += text.length + 1;
  }
  const text = lines.join('\n');
  const source = pick(OUTLETS);
  const doc: Doc = {
    article: { id: `bench-${i}`, text, lang: 'en', published: day, source },
    sentences,
    tokens: [],
    mentions: [],
    events,
    dropped: [],
    messages: [],
  };
  const id = articleId(text);
  return {
    article: {
      id,
      external_id: `bench-${i}`,
      url: `https://${source}/${i}`,
      source,
      title: `Report ${i}`,
      published: day,
      lang: 'en',
      text,
      input: 'bench',
    },
    doc,
    status: 'coded',
    coder: 'bench',
  };
}

/** Writes articles until the store holds at least `events` events; returns how many it wrote. */
export async function seedEvents(
  store: Store,
  events: number,
  onBatch?: (n: number) => void,
): Promise<number> {
  const rand = rng(7);
  const articles = Math.ceil(events / EVENTS_PER_ARTICLE);
  let written = 0;
  for (let i = 0; i < articles; i += 500) {
    const batch = [];
    for (let j = i; j < Math.min(articles, i + 500); j++) batch.push(article(j, rand));
    written += (await store.write(batch)).events;
    onBatch?.(written);
  }
  return written;
}
