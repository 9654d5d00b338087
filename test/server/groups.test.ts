// The events' ethnic and religious groups over HTTP: GET /events, GET /events/{id} and the CSV
// form carry source_group / target_group (null where none), and /openapi.json documents them.
// The store is filled by the bundled coder from a real sentence.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createIngestor, openStore, type Store } from '../../src/store/index.ts';
import { bundledCoder } from '../helpers/coder.ts';
import { fixtureApp, json } from './fixture.ts';

let app: OpenAPIHono;
let store: Store;
before(async () => {
  store = await openStore(':memory:');
  const ingestor = createIngestor(store, { coder: bundledCoder(), fingerprint: 'groups' });
  await ingestor.add({
    article: {
      id: 'kurds',
      text: 'Thousands of Iraqi Kurds demonstrated in Kirkuk against the Iraqi government.',
      published: '2025-04-08',
      lang: 'en',
    },
    input: 'kurds.txt',
  });
  await ingestor.finish();
  ({ app } = await fixtureApp({ store }));
});
after(() => store.close());

test('GET /events and /events/{id} carry the groups, null where none', async () => {
  const { items } = await json(await app.request('/events'));
  assert.equal(items.length, 1);
  const [e] = items;
  assert.deepEqual([e.source, e.target, e.source_group, e.target_group], ['IRQCVL', 'IRQGOV', 'KUR', null]);
  const detail = await json(await app.request(`/events/${e.id}`));
  assert.equal(detail.event.source_group, 'KUR');
  assert.equal(detail.event.target_group, null);
});

test('the CSV form ends with source_group,target_group', async () => {
  const text = await (await app.request('/events?format=csv')).text();
  const [header, row] = text.trim().split('\n');
  assert.ok(header.endsWith(',source_group,target_group'));
  assert.ok(row.endsWith(',KUR,'));
});

test('/openapi.json documents both fields on Event', async () => {
  const doc = await json(await app.request('/openapi.json'));
  const props = doc.components.schemas.Event.properties;
  assert.ok(props.source_group && props.target_group);
});
