// A small database for the API tests, built by hand (no coder: the API is tested on fixed
// events, whatever the coder learns later). Stories: a Pakistan–US phone call reported
// twice (one cluster), the US praising Pakistan, Pakistani troops attacking Afghanistan,
// Iran accusing and threatening France, and an article whose text is markup and SQL.
// Each line of a text is one sentence.
import type { Coder } from '../../src/coder/index.ts';
import type { Doc, Event } from '../../src/model/index.ts';
import { cameo as cameoInfo, ploverQuad } from '../../src/ontology/index.ts';
import { createApp, type ServerOptions } from '../../src/server/index.ts';
import { createIngestor, openStore, type Store } from '../../src/store/index.ts';
import { fixtureCoder } from '../helpers/coder.ts';

interface EventSpec {
  sentence: number;
  source: string;
  target: string;
  cameo: string;
  /** The words of the verb pattern, the source mention and the target mention. */
  words: [string, string, string];
  names: [string, string];
  date: string;
  location?: string;
  confidence?: number;
}

interface ArticleSpec {
  id: string;
  source: string;
  url?: string;
  title?: string;
  published: string;
  text: string;
  events: EventSpec[];
}

const call = (sentence: number, cameo: string, words: [string, string, string], confidence = 0.9) => ({
  sentence,
  source: 'PAKGOV',
  target: 'USAGOV',
  cameo,
  words,
  names: ['Ishaq Dar', 'Marco Rubio'] as [string, string],
  date: '2025-04-08',
  confidence,
});

export const ARTICLES: ArticleSpec[] = [
  {
    id: 'call-dawn',
    source: 'dawn.com',
    url: 'https://www.dawn.com/news/1',
    title: 'Dar, Rubio hold first call',
    published: '2025-04-08',
    text:
      'Islamabad, April 08: Foreign Minister Ishaq Dar held his first official phone conversation with ' +
      "US Secretary of State Marco Rubio.\nDar reaffirmed Pakistan's commitment to the partnership.",
    events: [
      {
        ...call(0, '041', [
          'held his first official phone conversation with',
          'Foreign Minister Ishaq Dar',
          'US Secretary of State Marco Rubio',
        ]),
        location: 'Islamabad',
      },
      {
        ...call(
          1,
          '030',
          ["reaffirmed Pakistan's commitment", 'Dar', 'US Secretary of State Marco Rubio'],
          0.45,
        ),
        location: 'Islamabad',
      },
    ],
  },
  {
    id: 'call-reuters',
    source: 'reuters.com',
    published: '2025-04-08',
    text: 'Pakistani Foreign Minister Ishaq Dar held a phone conversation with Marco Rubio on Tuesday.',
    events: [
      call(0, '041', [
        'held a phone conversation with',
        'Pakistani Foreign Minister Ishaq Dar',
        'Marco Rubio',
      ]),
    ],
  },
  {
    id: 'praise',
    source: 'apnews.com',
    published: '2025-04-15',
    text: 'The United States praised Pakistan in Washington.',
    events: [
      {
        sentence: 0,
        source: 'USAGOV',
        target: 'PAKGOV',
        cameo: '051',
        words: ['praised', 'The United States', 'Pakistan'],
        names: ['The United States', 'Pakistan'],
        date: '2025-04-15',
        location: 'Washington',
      },
    ],
  },
  {
    id: 'attack',
    source: 'dawn.com',
    published: '2025-04-20',
    text: 'Pakistani troops attacked Afghanistan near Kabul on Sunday.',
    events: [
      {
        sentence: 0,
        source: 'PAKMIL',
        target: 'AFGGOV',
        cameo: '190',
        words: ['attacked', 'Pakistani troops', 'Afghanistan'],
        names: ['Pakistani troops', 'Afghanistan'],
        date: '2025-04-20',
        location: 'Kabul',
      },
    ],
  },
  {
    id: 'accuse',
    source: 'france24.com',
    published: '2025-03-03',
    text: 'Iran accused France of sabotage in Paris on Sunday.',
    events: [
      {
        sentence: 0,
        source: 'IRNGOV',
        target: 'FRAGOV',
        cameo: '112',
        words: ['accused', 'Iran', 'France'],
        names: ['Iran', 'France'],
        date: '2025-03-02',
        location: 'Paris',
      },
    ],
  },
  {
    id: 'markup',
    source: 'example.org',
    published: '2025-02-01',
    text:
      `Iran threatened France over "O'Brien"; DROP TABLE events; -- and 100%_of it.\n` +
      '<script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2">',
    events: [
      {
        sentence: 0,
        source: 'IRNGOV',
        target: 'FRAGOV',
        cameo: '130',
        words: ['threatened', 'Iran', 'France'],
        names: ['Iran', 'France'],
        date: '2025-02-01',
      },
    ],
  },
];

/** The words in the event's sentence, else (a mention named earlier) anywhere before it. */
function spanOf(text: string, sentence: { start: number; end: number }, words: string) {
  let start = text.slice(sentence.start, sentence.end).indexOf(words);
  start = start >= 0 ? sentence.start + start : text.indexOf(words);
  if (start < 0) throw new Error(`fixture: "${words}" is not in the text`);
  return { start, end: start + words.length, text: words };
}

export function fixtureDoc(a: ArticleSpec): Doc {
  let at = 0;
  const sentences = a.text.split('\n').map((line, index) => {
    const s = { index, start: at, end: at + line.length, tokenStart: 0, tokenEnd: 0 };
    at += line.length + 1;
    return s;
  });
  const events = a.events.map((e, i): Event => {
    const info = cameoInfo(e.cameo);
    if (!info) throw new Error(`fixture: unknown CAMEO code ${e.cameo}`);
    const plover = info.plover;
    return {
      article: a.id,
      sentence: e.sentence,
      source: e.source,
      target: e.target,
      source_name: e.names[0],
      target_name: e.names[1],
      cameo: e.cameo,
      plover,
      mode: info.mode,
      symmetric: plover === 'CONSULT',
      goldstein: info.goldstein,
      quad: plover ? ploverQuad(plover) : null,
      date: e.date,
      location: e.location ?? null,
      negated: false,
      evidence: e.words.map((w) => spanOf(a.text, sentences[e.sentence], w)),
      rule: `dict/verbs/test.txt:${i + 1}`,
      confidence: e.confidence ?? 0.9,
      contexts: [],
      source_rule: 'source:subject',
      target_rule: 'target:object',
    };
  });
  const article = {
    id: a.id,
    text: a.text,
    lang: 'en',
    published: a.published,
    source: a.source,
    ...(a.url ? { url: a.url } : {}),
    ...(a.title ? { title: a.title } : {}),
  };
  return { article, sentences, tokens: [], mentions: [], events, dropped: [], messages: [] };
}

export const TOKEN = 'test-token-0123456789';

export async function fixtureStore(url = ':memory:'): Promise<Store> {
  const store = await openStore(url);
  const coder = {
    code: (): Doc => {
      throw new Error('the fixture is coded by hand');
    },
  };
  const ingestor = createIngestor(store, { coder, fingerprint: 'fixture' });
  for (const a of ARTICLES) {
    const doc = fixtureDoc(a);
    await ingestor.add({ article: doc.article, input: a.id, doc });
  }
  await ingestor.finish();
  return store;
}

export async function fixtureApp(opts: Partial<ServerOptions> = {}) {
  const store = opts.store ?? (await fixtureStore());
  const app = createApp({ store, coder: () => fixtureCoder() as Coder, webDir: null, ...opts });
  return { store, app };
}

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in assertions
export async function json<T = any>(res: Response): Promise<T> {
  return (await res.json()) as T;
}
