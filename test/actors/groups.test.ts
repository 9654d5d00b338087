import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withGroupCodes } from '../../src/model/index.ts';
import { bundledCoder, codeText } from '../helpers/coder.ts';

// dictionaries/groups.txt: an ethnic or religious group word gives the people it names CAMEO's
// third code part (source_group/target_group), written after country and sector by withGroupCodes.
function bundledTriples(text: string): string[] {
  return codeText(text, '2025-04-08', bundledCoder())
    .events.map(withGroupCodes)
    .map((e) => `${e.source} ${e.target} ${e.cameo}`);
}

test('the codes stay country + sector as ANNOTATION.md defines them; the group is beside them', () => {
  const [e] = codeText(
    'Thousands of Iraqi Kurds demonstrated in Kirkuk against the Iraqi government.',
    '2025-04-08',
    bundledCoder(),
  ).events;
  assert.equal(`${e.source} ${e.target} ${e.cameo}`, 'IRQCVL IRQGOV 141');
  assert.equal(e.source_group, 'KUR');
  assert.equal(e.target_group, undefined);
  assert.equal('target_group' in e, false, 'no key where there is no group');
});

test('a group noun with a demonym codes its people with the group: Iraqi Kurds', () => {
  assert.deepEqual(
    bundledTriples('Thousands of Iraqi Kurds demonstrated in Kirkuk against the Iraqi government.'),
    ['IRQCVLKUR IRQGOV 141'],
  );
});

test('a group adjective before an agent noun gives the group: Druze inhabitants', () => {
  assert.ok(
    bundledTriples(
      'Druze inhabitants of the Syrian Golan Heights threatened to strike unless Israel withdrew.',
    ).some((t) => t.startsWith('SYRCVLDRZ ')),
  );
});

test('a group word several modifiers before the agent noun: Moslem fundamentalist demonstrators', () => {
  assert.ok(
    bundledTriples(
      'Egyptian police opened fire to disperse Moslem fundamentalist demonstrators on Monday.',
    ).some((t) => t.endsWith('EGYCVLMOS 175')),
  );
});

test('rebels named by their ethnic group take it: Kurdish fighters', () => {
  assert.ok(
    bundledTriples('Kurdish fighters attacked Turkish troops near the border.').includes(
      '---REBKUR TURMIL 190',
    ),
  );
});

test('a country demonym alone is no ethnic group: Albanian rebels', () => {
  assert.ok(
    !bundledTriples('Albanian rebels attacked Macedonian troops near Tetovo.').some((t) => /^\S{9}/.test(t)),
  );
});

test('state organs keep their country and sector: Kurdish authorities', () => {
  assert.ok(
    !bundledTriples('Kurdish authorities in Iraq arrested two Turkish journalists on Monday.').some((t) =>
      /^\S{9} /.test(t),
    ),
  );
});

test('an organization named after a religion gives its members no group: the leader of Islamic Jihad', () => {
  assert.ok(
    !bundledTriples(
      'The leader of Islamic Jihad called for more weapons to maintain resistance against Israel.',
    ).some((t) => /^\S{9} /.test(t)),
  );
});

test('a group word inside an organization name before the agent noun gives no group: Islamic State militants', () => {
  assert.deepEqual(bundledTriples('Iraqi forces drove Islamic State fighters out of Ramadi.'), [
    'IRQMIL IMGREB 190',
  ]);
});

test('"ethnic" before a people names a group living elsewhere, not that country: ethnic Hungarians in Romania', () => {
  assert.deepEqual(bundledTriples('Ethnic Hungarians in Romania demanded autonomy from Bucharest.'), [
    'ROUCVLHUN ROUGOV 1044',
  ]);
});

test('the groups.txt entry that gave the group is among the rules of the actor', () => {
  const doc = codeText(
    'Kurdish fighters attacked Turkish troops near the border.',
    '2025-04-08',
    bundledCoder(),
  );
  assert.match(doc.events[0].source_rule, /dictionaries\/groups\.txt:\d+/);
});
