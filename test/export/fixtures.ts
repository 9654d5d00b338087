// A small store with what the exports must handle: one event reported by three outlets, a
// Romanian and a media actor, a known group, places, an undated and a CAMEO-02 event.
import type { Store } from '../../src/store/index.ts';
import { openStore } from '../../src/store/index.ts';
import { type ArticleSpec, coded } from '../store/fixtures.ts';

export const ARTICLES: ArticleSpec[] = [
  {
    id: 'dawn-1',
    source: 'dawn.com',
    url: 'https://www.dawn.com/news/1',
    title: 'Pakistan, US hold talks',
    published: '2025-04-08',
    sentences: ['Pakistan and the United States held talks in Islamabad on Tuesday.'],
    events: [
      {
        source: 'PAKGOV',
        target: 'USAGOV',
        cameo: '040',
        date: '2025-04-08',
        location: 'Islamabad',
        source_name: 'Pakistan',
        confidence: 0.95,
      },
    ],
  },
  {
    id: 'reuters-1',
    source: 'reuters.com',
    url: 'https://www.reuters.com/world/1',
    published: '2025-04-09',
    sentences: ['U.S. officials met their Pakistani counterparts, a spokesman said.'],
    events: [{ source: 'USAGOV', target: 'PAKGOV', cameo: '040', date: '2025-04-08' }],
  },
  {
    id: 'ap-1',
    source: 'apnews.com',
    url: 'https://apnews.com/article/1',
    published: '2025-04-09',
    sentences: ['Talks between Islamabad and Washington took place on Wednesday.'],
    events: [{ source: 'PAKGOV', target: 'USAGOV', cameo: '040', date: '2025-04-09' }],
  },
  {
    id: 'ro-1',
    published: '2025-05-02',
    url: 'https://example.ro/a',
    sentences: [
      'Romania\'s government accused "Antena 3" journalists, in Bucharest, of lying.',
      'Doctors in Berlin criticized the United Nations; the UN had investigated.',
      'Germany appealed to Britain.',
    ],
    events: [
      {
        sentence: 0,
        source: 'ROUGOV',
        target: 'ROUJRN',
        cameo: '112',
        date: '2025-05-02',
        location: 'Bucharest',
      },
      { sentence: 1, source: 'DEUMED', target: 'UNO', cameo: '111', date: '2025-05-02', location: 'Germany' },
      { sentence: 1, source: 'UNO', target: 'DEUGOV', cameo: '090', date: '2025-05-01' },
      { sentence: 2, source: 'DEUGOV', target: 'GBRGOV', cameo: '020', date: '2025-05-02' },
    ],
  },
  {
    id: 'protest-1',
    sentences: ['Ukrainian protesters rallied against Russia.'],
    events: [{ source: 'UKRCVL', target: 'RUSGOV', cameo: '141', date: null, location: 'Kyiv' }],
  },
];

export async function exportStore(path = ':memory:'): Promise<Store> {
  const store = await openStore(path);
  await store.write(ARTICLES.map((a) => coded(a)));
  return store;
}
