// GET /quotes and GET /articles/{id}/quotes, and the quote an event was reported in on
// /events/{id}: the fixture database plus two hand-coded articles with quotes.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Actor, Doc, Quote } from '../../src/model/index.ts';
import { createIngestor, type Store, storedArticleId } from '../../src/store/index.ts';
import { fixtureApp, fixtureDoc, fixtureStore, json } from './fixture.ts';

const DAR: Actor = { code: 'PAKGOV', country: 'PAK', sector: 'GOV', office: 'foreign office', rules: ['t'] };

const TEXT =
  '"We will not accept this," Foreign Minister Ishaq Dar said.\n' +
  'Pakistan accused India of violating the ceasefire, the statement said.';

function span(text: string, words: string, from = 0) {
  const start = text.indexOf(words, from);
  assert.ok(start >= 0, words);
  return { start, end: start + words.length, text: words };
}

function quotedDoc(id: string, published: string): Doc {
  const doc = fixtureDoc({
    id,
    source: 'dawn.com',
    published,
    text: TEXT,
    events: [
      {
        sentence: 1,
        source: 'PAKGOV',
        target: 'INDGOV',
        cameo: '112',
        words: ['accused', 'Pakistan', 'India'],
        names: ['Pakistan', 'India'],
        date: published,
      },
    ],
  });
  const t = TEXT;
  const quotes: Quote[] = [
    {
      kind: 'direct',
      sentence: 0,
      lastSentence: 0,
      span: span(t, 'We will not accept this,'),
      cue: span(t, 'said'),
      speaker: {
        span: span(t, 'Foreign Minister Ishaq Dar'),
        actors: [DAR],
        kind: 'official',
        rule: 'speaker:mention',
      },
      events: [],
      rule: 'quote:direct-before',
    },
    {
      kind: 'reported',
      sentence: 1,
      lastSentence: 1,
      span: span(t, 'Pakistan accused India of violating the ceasefire'),
      cue: span(t, 'said', t.indexOf('statement')),
      speaker: {
        span: span(t, 'the statement'),
        actors: [DAR],
        kind: 'statement',
        rule: 'speaker:refers-back',
        refersTo: 0,
      },
      events: [0],
      rule: 'quote:reported-after',
    },
  ];
  const spanS = quotes[1].speaker!.span;
  return {
    ...doc,
    quotes,
    topics: [
      {
        context: 'military',
        count: 1,
        terms: ['ceasefire'],
        sentences: [1],
        spans: [span(t, 'ceasefire')],
        rules: ['issues.txt:1'],
      },
    ],
    attributions: [
      { kind: 'statement', span: spanS, actors: [DAR], spans: [spanS], quotes: [1], events: [0] },
    ],
    casualties: [],
  };
}

let app: OpenAPIHono;
let store: Store;
// the same text twice is one article: the second copy differs by a trailing line
const ONE = storedArticleId(TEXT);
const TWO = storedArticleId(`${TEXT}\nMore later.`);

before(async () => {
  store = await fixtureStore();
  const ingestor = createIngestor(store, {
    coder: {
      code: () => {
        throw new Error('coded by hand');
      },
    },
    fingerprint: 'fixture',
  });
  const one = quotedDoc('quoted-1', '2025-04-08');
  const two = quotedDoc('quoted-2', '2025-04-12');
  two.article = { ...two.article, text: `${TEXT}\nMore later.` };
  await ingestor.add({ article: one.article, input: 'quoted-1', doc: one });
  await ingestor.add({ article: two.article, input: 'quoted-2', doc: two });
  await ingestor.finish();
  ({ app } = await fixtureApp({ store }));
});
after(() => store.close());

async function get(path: string, status = 200) {
  const res = await app.request(path);
  assert.equal(res.status, status, `${path}: ${await res.clone().text()}`);
  return json(res);
}

test('/articles/:id/quotes: the quotes in text order with speakers, events, topics and sources', async () => {
  const body = await get(`/articles/${ONE}/quotes`);
  const article = (await get(`/articles/${ONE}`)).article;
  assert.equal(body.article_id, ONE);
  assert.deepEqual(
    body.quotes.map((q: { ordinal: number; kind: string; text: string }) => [q.ordinal, q.kind, q.text]),
    [
      [0, 'direct', 'We will not accept this,'],
      [1, 'reported', 'Pakistan accused India of violating the ceasefire'],
    ],
  );
  for (const q of body.quotes) {
    assert.equal(article.text.slice(q.start, q.end), q.text);
    assert.equal(article.text.slice(q.speaker.start, q.speaker.end), q.speaker.text);
    assert.equal(article.text.slice(q.cue.start, q.cue.end), q.cue.text);
    assert.equal(q.speaker.code, 'PAKGOV');
  }
  const [direct, reported] = body.quotes;
  assert.equal(direct.speaker.text, 'Foreign Minister Ishaq Dar');
  assert.deepEqual(direct.events, []);
  assert.equal(reported.speaker.kind, 'statement');
  assert.equal(reported.speaker.refers_to, 0);
  const events = (await get(`/events?article=${ONE}`)).items;
  assert.deepEqual(reported.events, [events[0].id]);
  assert.deepEqual(
    body.topics.map((t: { context: string }) => t.context),
    ['military'],
  );
  assert.equal(body.attributions[0].kind, 'statement');
  assert.deepEqual(body.attributions[0].events, [events[0].id]);
  assert.deepEqual(body.casualties, []);
});

test('/articles/:id/quotes of an article without quotes is empty; unknown 404, malformed 400', async () => {
  const plain = (await get('/articles?domain=apnews.com')).items[0];
  assert.deepEqual(await get(`/articles/${plain.id}/quotes`), {
    article_id: plain.id,
    quotes: [],
    topics: [],
    attributions: [],
    casualties: [],
  });
  const missing = await get('/articles/0123456789abcdef0123/quotes', 404);
  assert.equal(missing.status, 404);
  await get(`/articles/${encodeURIComponent("x' OR 1=1")}/quotes`, 400);
});

test('/quotes: filters by speaker, country, kind, source kind, words, event, article and date', async () => {
  const all = await get('/quotes');
  assert.equal(all.items.length, 4);
  assert.equal(all.next, null);
  assert.deepEqual(
    all.items.map((q: { day: string }) => q.day),
    ['2025-04-12', '2025-04-12', '2025-04-08', '2025-04-08'],
  );
  const count = async (query: string) => (await get(`/quotes?${query}`)).items.length;
  assert.equal(await count('speaker=pak'), 4);
  assert.equal(await count('speaker=PAKGOV'), 4);
  assert.equal(await count('speaker=INDGOV'), 0);
  assert.equal(await count('country=pak'), 4);
  assert.equal(await count('country=IND'), 0);
  assert.equal(await count('kind=direct'), 2);
  assert.equal(await count('kind=according-to'), 0);
  assert.equal(await count('speaker_kind=statement'), 2);
  assert.equal(await count('attributed=false'), 0);
  assert.equal(await count('attributed=1'), 4);
  assert.equal(await count('q=NOT%20ACCEPT'), 2);
  assert.equal(await count('q=statement'), 2);
  assert.equal(await count(`q=${encodeURIComponent("'; DROP TABLE quotes; --")}`), 0);
  assert.equal(await count(`article=${TWO}`), 2);
  assert.equal(await count('from=2025-04-10'), 2);
  assert.equal(await count('to=2025-04-10'), 2);
  const ev = (await get(`/events?article=${ONE}`)).items[0].id;
  const holding = (await get(`/quotes?event=${ev}`)).items;
  assert.deepEqual(
    holding.map((q: { article_id: string; ordinal: number }) => [q.article_id, q.ordinal]),
    [[ONE, 1]],
  );
  assert.equal(await count('order=asc'), 4);
  assert.equal((await get('/quotes?order=asc')).items[0].day, '2025-04-08');
});

test('/quotes pages by cursor without gaps or repeats', async () => {
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: { id: string }[]; next: string | null } = await get(
      `/quotes?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
    );
    assert.ok(page.items.length <= 1);
    seen.push(...page.items.map((q) => q.id));
    cursor = page.next;
  } while (cursor);
  assert.equal(seen.length, 4);
  assert.equal(new Set(seen).size, 4);
});

test('/quotes: bad parameters are 400 problem details naming the field', async () => {
  const bad: [string, string][] = [
    ['speaker=P!', 'speaker'],
    ['country=PAKI', 'country'],
    ['kind=shouted', 'kind'],
    ['speaker_kind=oracle', 'speaker_kind'],
    ['attributed=maybe', 'attributed'],
    ['from=2025-13-01', 'from'],
    ['limit=0', 'limit'],
    ['limit=10001', 'limit'],
    ['event=a%20b', 'event'],
    ['q=', 'q'],
  ];
  for (const [query, field] of bad) {
    const body = await get(`/quotes?${query}`, 400);
    assert.equal(body.status, 400, query);
    assert.ok(
      body.errors?.some((e: { field: string }) => e.field === field),
      `${query}: ${JSON.stringify(body.errors)}`,
    );
  }
  const cursor = Buffer.from('"nope"').toString('base64url');
  assert.equal((await get(`/quotes?cursor=${cursor}`, 400)).status, 400);
});

test('/events/:id shows the quote its evidence lies in, with the speaker; null when none', async () => {
  const ev = (await get(`/events?article=${ONE}`)).items[0].id;
  const d = await get(`/events/${ev}`);
  assert.equal(d.quote.kind, 'reported');
  assert.equal(d.quote.speaker.text, 'the statement');
  assert.equal(d.quote.speaker.code, 'PAKGOV');
  assert.ok(d.quote.events.includes(ev));
  const other = (await get('/events?plover=AGREE')).items[0].id;
  assert.equal((await get(`/events/${other}`)).quote, null);
});
