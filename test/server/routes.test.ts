// The read routes besides /events: one event, clusters, actors, a dyad's timeline, the
// network, the map, articles and stats; and their 404s.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Store } from '../../src/store/index.ts';
import { fixtureApp, json } from './fixture.ts';

let app: OpenAPIHono;
let store: Store;
before(async () => ({ app, store } = await fixtureApp()));
after(() => store.close());

async function get(path: string, status = 200) {
  const res = await app.request(path);
  assert.equal(res.status, status, `${path}: ${await res.clone().text()}`);
  return json(res);
}

async function eventId(query: string): Promise<string> {
  return (await get(`/events?${query}`)).items[0].id;
}

test('/events/:id: the sentence located in the text, evidence by role, rule, article, cluster', async () => {
  const id = await eventId('plover=AGREE');
  const d = await get(`/events/${id}`);
  assert.equal(d.event.id, id);
  assert.equal(d.sentence.text, "Dar reaffirmed Pakistan's commitment to the partnership.");
  const article = await get(d.article.href);
  assert.equal(article.article.text.slice(d.sentence.start, d.sentence.end), d.sentence.text);
  assert.deepEqual(
    d.highlights.map((h: { role: string; text: string; in_sentence: boolean }) => [
      h.role,
      h.text,
      h.in_sentence,
    ]),
    [
      ['verb', "reaffirmed Pakistan's commitment", true],
      ['source', 'Dar', true],
      ['target', 'US Secretary of State Marco Rubio', false],
    ],
  );
  for (const h of d.highlights) assert.equal(article.article.text.slice(h.start, h.end), h.text);
  assert.equal(d.rule, d.event.rule);
  assert.match(d.rule, /verbs\/test\.txt:\d+/);
  assert.equal(d.article.external_id, 'call-dawn');
  assert.equal(d.article.href, `/articles/${d.article.id}`);
  assert.equal(d.cluster.id, d.event.cluster_id);
});

test('/events/:id of a call reported twice: its cluster lists both articles', async () => {
  const id = await eventId('cameo=041&q=official');
  const d = await get(`/events/${id}`);
  assert.deepEqual(d.sentence.text.slice(0, 20), 'Islamabad, April 08:');
  assert.equal(d.highlights[0].text, 'held his first official phone conversation with');
  assert.equal(d.cluster.n_articles, 2);
  assert.equal(d.cluster.n_sources, 2);
  assert.deepEqual(d.cluster.articles.map((a: { external_id: string }) => a.external_id).sort(), [
    'call-dawn',
    'call-reuters',
  ]);
});

test('/clusters with filters and paging, /clusters/:id with its events and articles', async () => {
  const all = await get('/clusters');
  assert.equal(all.items.length, 6);
  const twice = await get('/clusters?min_articles=2');
  assert.equal(twice.items.length, 1);
  assert.equal(twice.items[0].plover, 'CONSULT');
  assert.equal((await get('/clusters?actor=AFG')).items.length, 1);
  assert.equal((await get('/clusters?cameo=04&from=2025-04-01&to=2025-04-30')).items.length, 1);
  const page = await get('/clusters?limit=4');
  assert.equal(page.items.length, 4);
  const rest = await get(`/clusters?limit=4&cursor=${page.next}`);
  assert.equal(rest.items.length, 2);
  assert.equal(rest.next, null);
  const one = await get(`/clusters/${twice.items[0].id}`);
  assert.equal(one.events.length, 2);
  assert.equal(one.articles.length, 2);
  assert.ok(one.articles.every((a: { href: string }) => a.href.startsWith('/articles/')));
  await get('/clusters?plover=nonsense', 400);
});

test('/actors: top actors for a period, and search by code or name', async () => {
  const top = await get('/actors');
  assert.deepEqual(
    top.items.slice(0, 2).map((a: { code: string }) => a.code),
    ['PAKGOV', 'USAGOV'],
  );
  const april = await get('/actors?from=2025-04-16&to=2025-04-30');
  assert.deepEqual(april.items.map((a: { code: string }) => a.code).sort(), ['AFGGOV', 'PAKMIL']);
  assert.deepEqual(
    (await get('/actors?q=pak')).items.map((a: { code: string }) => a.code),
    ['PAKGOV', 'PAKMIL'],
  );
  const byName = await get('/actors?q=troops');
  assert.deepEqual(
    byName.items.map((a: { code: string }) => a.code),
    ['PAKMIL'],
  );
  assert.equal((await get('/actors?limit=1')).items.length, 1);
  await get('/actors?limit=5000', 400);
});

test('/dyads/:a/:b/timeline per day and per week, one or both directions', async () => {
  const day = await get('/dyads/PAK/USA/timeline');
  assert.equal(day.bucket, 'day');
  assert.equal(day.both, true);
  assert.deepEqual(
    day.points.map((p: { period: string; events: number }) => [p.period, p.events]),
    [
      ['2025-04-08', 3],
      ['2025-04-15', 1],
    ],
  );
  assert.deepEqual(day.points[0].quads, { 1: 3, 2: 0, 3: 0, 4: 0 });
  assert.equal(typeof day.points[0].goldstein, 'number');
  const week = await get('/dyads/pak/usa/timeline?bucket=week');
  assert.deepEqual(
    week.points.map((p: { period: string; events: number }) => [p.period, p.events]),
    [
      ['2025-04-07', 3],
      ['2025-04-14', 1],
    ],
  );
  const oneWay = await get('/dyads/USA/PAK/timeline?both=false');
  assert.deepEqual(
    oneWay.points.map((p: { events: number }) => p.events),
    [1],
  );
  const consult = await get('/dyads/PAKGOV/USAGOV/timeline?plover=CONSULT&from=2025-04-01');
  assert.equal(consult.points[0].events, 2);
  await get('/dyads/PAK/U$A/timeline', 400);
  await get('/dyads/PAK/USA/timeline?bucket=month', 400);
});

test('/network: weighted edges with their balance, nodes, period and dyad filters', async () => {
  const net = await get('/network');
  const edge = (s: string, t: string) =>
    net.edges.find((e: { source: string; target: string }) => e.source === s && e.target === t);
  assert.equal(edge('PAKGOV', 'USAGOV').events, 3);
  assert.equal(edge('PAKGOV', 'USAGOV').balance, 1);
  assert.equal(edge('PAKMIL', 'AFGGOV').balance, -1);
  assert.deepEqual(edge('PAKMIL', 'AFGGOV').quads, { 1: 0, 2: 0, 3: 0, 4: 1 });
  const pak = net.nodes.find((n: { id: string }) => n.id === 'PAKGOV');
  assert.equal(pak.events, 4);
  const period = await get('/network?from=2025-04-10');
  assert.equal(period.edges.length, 2);
  const dyad = await get('/network?source=USA&target=PAK&both=true');
  assert.deepEqual(dyad.edges.map((e: { source: string }) => e.source).sort(), ['PAKGOV', 'USAGOV']);
  assert.equal((await get('/network?min_events=2')).edges.length, 2);
  assert.equal((await get('/network?min_events=3')).edges.length, 1);
  assert.equal((await get('/network?limit=1')).edges.length, 1);
});

test('/map: coded places with coordinates, and countries with their ISO numeric code', async () => {
  const map = await get('/map');
  const kabul = map.locations.find((l: { location: string }) => l.location === 'Kabul');
  assert.equal(kabul.country, 'AFG');
  assert.ok(Math.abs(kabul.lat - 34.5) < 0.2 && Math.abs(kabul.lon - 69.2) < 0.2);
  const pak = map.countries.find((c: { country: string }) => c.country === 'PAK');
  assert.deepEqual(pak, { country: 'PAK', numeric: '586', events: 2 });
  const dyad = await get('/map?source=PAK&target=USA&both=true');
  assert.deepEqual(dyad.locations.map((l: { location: string }) => l.location).sort(), [
    'Islamabad',
    'Washington',
  ]);
  const only = await get('/map?actor=IRN&from=2025-03-01');
  assert.deepEqual(
    only.locations.map((l: { location: string }) => l.location),
    ['Paris'],
  );
  assert.deepEqual(only.unplaced, []);
});

test('/articles and /articles/:id: the text with its spans, never the raw HTML', async () => {
  const list = await get('/articles?limit=10');
  assert.equal(list.items.length, 6);
  assert.ok(list.items.every((a: object) => !('text' in a) && !('html' in a)));
  assert.equal((await get('/articles?domain=dawn.com')).items.length, 2);
  assert.equal((await get('/articles?from=2025-04-09')).items.length, 2);
  const markup = list.items.find((a: { external_id: string }) => a.external_id === 'markup');
  const a = await get(`/articles/${markup.id}`);
  assert.match(a.article.text, /<script>window.__pwned = 1<\/script>/);
  assert.equal('html' in a.article, false);
  assert.equal(a.events.length, 1);
  assert.deepEqual(
    a.spans.map((s: { role: string; text: string }) => [s.role, s.text]),
    [
      ['source', 'Iran'],
      ['verb', 'threatened'],
      ['target', 'France'],
    ],
  );
  for (const s of a.spans) assert.equal(a.article.text.slice(s.start, s.end), s.text);
});

test('/stats', async () => {
  const s = await get('/stats');
  assert.equal(s.articles, 6);
  assert.equal(s.events, 7);
  assert.equal(s.clusters, 6);
  assert.equal(s.first_day, '2025-02-01');
  assert.equal(s.last_day, '2025-04-20');
});

test('unknown ids are 404 problems; malformed ids are 400', async () => {
  for (const path of ['/events/0123456789abcdef0123', '/clusters/nope', '/articles/nope']) {
    const body = await get(path, 404);
    assert.equal(body.status, 404);
    assert.equal(body.instance, path);
  }
  await get(`/events/${encodeURIComponent("x' OR '1'='1")}`, 400);
  await get('/nowhere', 404);
});
