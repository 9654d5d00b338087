// Quotes and article attributes in the store: every engine runs these same cases
// (sqlite.test.ts, postgres.test.ts). Docs are built by hand, without the coder.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor, Quote, Speaker } from '../../src/model/index.ts';
import { eventId, type PageRequest, quoteId, type Store, type StoredQuote } from '../../src/store/index.ts';
import { type ArticleSpec, coded } from './fixtures.ts';
import type { OpenFresh } from './store.case.ts';

const DAR: Actor = { code: 'PAKGOV', country: 'PAK', sector: 'GOV', name: 'Ishaq Dar', rules: ['t'] };
const MEA: Actor = { code: 'INDGOV', country: 'IND', sector: 'GOV', rules: ['t'] };

export const QUOTED: ArticleSpec = {
  id: 'quoted',
  source: 'dawn.com',
  published: '2025-04-08',
  sentences: [
    '"We will not accept this," Foreign Minister Ishaq Dar said.',
    'Pakistan accused India of violating the ceasefire, the statement said.',
    'India rejected the charge as baseless, according to the ministry.',
  ],
  events: [
    { sentence: 1, source: 'PAKGOV', target: 'INDGOV', cameo: '112', date: '2025-04-08' },
    { sentence: 2, source: 'INDGOV', target: 'PAKGOV', cameo: '141', date: '2025-04-08' },
  ],
};

function span(text: string, words: string, from = 0) {
  const start = text.indexOf(words, from);
  assert.ok(start >= 0, words);
  return { start, end: start + words.length, text: words };
}

function speaker(text: string, words: string, actors: Actor[], extra: Partial<Speaker> = {}): Speaker {
  return { span: span(text, words), actors, kind: 'official', rule: 'speaker:mention', ...extra };
}

/** The QUOTED article coded with three quotes, its topics, attributions and a count. */
export function quotedArticle(spec: ArticleSpec = QUOTED, coder = 'test-coder') {
  const item = coded(spec, coder);
  const doc = item.doc!;
  const t = doc.article.text;
  const quotes: Quote[] = [
    {
      kind: 'direct',
      sentence: 0,
      lastSentence: 0,
      span: span(t, 'We will not accept this,'),
      cue: span(t, 'said'),
      speaker: speaker(t, 'Foreign Minister Ishaq Dar', [DAR]),
      events: [],
      rule: 'quote:direct-before',
    },
    {
      kind: 'reported',
      sentence: 1,
      lastSentence: 1,
      span: span(t, 'Pakistan accused India of violating the ceasefire'),
      cue: span(t, 'said', t.indexOf('statement')),
      speaker: speaker(t, 'the statement', [DAR], {
        kind: 'statement',
        rule: 'speaker:refers-back',
        refersTo: 0,
      }),
      events: [0],
      rule: 'quote:reported-after',
    },
    {
      kind: 'according-to',
      sentence: 2,
      lastSentence: 2,
      span: span(t, 'India rejected the charge as baseless'),
      cue: span(t, 'according to'),
      speaker: speaker(t, 'the ministry', [MEA, { ...MEA, code: 'INDGOVFOR' }]),
      events: [1, 1],
      rule: 'quote:according-to',
    },
  ];
  doc.quotes = quotes;
  doc.topics = [
    {
      context: 'military',
      count: 1,
      terms: ['ceasefire'],
      sentences: [1],
      spans: [span(t, 'ceasefire')],
      rules: ['issues.txt:1'],
    },
  ];
  doc.attributions = [
    {
      kind: 'statement',
      span: quotes[1].speaker!.span,
      actors: [DAR],
      spans: [quotes[1].speaker!.span],
      quotes: [1],
      events: [0],
    },
  ];
  doc.casualties = [];
  return item;
}

async function allQuotes(store: Store, filter = {}, limit = 2): Promise<StoredQuote[]> {
  const out: StoredQuote[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.quotes(filter, { limit, cursor } as PageRequest);
    out.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return out;
}

export function quoteCases(engine: string, open: OpenFresh, skip: string | false = false): void {
  const withStore = (name: string, fn: (store: Store) => Promise<void>) =>
    test(`${engine}: ${name}`, { skip }, async () => {
      const store = await open();
      try {
        await fn(store);
      } finally {
        await store.close();
      }
    });

  withStore('quotes are stored with offsets, speakers and the events inside them', async (store) => {
    const item = quotedArticle();
    await store.write([item]);
    const id = item.article.id;
    const quotes = await store.articleQuotes(id);
    assert.deepEqual(
      quotes.map((q) => [q.ordinal, q.kind, q.speaker?.code ?? null]),
      [
        [0, 'direct', 'PAKGOV'],
        [1, 'reported', 'PAKGOV'],
        [2, 'according-to', 'INDGOV'],
      ],
    );
    for (const q of quotes) {
      assert.equal(item.article.text.slice(q.start, q.end), q.text);
      assert.equal(item.article.text.slice(q.speaker!.start, q.speaker!.end), q.speaker!.text);
      assert.equal(q.article_id, id);
      assert.equal(q.day, '2025-04-08');
      assert.equal(q.id, quoteId(id, q.ordinal, q.start, q.end));
    }
    const [direct, reported, according] = quotes;
    assert.deepEqual(direct.speaker, {
      text: 'Foreign Minister Ishaq Dar',
      start: direct.speaker!.start,
      end: direct.speaker!.end,
      code: 'PAKGOV',
      country: 'PAK',
      sector: 'GOV',
      actors: ['PAKGOV'],
      kind: 'official',
      rule: 'speaker:mention',
      refers_to: null,
    });
    assert.equal(direct.cue?.text, 'said');
    assert.equal(direct.rule, 'quote:direct-before');
    assert.deepEqual(direct.events, []);
    assert.equal(reported.speaker?.refers_to, 0);
    assert.equal(reported.speaker?.kind, 'statement');
    assert.deepEqual(reported.events, [eventId(id, 1, 'PAKGOV', 'INDGOV', '112')]);
    assert.deepEqual(according.speaker?.actors, ['INDGOV', 'INDGOVFOR']);
    assert.deepEqual(according.events, [eventId(id, 2, 'INDGOV', 'PAKGOV', '141')]);
    assert.deepEqual(await store.articleQuotes('nope'), []);

    const attrs = await store.attributes(id);
    assert.ok(attrs);
    assert.deepEqual(
      attrs.topics.map((t) => t.context),
      ['military'],
    );
    assert.deepEqual(attrs.attributions[0].events, [reported.events[0]]);
    assert.deepEqual(attrs.attributions[0].quotes, [1]);
    assert.deepEqual(attrs.casualties, []);
    assert.equal(await store.attributes('nope'), null);
  });

  withStore(
    'quotes filter by speaker, country, kind, event, words and date, and page by cursor',
    async (store) => {
      const a = quotedArticle();
      const b = quotedArticle({
        ...QUOTED,
        id: 'quoted-2',
        published: '2025-04-10',
        sentences: [...QUOTED.sentences, 'More later.'],
      });
      const plain = coded({
        id: 'plain',
        published: '2025-04-09',
        sentences: ['Iran praised Iraq.'],
        events: [{ source: 'IRNGOV', target: 'IRQGOV', cameo: '051' }],
      });
      await store.write([a, b, plain]);
      const all = await allQuotes(store);
      assert.equal(all.length, 6);
      assert.equal(new Set(all.map((q) => q.id)).size, 6);
      assert.deepEqual(
        all.map((q) => q.day),
        ['2025-04-10', '2025-04-10', '2025-04-10', '2025-04-08', '2025-04-08', '2025-04-08'],
      );
      const asc = await store.quotes({}, { order: 'asc', limit: 100 });
      assert.equal(asc.items[0].day, '2025-04-08');
      assert.equal((await allQuotes(store, { speaker: 'PAK' })).length, 4);
      assert.equal((await allQuotes(store, { speaker: 'PAKGOV' })).length, 4);
      assert.equal((await allQuotes(store, { speaker: 'INDGOVFOR' })).length, 0);
      assert.equal((await allQuotes(store, { country: 'IND' })).length, 2);
      assert.equal((await allQuotes(store, { kind: 'direct' })).length, 2);
      assert.equal((await allQuotes(store, { speakerKind: 'statement' })).length, 2);
      assert.equal((await allQuotes(store, { attributed: false })).length, 0);
      assert.equal((await allQuotes(store, { attributed: true })).length, 6);
      assert.equal((await allQuotes(store, { article: a.article.id })).length, 3);
      assert.equal((await allQuotes(store, { from: '2025-04-09' })).length, 3);
      assert.equal((await allQuotes(store, { to: '2025-04-09' })).length, 3);
      assert.equal((await allQuotes(store, { q: 'NOT ACCEPT' })).length, 2);
      assert.equal((await allQuotes(store, { q: 'ministry' })).length, 2);
      assert.equal((await allQuotes(store, { q: '100%_' })).length, 0);
      const ev = eventId(a.article.id, 1, 'PAKGOV', 'INDGOV', '112');
      const holding = await allQuotes(store, { event: ev });
      assert.deepEqual(
        holding.map((q) => [q.article_id, q.ordinal]),
        [[a.article.id, 1]],
      );
    },
  );

  withStore('re-coding replaces quotes and attributes; storing twice duplicates nothing', async (store) => {
    const first = quotedArticle();
    await store.write([first]);
    await store.write([quotedArticle()]);
    await store.write([quotedArticle(), quotedArticle()]);
    const id = first.article.id;
    assert.equal((await store.articleQuotes(id)).length, 3);
    assert.equal((await allQuotes(store)).length, 3);

    // a new coder finds one quote only, and no topics
    const recoded = quotedArticle(QUOTED, 'new-coder');
    recoded.doc!.quotes = recoded.doc!.quotes!.slice(2);
    recoded.doc!.quotes[0].speaker!.refersTo = undefined;
    recoded.doc!.topics = [];
    await store.write([recoded]);
    const after = await store.articleQuotes(id);
    assert.deepEqual(
      after.map((q) => [q.ordinal, q.kind]),
      [[0, 'according-to']],
    );
    assert.equal((await allQuotes(store)).length, 1);
    assert.deepEqual((await store.attributes(id))?.topics, []);
    assert.equal((await allQuotes(store, { event: eventId(id, 1, 'PAKGOV', 'INDGOV', '112') })).length, 0);

    // coding that fails this time leaves no quotes behind either
    await store.write([{ ...recoded, doc: null, status: 'failed', coder: null }]);
    assert.deepEqual(await store.articleQuotes(id), []);
    assert.equal(await store.attributes(id), null);

    // a doc coded before attributes existed stores none and fails nothing
    const old = coded(QUOTED, 'old-coder');
    await store.write([old]);
    assert.deepEqual(await store.articleQuotes(id), []);
    assert.equal(await store.attributes(id), null);
  });

  withStore('a batch that fails stores none of its quotes', async (store) => {
    await store.write([quotedArticle()]);
    const bad = quotedArticle({ ...QUOTED, id: 'bad', sentences: [...QUOTED.sentences, 'Bad.'] });
    (bad.article as { lang: unknown }).lang = null;
    const recoded = quotedArticle(QUOTED, 'new-coder');
    recoded.doc!.quotes = [];
    await assert.rejects(store.write([recoded, bad]));
    assert.equal((await store.articleQuotes(quotedArticle().article.id)).length, 3);
    assert.equal((await allQuotes(store)).length, 3);
  });
}
