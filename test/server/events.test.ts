// GET /events: every filter, pagination, both directions of a dyad, CSV, validation, and
// SQL metacharacters that stay data.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Store } from '../../src/store/index.ts';
import { fixtureApp, json } from './fixture.ts';

let app: OpenAPIHono;
let store: Store;
before(async () => ({ app, store } = await fixtureApp()));
after(() => store.close());

interface Ev {
  id: string;
  source: string;
  target: string;
  cameo: string;
  plover: string;
  date: string;
  article: string;
}

async function events(query: string): Promise<Ev[]> {
  const res = await app.request(`/events?${query}`);
  assert.equal(res.status, 200, await res.clone().text());
  return (await json<{ items: Ev[] }>(res)).items;
}

const triples = (evs: Ev[]) => evs.map((e) => `${e.source} ${e.target} ${e.cameo}`).sort();

test('all events, newest first', async () => {
  const all = await events('');
  assert.equal(all.length, 7);
  const dates = all.map((e) => e.date);
  assert.deepEqual(dates, [...dates].sort().reverse());
});

test('filters: dates, actors, countries, types, quad, words, confidence, location', async () => {
  assert.deepEqual(triples(await events('from=2025-04-09&to=2025-04-30')), [
    'PAKMIL AFGGOV 190',
    'USAGOV PAKGOV 051',
  ]);
  assert.deepEqual(triples(await events('source=PAK&target=USA')), [
    'PAKGOV USAGOV 030',
    'PAKGOV USAGOV 041',
    'PAKGOV USAGOV 041',
  ]);
  assert.deepEqual(triples(await events('source=pakgov&target=usagov&cameo=041')), [
    'PAKGOV USAGOV 041',
    'PAKGOV USAGOV 041',
  ]);
  assert.deepEqual(triples(await events('actor=PAKMIL')), ['PAKMIL AFGGOV 190']);
  assert.deepEqual(triples(await events('country=afg')), ['PAKMIL AFGGOV 190']);
  assert.deepEqual(triples(await events('plover=consult')), ['PAKGOV USAGOV 041', 'PAKGOV USAGOV 041']);
  assert.deepEqual(triples(await events('cameo=11')), ['IRNGOV FRAGOV 112']);
  assert.deepEqual(triples(await events('quad=4')), ['PAKMIL AFGGOV 190']);
  assert.deepEqual(triples(await events('q=PHONE')), ['PAKGOV USAGOV 041', 'PAKGOV USAGOV 041']);
  assert.deepEqual(triples(await events('q=rubio&min_confidence=0.5')), [
    'PAKGOV USAGOV 041',
    'PAKGOV USAGOV 041',
  ]);
  assert.deepEqual(triples(await events('location=Kabul')), ['PAKMIL AFGGOV 190']);
});

test('both=true: a dyad in both directions, paged by (day, id) without gaps or repeats', async () => {
  const whole = await events('source=USA&target=PAK&both=true&limit=100');
  assert.deepEqual(triples(whole), [
    'PAKGOV USAGOV 030',
    'PAKGOV USAGOV 041',
    'PAKGOV USAGOV 041',
    'USAGOV PAKGOV 051',
  ]);
  for (const order of ['desc', 'asc']) {
    const seen: string[] = [];
    let cursor = '';
    for (let guard = 0; guard < 10; guard++) {
      const res = await app.request(`/events?source=USA&target=PAK&both=1&limit=1&order=${order}${cursor}`);
      const page = await json<{ items: Ev[]; next: string | null }>(res);
      seen.push(...page.items.map((e) => e.id));
      if (!page.next) break;
      cursor = `&cursor=${page.next}`;
    }
    const expected = (await events(`source=USA&target=PAK&both=true&order=${order}`)).map((e) => e.id);
    assert.deepEqual(seen, expected, order);
    assert.equal(new Set(seen).size, 4);
  }
});

test('cursor pagination walks every event once', async () => {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const res = await app.request(`/events?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
    const page = await json<{ items: Ev[]; next: string | null }>(res);
    assert.ok(page.items.length <= 3);
    ids.push(...page.items.map((e) => e.id));
    cursor = page.next;
  } while (cursor);
  assert.equal(ids.length, 7);
  assert.equal(new Set(ids).size, 7);
});

test('CSV by Accept header or format=csv, with the next page in a Link header', async () => {
  const res = await app.request('/events?limit=2', { headers: { accept: 'text/csv' } });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/csv/);
  const link = res.headers.get('link') ?? '';
  assert.match(link, /^<\/events\?limit=2&cursor=[A-Za-z0-9_-]+>; rel="next"$/);
  const lines = (await res.text()).trimEnd().split('\n');
  assert.equal(lines.length, 3);
  assert.ok(lines[0].startsWith('id,article_id,cluster_id,article,sentence,source,target'));
  const csv = await (await app.request('/events?format=csv&plover=CONSULT')).text();
  assert.equal(csv.trimEnd().split('\n').length, 3);
  assert.match(csv, /"\[{""start"":/, 'evidence is quoted JSON');
  const preferJson = await app.request('/events', {
    headers: { accept: 'application/json, text/csv;q=0.5' },
  });
  assert.match(preferJson.headers.get('content-type') ?? '', /json/);
});

test('SQL metacharacters are data: no error, no match, the table still there', async () => {
  for (const q of [
    `' OR 1=1 --`,
    `"; DROP TABLE events; --`,
    `%`,
    `_`,
    `\\`,
    `') UNION SELECT * FROM articles --`,
  ]) {
    const res = await app.request(`/events?q=${encodeURIComponent(q)}`);
    assert.equal(res.status, 200, q);
    const items = (await json<{ items: Ev[] }>(res)).items;
    const literal = [`"; DROP TABLE events; --`, '%', '_'].includes(q);
    assert.equal(items.length, literal ? 1 : 0, `${q}: the markup article's sentence holds it literally`);
  }
  const res = await app.request(`/events?location=${encodeURIComponent(`Kabul' OR '1'='1`)}`);
  assert.equal((await json<{ items: Ev[] }>(res)).items.length, 0);
  assert.equal((await events('')).length, 7);
  assert.equal((await store.stats()).events, 7);
});

test('bad parameters are 400 problem details naming the field', async () => {
  const cases: [string, string][] = [
    ['from=2025-02-30', 'from'],
    ['to=yesterday', 'to'],
    [`source=${encodeURIComponent("PAK' OR 1=1")}`, 'source'],
    ['actor=P', 'actor'],
    ['plover=PARTY', 'plover'],
    ['cameo=4a', 'cameo'],
    ['quad=5', 'quad'],
    ['min_confidence=2', 'min_confidence'],
    ['limit=0', 'limit'],
    ['limit=100000', 'limit'],
    ['order=sideways', 'order'],
    ['cursor=%3Cscript%3E', 'cursor'],
    ['both=maybe', 'both'],
    [`q=${'x'.repeat(201)}`, 'q'],
  ];
  for (const [query, field] of cases) {
    const res = await app.request(`/events?${query}`);
    assert.equal(res.status, 400, query);
    assert.equal(res.headers.get('content-type'), 'application/problem+json');
    const body = await json(res);
    assert.equal(body.status, 400);
    assert.equal(body.title, 'Bad Request');
    assert.ok(
      body.errors.some((e: { field: string }) => e.field === field),
      `${query}: ${JSON.stringify(body)}`,
    );
  }
});

test('a well-formed cursor that the store cannot read is a 400, not a 500', async () => {
  for (const cursor of ['abc', Buffer.from('[1,2]').toString('base64url')]) {
    const res = await app.request(`/events?cursor=${cursor}`);
    assert.equal(res.status, 400);
    const body = await json(res);
    assert.match(body.detail, /bad page cursor/);
    const both = await app.request(`/events?source=PAK&target=USA&both=true&cursor=${cursor}`);
    assert.equal(both.status, 400);
  }
});
