// Cluster rows: key, counts, representative, first report, id.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  type ClusterMember,
  clusterAll,
  clusterKey,
  type KeyedMember,
  summarize,
} from '../../src/cluster/index.ts';

const member = (over: Partial<ClusterMember>): ClusterMember => ({
  id: 'e1',
  article_id: 'a1',
  day: '2025-04-08',
  source: 'PAKGOV',
  target: 'USAGOV',
  cameo: '040',
  plover: 'CONSULT',
  quad: 1,
  goldstein: 1,
  confidence: 0.8,
  domain: 'dawn.com',
  published: '2025-04-08',
  ingested_at: '2025-04-08T10:00:00.000Z',
  ...over,
});

test('a symmetric event has one key whichever side comes first; a directed one does not', () => {
  const e = { source: 'USAGOV', target: 'PAKGOV', cameo: '042', symmetric: true };
  assert.equal(clusterKey(e), 'PAKGOV|USAGOV|04');
  assert.equal(clusterKey({ ...e, source: 'PAKGOV', target: 'USAGOV' }), 'PAKGOV|USAGOV|04');
  assert.equal(clusterKey({ ...e, symmetric: false }), 'USAGOV|PAKGOV|04');
});

test('counts articles, outlets (unknown ones as one) and events; picks representative and first report', () => {
  const row = summarize(
    'PAKGOV|USAGOV|04',
    [
      member({ id: 'e1', article_id: 'a1', confidence: 0.8 }),
      member({ id: 'e2', article_id: 'a1', confidence: 0.9, day: '2025-04-09' }),
      member({ id: 'e3', article_id: 'a2', domain: 'reuters.com', published: '2025-04-07', confidence: 0.9 }),
      member({ id: 'e4', article_id: 'a3', domain: null, ingested_at: '2025-04-01T00:00:00.000Z' }),
      member({ id: 'e5', article_id: 'a4', domain: null }),
    ],
    null,
  );
  assert.equal(row.n_articles, 4);
  assert.equal(row.n_sources, 3);
  assert.equal(row.n_events, 5);
  assert.equal(row.representative, 'e3');
  assert.equal(row.first_article, 'a2');
  assert.equal(row.first_date, '2025-04-08');
  assert.equal(row.last_date, '2025-04-09');
  assert.equal(row.first_seen, '2025-04-01T00:00:00.000Z');
  assert.match(row.id, /^[0-9a-f]{20}$/);
});

test('clustering a set of events does not depend on their order', () => {
  const arb = fc.array(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      article_id: fc.constantFrom('a', 'b', 'c', 'd'),
      day: fc.constantFrom('', '2025-01-01', '2025-01-02', '2025-01-03', '2025-01-04', '2025-01-07'),
      cluster_key: fc.constantFrom('A|B|04', 'B|A|04', 'A|B|19'),
      confidence: fc.constantFrom(0.5, 0.7, 0.9),
    }),
    { maxLength: 25 },
  );
  fc.assert(
    fc.property(arb, (raw) => {
      const byId = new Map(raw.map((r) => [r.id, r]));
      const members: KeyedMember[] = [...byId.values()].map((r) => ({
        ...member({ ...r, published: null }),
        cluster_key: r.cluster_key,
      }));
      const a = clusterAll(members);
      const b = clusterAll([...members].reverse());
      assert.deepEqual([...a.entries()].sort(), [...b.entries()].sort());
      const covered = [...a.values()].flatMap((c) => c.events).sort();
      assert.deepEqual(covered, members.map((m) => m.id).sort());
    }),
    { numRuns: 300 },
  );
});
