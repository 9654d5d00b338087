// The Store conformance suite: every engine runs these same cases (sqlite.test.ts,
// postgres.test.ts). Each case gets a fresh, empty store.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clusterAll, type KeyedMember } from '../../src/cluster/index.ts';
import {
  articleId,
  type Cluster,
  eventId,
  type Page,
  type PageRequest,
  type Store,
} from '../../src/store/index.ts';
import { type ArticleSpec, coded } from './fixtures.ts';
import { rng } from './rng.ts';

export { coded };

export type OpenFresh = () => Promise<Store>;

async function all<T>(fetch: (p: PageRequest) => Promise<Page<T>>, limit = 7): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await fetch({ limit, cursor });
    out.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return out;
}

/** Everything that must not change when nothing should: ids, counts, cluster rows. */
export async function snapshot(store: Store) {
  const articles = await all((p) => store.articles({}, p));
  const events = await all((p) => store.events({}, p));
  const clusters = await all((p) => store.clusters({}, p));
  const stable = (c: Cluster) => ({ ...c, first_seen: undefined });
  return {
    articles: articles.map((a) => `${a.id} ${a.external_id} ${a.status} ${a.n_events}`).sort(),
    events: events.map((e) => `${e.id} ${e.cluster_id}`).sort(),
    clusters: clusters.map(stable).sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}

function shuffled<T>(xs: readonly T[], rand: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const ACTORS = ['PAKGOV', 'USAGOV', 'IRNGOV', 'RUSMIL', 'UNO'];
const CODES = ['040', '042', '112', '190', '051'];
const OUTLETS = ['dawn.com', 'reuters.com', 'apnews.com', undefined];

/** Articles with events over a small key space and a few days, so clusters overlap a lot. */
export function randomArticles(n: number, seed: number): ArticleSpec[] {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  return Array.from({ length: n }, (_, i) => {
    const day = `2025-03-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}`;
    const events = Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, s) => {
      const source = pick(ACTORS);
      let target = pick(ACTORS);
      if (target === source) target = 'FRAGOV';
      const r = rand();
      const date =
        r < 0.15 ? null : r < 0.3 ? `2025-03-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}` : day;
      return {
        sentence: s,
        source,
        target,
        cameo: pick(CODES),
        date,
        confidence: Math.round(rand() * 100) / 100,
      };
    });
    return {
      id: `r${i}`,
      sentences: events.map((_, s) => `Sentence ${s} of random article ${i} (seed ${seed}).`),
      published: rand() < 0.2 ? undefined : day,
      source: pick(OUTLETS),
      url: `https://news.example/${i}`,
      events,
    };
  });
}

async function writeInBatches(store: Store, specs: readonly ArticleSpec[], size: number) {
  for (let i = 0; i < specs.length; i += size)
    await store.write(specs.slice(i, i + size).map((s) => coded(s)));
}

const threeOutlets: ArticleSpec[] = [
  {
    id: 'dawn-1',
    source: 'dawn.com',
    url: 'https://www.dawn.com/news/1',
    published: '2025-04-08',
    sentences: ['Pakistan and the United States held talks in Islamabad on Tuesday.'],
    events: [{ source: 'PAKGOV', target: 'USAGOV', cameo: '040', date: '2025-04-08', location: 'Islamabad' }],
  },
  {
    id: 'reuters-1',
    source: 'reuters.com',
    url: 'https://www.reuters.com/world/1',
    published: '2025-04-09',
    sentences: ['U.S. officials met their Pakistani counterparts, a spokesman said.'],
    events: [{ source: 'USAGOV', target: 'PAKGOV', cameo: '040', date: '2025-04-08', confidence: 0.95 }],
  },
  {
    id: 'ap-1',
    source: 'apnews.com',
    url: 'https://apnews.com/article/1',
    published: '2025-04-09',
    sentences: ['Talks between Islamabad and Washington took place on Wednesday.'],
    events: [{ source: 'PAKGOV', target: 'USAGOV', cameo: '040', date: '2025-04-09' }],
  },
];

/** Registers every case; `skip` (a reason) skips them all with that message. */
export function storeCases(engine: string, open: OpenFresh, skip: string | false = false): void {
  const withStore = (name: string, fn: (store: Store) => Promise<void>) =>
    test(`${engine}: ${name}`, { skip }, async () => {
      const store = await open();
      try {
        await fn(store);
      } finally {
        await store.close();
      }
    });

  withStore(
    'stores an article under the hash of its normalized text and keeps the input id',
    async (store) => {
      const item = coded(threeOutlets[0]);
      const r = await store.write([item]);
      assert.equal(r.articles, 1);
      assert.equal(r.events, 1);
      const id = articleId('Pakistan  and the United States\n held talks in Islamabad on Tuesday. ');
      assert.equal(item.article.id, id);
      const a = await store.article(id);
      assert.ok(a);
      assert.equal(a.external_id, 'dawn-1');
      assert.equal(a.domain, 'dawn.com');
      assert.equal(a.text, item.article.text);
      assert.equal(a.status, 'coded');
      assert.equal(a.n_events, 1);
      assert.equal(await store.article('nope'), null);
      assert.deepEqual([...(await store.knownArticles([id, 'nope']))], [[id, 'test-coder']]);
    },
  );

  withStore('event ids are deterministic and an event comes back with its sentence', async (store) => {
    const item = coded(threeOutlets[1]);
    await store.write([item]);
    const id = eventId(item.article.id, 0, 'USAGOV', 'PAKGOV', '040');
    const d = await store.event(id);
    assert.ok(d);
    assert.equal(d.sentence, 'U.S. officials met their Pakistani counterparts, a spokesman said.');
    assert.equal(d.article.id, item.article.id);
    const { id: _id, article_id, cluster_id, ...record } = d.event;
    assert.equal(article_id, item.article.id);
    assert.ok(cluster_id);
    // The stored record always has both groups: null where the coder set none.
    assert.deepEqual(record, { ...item.doc!.events[0], source_group: null, target_group: null });
    assert.equal(await store.event('nope'), null);
  });

  withStore(
    "an event's ethnic or religious groups are stored and read back, null where none",
    async (store) => {
      const item = coded({
        id: 'kurds-1',
        published: '2025-04-08',
        sentences: [
          'Thousands of Iraqi Kurds demonstrated in Kirkuk against the Iraqi government.',
          'Iraqi police arrested Sunni protesters.',
          'Iraq criticized Iran.',
        ],
        events: [
          { sentence: 0, source: 'IRQCVL', target: 'IRQGOV', cameo: '141', source_group: 'KUR' },
          { sentence: 1, source: 'IRQCOP', target: 'IRQCVL', cameo: '173', target_group: 'SUN' },
          { sentence: 2, source: 'IRQGOV', target: 'IRNGOV', cameo: '111' },
        ],
      });
      await store.write([item]);
      const groups = (e: { source: string; source_group: string | null; target_group: string | null }) =>
        `${e.source} ${e.source_group} ${e.target_group}`;
      const expected = ['IRQCOP null SUN', 'IRQCVL KUR null', 'IRQGOV null null'];
      const events = (await store.events()).items;
      assert.deepEqual(events.map(groups).sort(), expected);
      const kurds = events.find((e) => e.source === 'IRQCVL')!;
      // The group is beside the code, not in it: ids, filters and clusters see country + sector.
      assert.equal(kurds.id, eventId(item.article.id, 0, 'IRQCVL', 'IRQGOV', '141'));
      assert.equal((await store.event(kurds.id))?.event.source_group, 'KUR');
      assert.deepEqual((await store.events({ source: 'IRQCVL' })).items.map(groups), ['IRQCVL KUR null']);
      const cluster = await store.cluster(kurds.cluster_id!);
      assert.deepEqual(cluster?.events.map(groups), ['IRQCVL KUR null']);
    },
  );

  withStore('storing the same article twice changes nothing', async (store) => {
    await store.write(threeOutlets.map((s) => coded(s)));
    const before = await snapshot(store);
    const firstSeen = (await store.clusters()).items.map((c) => c.first_seen);
    await store.write(threeOutlets.map((s) => coded(s)));
    await store.write([coded(threeOutlets[2]), coded(threeOutlets[2])]);
    assert.deepEqual(await snapshot(store), before);
    assert.deepEqual(
      (await store.clusters()).items.map((c) => c.first_seen),
      firstSeen,
    );
  });

  withStore('re-coding an article replaces its events and their clusters', async (store) => {
    await store.write(threeOutlets.map((s) => coded(s)));
    const recoded = coded(
      {
        ...threeOutlets[0],
        events: [{ source: 'PAKGOV', target: 'USAGOV', cameo: '112', date: '2025-04-08' }],
      },
      'new-coder',
    );
    await store.write([recoded]);
    const events = (await store.events({ article: recoded.article.id })).items;
    assert.deepEqual(
      events.map((e) => e.cameo),
      ['112'],
    );
    const clusters = (await store.clusters({}, { order: 'asc' })).items;
    assert.deepEqual(clusters.map((c) => [c.root, c.n_articles]).sort(), [
      ['04', 2],
      ['11', 1],
    ]);
    assert.equal((await store.knownArticles([recoded.article.id])).get(recoded.article.id), 'new-coder');
  });

  withStore('a batch that fails leaves nothing behind', async (store) => {
    await store.write([coded(threeOutlets[0])]);
    const before = await snapshot(store);
    const bad = coded(threeOutlets[1]);
    (bad.article as { lang: unknown }).lang = null;
    await assert.rejects(
      store.write([coded(threeOutlets[2]), bad], [{ input: 'x', stage: 'read', code: 'E', message: 'm' }]),
    );
    assert.deepEqual(await snapshot(store), before);
    assert.equal((await store.stats()).errors, 0);
  });

  withStore(
    'three outlets reporting one event make one cluster; two events on a day stay two',
    async (store) => {
      await store.write(threeOutlets.map((s) => coded(s)));
      const other = coded({
        id: 'dawn-2',
        source: 'dawn.com',
        published: '2025-04-08',
        sentences: ['Pakistan accused India of violating the ceasefire.'],
        events: [{ source: 'PAKGOV', target: 'INDGOV', cameo: '112', date: '2025-04-08' }],
      });
      await store.write([other]);
      const clusters = (await store.clusters({}, { order: 'asc' })).items;
      assert.equal(clusters.length, 2);
      const talks = clusters.find((c) => c.root === '04')!;
      assert.equal(talks.n_articles, 3);
      assert.equal(talks.n_sources, 3);
      assert.equal(talks.n_events, 3);
      assert.equal(talks.first_date, '2025-04-08');
      assert.equal(talks.last_date, '2025-04-09');
      assert.equal(talks.first_article, coded(threeOutlets[0]).article.id);
      assert.equal(
        talks.representative,
        eventId(coded(threeOutlets[1]).article.id, 0, 'USAGOV', 'PAKGOV', '040'),
      );
      const detail = await store.cluster(talks.id);
      assert.ok(detail);
      assert.equal(detail.events.length, 3);
      assert.equal(detail.articles.length, 3);
      assert.ok(detail.events.every((e) => e.cluster_id === talks.id));
      assert.equal(clusters.find((c) => c.root === '11')!.n_articles, 1);
      assert.equal(await store.cluster('nope'), null);
    },
  );

  withStore('a dyad in the news every day is cut into clusters of at most three days', async (store) => {
    const specs: ArticleSpec[] = Array.from({ length: 7 }, (_, i) => ({
      id: `daily-${i}`,
      published: `2025-05-0${i + 1}`,
      sentences: [`Russian forces shelled Ukrainian positions, day ${i}.`],
      events: [{ source: 'RUSMIL', target: 'UKRMIL', cameo: '190', date: `2025-05-0${i + 1}` }],
    }));
    await store.write(specs.map((s) => coded(s)));
    const clusters = (await store.clusters({}, { order: 'asc' })).items;
    assert.deepEqual(
      clusters.map((c) => [c.first_date, c.last_date, c.n_articles]),
      [
        ['2025-05-01', '2025-05-03', 3],
        ['2025-05-04', '2025-05-06', 3],
        ['2025-05-07', '2025-05-07', 1],
      ],
    );
  });

  withStore('clusters do not depend on the order articles arrive in', async (store) => {
    const specs = randomArticles(40, 7);
    const rand = rng(99);
    await writeInBatches(store, shuffled(specs, rand), 3);
    const first = await snapshot(store);
    // Expected: clustering every stored event at once.
    const events = await all((p) => store.events({}, p), 500);
    const articles = new Map((await all((p) => store.articles({}, p), 500)).map((a) => [a.id, a]));
    const members: KeyedMember[] = [];
    for (const e of events) {
      const a = articles.get(e.article_id)!;
      const [x, y] = e.symmetric && e.target < e.source ? [e.target, e.source] : [e.source, e.target];
      members.push({
        ...e,
        cluster_key: `${x}|${y}|${e.cameo.slice(0, 2)}`,
        day: e.date ?? a.published ?? '',
        domain: a.domain,
        published: a.published,
        ingested_at: a.ingested_at,
      });
    }
    const expected = clusterAll(members);
    assert.deepEqual(first.clusters.map((c) => c.id).sort(), [...expected.keys()].sort());
    for (const c of first.clusters) {
      const want = expected.get(c.id)!;
      assert.deepEqual({ ...c, first_seen: undefined }, { ...want.row, first_seen: undefined });
    }
    for (const e of events)
      assert.ok(expected.get(e.cluster_id!)?.events.includes(e.id), `event ${e.id} in ${e.cluster_id}`);
  });

  withStore('the same articles in another order and batching give the same clusters', async (store) => {
    const specs = randomArticles(40, 7);
    await writeInBatches(store, shuffled(specs, rng(5)), 11);
    const a = await snapshot(store);
    // Re-storing everything in yet another order changes nothing either.
    await writeInBatches(store, shuffled(specs, rng(6)), 1);
    assert.deepEqual(await snapshot(store), a);
    assert.ok(a.clusters.some((c) => c.n_articles > 1));
    assert.ok(a.clusters.some((c) => c.first_date === '' && c.article_id !== null));
  });

  withStore('undated events cluster within their article only', async (store) => {
    const undated = (id: string): ArticleSpec => ({
      id,
      sentences: [`Iran accused Israel (${id}).`, 'It accused Israel again.'],
      events: [
        { sentence: 0, source: 'IRNGOV', target: 'ISRGOV', cameo: '112', date: null },
        { sentence: 1, source: 'IRNGOV', target: 'ISRGOV', cameo: '112', date: null },
      ],
    });
    await store.write([coded(undated('u1')), coded(undated('u2'))]);
    const clusters = (await store.clusters()).items;
    assert.equal(clusters.length, 2);
    assert.ok(clusters.every((c) => c.n_events === 2 && c.n_articles === 1 && c.first_date === ''));
  });

  withStore(
    'events filter by date, actor, dyad, type, country, text and confidence, and page by cursor',
    async (store) => {
      const specs = randomArticles(30, 3);
      await store.write(specs.map((s) => coded(s)));
      const every = await all((p) => store.events({}, p), 5);
      assert.equal(every.length, await store.countEvents());
      assert.equal(new Set(every.map((e) => e.id)).size, every.length);
      const check = async (
        filter: Parameters<Store['events']>[0],
        want: (e: (typeof every)[number]) => boolean,
      ) => {
        const got = (await all((p) => store.events(filter, { ...p, order: 'asc' }), 4)).map((e) => e.id);
        assert.deepEqual(
          got.sort(),
          every
            .filter(want)
            .map((e) => e.id)
            .sort(),
          JSON.stringify(filter),
        );
        assert.equal(await store.countEvents(filter), got.length);
      };
      const articleDay = async (e: (typeof every)[number]) =>
        e.date ?? (await store.article(e.article_id))?.published ?? '';
      const effective = new Map<string, string>();
      for (const e of every) effective.set(e.id, await articleDay(e));
      await check(
        { from: '2025-03-03', to: '2025-03-06' },
        (e) => effective.get(e.id)! >= '2025-03-03' && effective.get(e.id)! <= '2025-03-06',
      );
      await check({ from: '2025-03-10' }, (e) => effective.get(e.id)! >= '2025-03-10');
      await check({ source: 'PAKGOV' }, (e) => e.source === 'PAKGOV');
      await check({ target: 'RUS' }, (e) => e.target.startsWith('RUS'));
      await check({ actor: 'UNO' }, (e) => e.source === 'UNO' || e.target === 'UNO');
      await check(
        { source: 'PAKGOV', target: 'USAGOV' },
        (e) => e.source === 'PAKGOV' && e.target === 'USAGOV',
      );
      await check({ country: 'IRN' }, (e) => e.source.startsWith('IRN') || e.target.startsWith('IRN'));
      await check({ plover: 'assault' }, (e) => e.plover === 'ASSAULT');
      await check({ cameo: '04' }, (e) => e.cameo.startsWith('04'));
      await check({ cameo: '042' }, (e) => e.cameo === '042');
      await check({ quad: 1 }, (e) => e.quad === 1);
      await check({ minConfidence: 0.5 }, (e) => e.confidence >= 0.5);
      await check({ q: 'ARTICLE 1 ' }, (e) => e.article === 'r1');
      await check({ cluster: every[0].cluster_id! }, (e) => e.cluster_id === every[0].cluster_id);
      await check({ article: every[0].article_id }, (e) => e.article_id === every[0].article_id);
      // Newest first by default, oldest first on request.
      const desc = (await store.events({}, { limit: 1000 })).items.map((e) => e.id);
      const asc = (await store.events({}, { limit: 1000, order: 'asc' })).items.map((e) => e.id);
      assert.deepEqual(desc, [...asc].reverse());
    },
  );

  withStore(
    'text with quotes, wildcards and non-Latin letters round-trips and is searched literally',
    async (store) => {
      const spec: ArticleSpec = {
        id: "it's-100%_true",
        title: 'Ünïcödé "quoted" \'title\'',
        published: '2025-06-01',
        sentences: ['Iran said 100% of the "deal" is done; Ω and 北京 agree.', 'A_B matched nothing.'],
        events: [
          { source: 'IRNGOV', target: 'CHNGOV', cameo: '051', date: '2025-06-01', source_name: 'Tehrān' },
        ],
      };
      const item = coded(spec);
      await store.write([item]);
      const a = await store.article(item.article.id);
      assert.equal(a?.text, item.article.text);
      assert.equal(a?.title, spec.title);
      assert.equal(a?.external_id, spec.id);
      assert.equal(await store.countEvents({ q: '100%' }), 1);
      assert.equal(await store.countEvents({ q: '10_%' }), 0);
      assert.equal(await store.countEvents({ q: '北京' }), 1);
      assert.equal(await store.countEvents({ q: 'tehrĀn'.toLowerCase() }), 1);
      assert.equal(await store.countEvents({ q: "'; drop table events; --" }), 0);
      assert.equal((await store.stats()).events, 1);
    },
  );

  withStore('clusters filter by date, actor, type and size, and page by cursor', async (store) => {
    await store.write(randomArticles(30, 11).map((s) => coded(s)));
    const every = await all((p) => store.clusters({}, p), 4);
    assert.equal(every.length, (await store.stats()).clusters);
    const check = async (filter: Parameters<Store['clusters']>[0], want: (c: Cluster) => boolean) => {
      const got = (await all((p) => store.clusters(filter, p), 3)).map((c) => c.id);
      assert.deepEqual(
        got.sort(),
        every
          .filter(want)
          .map((c) => c.id)
          .sort(),
        JSON.stringify(filter),
      );
    };
    await check(
      { from: '2025-03-04', to: '2025-03-08' },
      (c) => c.first_date >= '2025-03-04' && c.first_date <= '2025-03-08',
    );
    await check({ actor: 'PAKGOV' }, (c) => c.source === 'PAKGOV' || c.target === 'PAKGOV');
    await check({ source: 'RUS' }, (c) => c.source.startsWith('RUS'));
    await check({ country: 'USA' }, (c) => c.source.startsWith('USA') || c.target.startsWith('USA'));
    await check({ cameo: '190' }, (c) => c.root === '19');
    await check({ plover: 'CONSULT' }, (c) => c.plover === 'CONSULT');
    await check({ minArticles: 2 }, (c) => c.n_articles >= 2);
  });

  withStore('actors, dyad timeline, network, places and totals', async (store) => {
    await store.write(threeOutlets.map((s) => coded(s)));
    await store.write([
      coded({
        id: 'x',
        published: '2025-04-14',
        source: 'dawn.com',
        sentences: ['Pakistan criticized the United States.', 'Washington rejected it.'],
        events: [
          {
            sentence: 0,
            source: 'PAKGOV',
            target: 'USAGOV',
            cameo: '111',
            date: '2025-04-14',
            location: 'Islamabad',
          },
          { sentence: 1, source: 'USAGOV', target: 'PAKGOV', cameo: '120', date: '2025-04-15' },
        ],
      }),
    ]);
    const actors = await store.actors();
    assert.deepEqual(
      actors.map((a) => [a.code, a.events, a.as_source, a.as_target]),
      [
        ['PAKGOV', 5, 3, 2],
        ['USAGOV', 5, 2, 3],
      ],
    );
    assert.deepEqual(
      (await store.actors({ q: 'usa' })).map((a) => a.code),
      ['USAGOV'],
    );
    assert.deepEqual(
      (await store.actors({ q: 'pak' })).map((a) => a.code),
      ['PAKGOV'],
    );
    const days = await store.timeline({ source: 'PAKGOV', target: 'USAGOV' });
    assert.deepEqual(
      days.map((d) => [d.period, d.events, d.quads[1], d.quads[3]]),
      [
        ['2025-04-08', 2, 2, 0],
        ['2025-04-09', 1, 1, 0],
        ['2025-04-14', 1, 0, 1],
        ['2025-04-15', 1, 0, 1],
      ],
    );
    const weeks = await store.timeline({ source: 'PAK', target: 'USA', bucket: 'week' });
    assert.deepEqual(
      weeks.map((w) => [w.period, w.events]),
      [
        ['2025-04-07', 3],
        ['2025-04-14', 2],
      ],
    );
    const oneWay = await store.timeline({ source: 'PAKGOV', target: 'USAGOV', both: false, bucket: 'week' });
    assert.deepEqual(
      oneWay.map((w) => [w.period, w.events]),
      [
        ['2025-04-07', 2],
        ['2025-04-14', 1],
      ],
    );
    assert.equal(weeks[0].goldstein, 1);
    const edges = await store.network({ from: '2025-04-01', to: '2025-04-30' });
    assert.deepEqual(
      edges.map((e) => [e.source, e.target, e.events]),
      [
        ['PAKGOV', 'USAGOV', 3],
        ['USAGOV', 'PAKGOV', 2],
      ],
    );
    assert.deepEqual(
      (await store.network({ to: '2025-04-10' }, { minEvents: 2 })).map((e) => e.events),
      [2],
    );
    assert.deepEqual(await store.locations(), [
      { location: 'Islamabad', events: 2, first_day: '2025-04-08', last_day: '2025-04-14' },
    ]);
    const stats = await store.stats();
    assert.deepEqual(
      { ...stats, runs: undefined },
      {
        articles: 4,
        events: 5,
        clusters: 3,
        errors: 0,
        runs: undefined,
        articles_by_status: { coded: 4 },
        first_day: '2025-04-08',
        last_day: '2025-04-15',
      },
    );
  });

  withStore('runs and errors are recorded', async (store) => {
    const run = await store.startRun({ command: 'ingest', args: ['a.jsonl'], coder: 'c1' });
    await store.write(
      [coded(threeOutlets[0])],
      [{ input: 'a.jsonl:3', stage: 'read', code: 'DYAD_E_INPUT', message: 'not valid JSON' }],
      run,
    );
    const summary = {
      articles_new: 1,
      articles_duplicate: 0,
      articles_recoded: 0,
      articles_failed: 1,
      events: 1,
      clusters: 1,
    };
    await store.finishRun(run, summary, 'done');
    const [r] = await store.runs();
    assert.equal(r.id, run);
    assert.equal(r.status, 'done');
    assert.deepEqual(r.args, ['a.jsonl']);
    assert.equal(r.articles_failed, 1);
    assert.ok(r.finished_at);
    const errors = await store.errors({ run });
    assert.deepEqual(
      errors.map((e) => [e.input, e.stage, e.code, e.message, e.run_id]),
      [['a.jsonl:3', 'read', 'DYAD_E_INPUT', 'not valid JSON', run]],
    );
    assert.equal((await store.article(coded(threeOutlets[0]).article.id))?.run_id, run);
    const failed = coded({ id: 'f', sentences: ['Nothing to see.'] });
    await store.write([{ ...failed, doc: null, status: 'failed', coder: null }], [], run);
    assert.equal((await store.article(failed.article.id))?.status, 'failed');
    assert.deepEqual((await store.stats()).articles_by_status, { coded: 1, failed: 1 });
    assert.equal((await store.articles({ status: 'failed' })).items.length, 1);
  });

  withStore('addSources is an idempotent upsert; article writes record their own source', async (store) => {
    const item = coded(threeOutlets[0]);
    await store.write([item]);
    const id = item.article.id;
    const own = await store.sources(id);
    assert.equal(own.length, item.article.url || item.article.input ? 1 : 0);
    const more = [
      { url: 'https://b.example/x', source: 'b.example', input: 'feed.xml' },
      { input: 'c.jsonl:4' },
    ];
    await store.addSources(id, more);
    await store.addSources(id, [...more, { url: 'https://b.example/x', source: 'other', input: 'again' }]);
    await store.write([item]);
    const got = await store.sources(id);
    assert.equal(got.length, own.length + 2);
    const b = got.find((x) => x.url === 'https://b.example/x');
    assert.equal(b?.source, 'b.example');
    assert.equal(b?.input, 'feed.xml');
    assert.ok(got.some((x) => x.url === null && x.input === 'c.jsonl:4'));
    assert.deepEqual(await store.sources('nope'), []);
  });

  withStore('feed state round-trips through the store', async (store) => {
    const url = 'https://a.example/rss';
    const s1 = await store.feedStates([url]);
    assert.deepEqual(s1.get(url), { items: {} });
    const st = s1.get(url);
    st.etag = '"v1"';
    st.lastModified = 'Tue, 08 Apr 2025 10:00:00 GMT';
    st.polledAt = '2025-04-08T10:00:00.000Z';
    st.items['https://a.example/1'] = { at: '2025-04-08T10:00:01.000Z', ok: true, tries: 1 };
    st.items['https://a.example/2'] = { at: '2025-04-08T10:00:02.000Z', ok: false, tries: 1 };
    await s1.save();
    const s2 = await store.feedStates([url, 'https://other.example/feed']);
    assert.deepEqual(s2.get(url), st);
    assert.deepEqual(s2.get('https://other.example/feed'), { items: {} });
    s2.get(url).items['https://a.example/2'] = { at: '2025-04-08T10:15:00.000Z', ok: true, tries: 2 };
    s2.get(url).etag = '"v2"';
    await s2.save();
    await s2.save();
    const s3 = await store.feedStates();
    assert.equal(s3.get(url).etag, '"v2"');
    assert.deepEqual(s3.get(url).items['https://a.example/2'], {
      at: '2025-04-08T10:15:00.000Z',
      ok: true,
      tries: 2,
    });
    assert.equal(Object.keys(s3.get(url).items).length, 2);
  });
}
