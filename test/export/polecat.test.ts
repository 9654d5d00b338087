// POLECAT-style PLOVER JSON: every record valid against the schema we publish.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { exportTo, type PloverRecord, POLECAT_SCHEMA } from '../../src/export/index.ts';
import type { Store } from '../../src/store/index.ts';
import { capture } from './capture.ts';
import { exportStore } from './fixtures.ts';
import { type Schema, validate } from './json-schema.ts';

let store: Store;
let records: PloverRecord[];
before(async () => {
  store = await exportStore();
  const out = capture();
  const n = await exportTo(store, 'polecat', {}, { stream: out.stream });
  records = out
    .text()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  assert.equal(n, records.length);
});
after(() => store.close());

test('every record validates against the PLOVER record schema', () => {
  assert.ok(records.length > 0);
  for (const r of records)
    assert.deepEqual(validate(POLECAT_SCHEMA as unknown as Schema, r), [], JSON.stringify(r));
});

test('the validator does reject broken records', () => {
  const good = records[0];
  const schema = POLECAT_SCHEMA as unknown as Schema;
  const broken = [
    { ...good, date: '8 April 2025' },
    { ...good, event: ['MEET'] },
    { ...good, quad_code: 5 },
    { ...good, actor: [] },
    { ...good, extra: 1 },
    { ...good, actor: [{ code: 'PAK' }] },
    Object.fromEntries(Object.entries(good).filter(([k]) => k !== 'id')),
  ];
  for (const b of broken) assert.notDeepEqual(validate(schema, b), [], JSON.stringify(b));
});

test('events PLOVER has no type for (CAMEO 01, 02) and undated ones are left out', async () => {
  const withPlover = (await store.events({}, { limit: 1000 })).items.filter((e) => e.plover && e.date);
  assert.deepEqual(records.map((r) => r.id).sort(), withPlover.map((e) => e.id).sort());
  assert.ok(!records.some((r) => r.event.includes('REQUEST') && r.actor[0].code === 'DEU'));
});

test('actors, types, quads, spans, links and citations carry over', async () => {
  const talks = records.filter((r) => r.event[0] === 'CONSULT');
  assert.equal(talks.length, 3);
  assert.equal(new Set(talks.map((r) => r.link)).size, 1);
  const dawn = talks.find((r) => r.cite_info.url === 'https://www.dawn.com/news/1')!;
  assert.deepEqual(dawn.actor, [{ code: 'PAK', sector: 'GOV', entity_text: 'Pakistan' }]);
  assert.deepEqual(dawn.recipient, [{ code: 'USA', sector: 'GOV', entity_text: 'USAGOV' }]);
  assert.equal(dawn.quad_code, 1);
  assert.deepEqual(dawn.event_loc, { extracted_place: 'Islamabad' });
  assert.equal(dawn.cite_info.publication, 'dawn.com');
  assert.equal(dawn.comment, 'symmetric: actor and recipient act on each other');
  const e = await store.event(dawn.id);
  assert.deepEqual(dawn.text_info, {
    sequence: 0,
    start: e!.event.evidence.map((s) => s.start),
    end: e!.event.evidence.map((s) => s.end),
  });
  const un = records.find((r) => r.actor[0].code === 'UNO')!;
  assert.equal(un.actor[0].sector, undefined);
  assert.equal(un.event[0], 'ACCUSE');
});
