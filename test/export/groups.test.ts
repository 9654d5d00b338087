// The events' ethnic and religious groups (CAMEO's third code part, dictionaries/groups.txt),
// from sentences coded by the bundled coder through the store into each export: GDELT's
// Actor…Code / EthnicCode / Religion1Code, POLECAT's entity `ethnicity` / `religion`, and the
// flat record's source_group / target_group.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { exportTo, type PloverRecord, POLECAT_SCHEMA } from '../../src/export/index.ts';
import { createIngestor, openStore, type Store } from '../../src/store/index.ts';
import { bundledCoder } from '../helpers/coder.ts';
import { capture } from './capture.ts';
import { type Schema, validate } from './json-schema.ts';

const TEXT =
  'Thousands of Iraqi Kurds demonstrated in Kirkuk against the Iraqi government. ' +
  'Egyptian police arrested dozens of Christian protesters in Cairo.';

let store: Store;
before(async () => {
  store = await openStore(':memory:');
  const ingestor = createIngestor(store, { coder: bundledCoder(), fingerprint: 'groups-test' });
  await ingestor.add({
    article: {
      id: 'groups-1',
      text: TEXT,
      published: '2025-04-08',
      lang: 'en',
      url: 'https://news.example/1',
    },
    input: 'groups-1.txt',
  });
  await ingestor.finish();
});
after(() => store.close());

async function exported(format: 'gdelt' | 'polecat' | 'csv'): Promise<string[]> {
  const out = capture();
  await exportTo(store, format, {}, { stream: out.stream });
  return out.text().split('\n').filter(Boolean);
}

test('the coder finds the groups and the store keeps them beside the codes', async () => {
  const events = (await store.events()).items
    .map((e) => `${e.source} ${e.cameo} ${e.target} ${e.source_group} ${e.target_group}`)
    .sort();
  assert.deepEqual(events, ['EGYCOP 173 EGYCVL null CHR', 'IRQCVL 141 IRQGOV KUR null']);
});

// GDELT 2.0 positions (1-based): Actor1Code 6, Actor1EthnicCode 10, Actor1Religion1Code 11,
// Actor2Code 16, Actor2EthnicCode 20, Actor2Religion1Code 21, EventCode 27.
test('GDELT: the group ends the actor code and fills EthnicCode or Religion1Code, not both', async () => {
  const rows = (await exported('gdelt')).map((l) => l.split('\t'));
  const pick = (r: string[]) => [5, 9, 10, 15, 19, 20].map((i) => r[i]);
  const protest = rows.find((r) => r[26] === '141')!;
  assert.deepEqual(pick(protest), ['IRQCVLKUR', 'kur', '', 'IRQGOV', '', '']);
  const arrest = rows.find((r) => r[26] === '173')!;
  assert.deepEqual(pick(arrest), ['EGYCOP', '', '', 'EGYCVLCHR', '', 'CHR']);
});

test('POLECAT: the group is the entity ethnicity or religion, and records validate', async () => {
  const records: PloverRecord[] = (await exported('polecat')).map((l) => JSON.parse(l));
  for (const r of records) assert.deepEqual(validate(POLECAT_SCHEMA as unknown as Schema, r), []);
  const protest = records.find((r) => r.event[0] === 'PROTEST')!;
  assert.equal(protest.actor[0].ethnicity, 'KUR');
  assert.equal(protest.actor[0].religion, undefined);
  assert.equal(protest.recipient[0].ethnicity, undefined);
  const arrest = records.find((r) => r.actor[0].sector === 'COP')!;
  assert.equal(arrest.recipient[0].religion, 'CHR');
  assert.equal(arrest.recipient[0].ethnicity, undefined);
  const broken = { ...protest, actor: [{ ...protest.actor[0], ethnicity: 'Kurdish' }] };
  assert.notDeepEqual(validate(POLECAT_SCHEMA as unknown as Schema, broken), []);
});

test('CSV: source_group and target_group are the last columns, empty where none', async () => {
  const [header, ...rows] = await exported('csv');
  assert.deepEqual(header.split(',').slice(-2), ['source_group', 'target_group']);
  // Group codes need no quoting, so the last two cells are the row's last two comma fields.
  const cells = rows.map((r) => r.split(',').slice(-2).join('|'));
  assert.deepEqual(cells.sort(), ['KUR|', '|CHR']);
});
