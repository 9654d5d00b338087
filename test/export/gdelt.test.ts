// GDELT 2.0 export: 61 tab-separated fields per cluster, GDELT's types and conventions.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { exportTo } from '../../src/export/index.ts';
import type { Store } from '../../src/store/index.ts';
import { sharedPath, skipUnlessShared } from '../helpers/shared.ts';
import { capture } from './capture.ts';
import { exportStore } from './fixtures.ts';

// 1-based positions, as in GDELT's codebook.
const F = {
  GLOBALEVENTID: 1,
  SQLDATE: 2,
  MonthYear: 3,
  Year: 4,
  FractionDate: 5,
  Actor1Code: 6,
  Actor1Name: 7,
  Actor1CountryCode: 8,
  Actor1KnownGroupCode: 9,
  Actor1Type1Code: 13,
  Actor2Code: 16,
  Actor2CountryCode: 18,
  Actor2KnownGroupCode: 19,
  Actor2Type1Code: 23,
  IsRootEvent: 26,
  EventCode: 27,
  EventBaseCode: 28,
  EventRootCode: 29,
  QuadClass: 30,
  GoldsteinScale: 31,
  NumMentions: 32,
  NumSources: 33,
  NumArticles: 34,
  Actor1Geo_Type: 36,
  Actor1Geo_CountryCode: 38,
  Actor2Geo_CountryCode: 46,
  ActionGeo_Type: 52,
  ActionGeo_FullName: 53,
  ActionGeo_CountryCode: 54,
  ActionGeo_ADM1Code: 55,
  ActionGeo_Lat: 57,
  ActionGeo_FeatureID: 59,
  DATEADDED: 60,
  SOURCEURL: 61,
} as const;

let store: Store;
let rows: string[][];
before(async () => {
  store = await exportStore();
  const out = capture();
  const n = await exportTo(store, 'gdelt', {}, { stream: out.stream });
  rows = out
    .text()
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split('\t'));
  assert.equal(n, rows.length);
});
after(() => store.close());

const get = (row: string[], f: keyof typeof F) => row[F[f] - 1];
const byCode = (code: string) => rows.find((r) => get(r, 'EventCode') === code)!;

const TYPES: Record<string, RegExp> = {
  INTEGER: /^-?\d+$/,
  FLOAT: /^(-?\d+(\.\d+)?([eE][-+]?\d+)?)?$/,
  STRING: /^[^\t\n\r]*$/,
};

function schemaTypes(): string[] {
  return readFileSync(sharedPath('ontology', 'gdelt2_event_schema.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t')[2]);
}

test('one row per cluster, 61 tab-separated fields each, distinct numeric ids', async () => {
  assert.equal(rows.length, (await store.stats()).clusters);
  for (const r of rows) assert.equal(r.length, 61);
  const ids = rows.map((r) => get(r, 'GLOBALEVENTID'));
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.ok(Number.isSafeInteger(Number(id)));
});

test('every field parses back with the type the GDELT schema gives it', {
  skip: skipUnlessShared('ontology', 'gdelt2_event_schema.tsv'),
}, () => {
  const types = schemaTypes();
  assert.equal(types.length, 61);
  // The checker accepts GDELT's own rows…
  const sample = readFileSync(sharedPath('ontology', 'gdelt2_sample.csv'), 'utf8').trim().split('\n');
  for (const line of sample) {
    for (const [i, v] of line.split('\t').entries())
      assert.match(v, TYPES[types[i]], `sample field ${i + 1}`);
  }
  // …and ours.
  for (const r of rows) {
    for (const [i, v] of r.entries()) assert.match(v, TYPES[types[i]], `field ${i + 1} = "${v}"`);
  }
});

test('the event three outlets reported is one row with NumArticles 3 and the first report as SOURCEURL', () => {
  const talks = byCode('040');
  assert.equal(rows.filter((r) => get(r, 'EventCode') === '040').length, 1);
  assert.equal(get(talks, 'NumArticles'), '3');
  assert.equal(get(talks, 'NumSources'), '3');
  assert.equal(get(talks, 'NumMentions'), '3');
  assert.equal(get(talks, 'SOURCEURL'), 'https://www.dawn.com/news/1');
  assert.deepEqual(
    [get(talks, 'SQLDATE'), get(talks, 'MonthYear'), get(talks, 'Year'), get(talks, 'FractionDate')],
    ['20250408', '202504', '2025', '2025.2685'],
  );
  assert.deepEqual(
    [get(talks, 'Actor1Code'), get(talks, 'Actor1Name'), get(talks, 'Actor1CountryCode')],
    ['PAKGOV', 'PAKISTAN', 'PAK'],
  );
  assert.equal(get(talks, 'Actor1Type1Code'), 'GOV');
  assert.deepEqual(
    [get(talks, 'EventBaseCode'), get(talks, 'EventRootCode'), get(talks, 'QuadClass')],
    ['040', '04', '1'],
  );
  assert.equal(get(talks, 'GoldsteinScale'), '1.0');
  assert.equal(get(talks, 'IsRootEvent'), '1');
  assert.match(get(talks, 'DATEADDED'), /^\d{10}(00|15|30|45)00$/);
});

test('GDELT conventions: Romania is ROM, media MED, health HLH, known groups, FIPS geography', () => {
  const ro = byCode('112');
  assert.deepEqual([get(ro, 'Actor1Code'), get(ro, 'Actor1CountryCode')], ['ROMGOV', 'ROM']);
  assert.deepEqual([get(ro, 'Actor2Code'), get(ro, 'Actor2Type1Code')], ['ROMMED', 'MED']);
  assert.equal(get(ro, 'Actor1Geo_CountryCode'), 'RO');
  assert.deepEqual([get(ro, 'ActionGeo_Type'), get(ro, 'ActionGeo_CountryCode')], ['4', 'RO']);
  assert.match(get(ro, 'ActionGeo_FullName'), /^Bucharest, Romania$/);
  assert.match(get(ro, 'ActionGeo_ADM1Code'), /^RO/);
  assert.ok(Math.abs(Number(get(ro, 'ActionGeo_Lat')) - 44.43) < 0.2);

  const health = byCode('111');
  assert.deepEqual([get(health, 'Actor1Code'), get(health, 'Actor1Type1Code')], ['DEUHLH', 'HLH']);
  assert.deepEqual(
    [get(health, 'Actor2Code'), get(health, 'Actor2CountryCode'), get(health, 'Actor2KnownGroupCode')],
    ['UNO', '', 'UNO'],
  );
  assert.equal(get(health, 'Actor1Geo_CountryCode'), 'GM');
  assert.deepEqual(
    [get(health, 'ActionGeo_Type'), get(health, 'ActionGeo_CountryCode'), get(health, 'ActionGeo_FeatureID')],
    ['1', 'GM', 'GM'],
  );

  assert.equal(get(byCode('020'), 'Actor2Geo_CountryCode'), 'UK');
  assert.deepEqual([get(byCode('020'), 'ActionGeo_Type'), get(byCode('020'), 'ActionGeo_Lat')], ['0', '']);
});

test("quad classes follow GDELT's grouping, not PLOVER's", () => {
  assert.equal(get(byCode('090'), 'QuadClass'), '2');
  assert.equal(get(byCode('141'), 'QuadClass'), '3');
  assert.equal(get(byCode('020'), 'QuadClass'), '1');
});

test('an undated event takes the day it was first seen; Kyiv is in FIPS UP', () => {
  const p = byCode('141');
  assert.equal(get(p, 'SQLDATE'), get(p, 'DATEADDED').slice(0, 8));
  assert.equal(get(p, 'ActionGeo_CountryCode'), 'UP');
  assert.equal(get(p, 'SOURCEURL'), 'protest-1');
});

test('filters pick clusters by date, actor and type', async () => {
  const out = capture();
  const n = await exportTo(
    store,
    'gdelt',
    { from: '2025-05-01', actor: 'DEU', type: '11' },
    { stream: out.stream },
  );
  assert.equal(n, 1);
  assert.equal(out.text().split('\t')[F.EventCode - 1], '111');
});
