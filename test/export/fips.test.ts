// FIPS 10-4 codes for GDELT's geography columns.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { countryGeo } from '../../src/export/geo.ts';
import { fipsOf, ISO3_TO_FIPS } from '../../src/export/index.ts';
import { sharedPath, skipUnlessShared } from '../helpers/shared.ts';

const require = createRequire(import.meta.url);

test('every ISO 3166 country has a FIPS code but the US Minor Outlying Islands', () => {
  const iso = require('i18n-iso-countries') as { getAlpha3Codes(): Record<string, string> };
  const missing = Object.keys(iso.getAlpha3Codes()).filter((c) => !ISO3_TO_FIPS.has(c));
  assert.deepEqual(missing, ['UMI']);
  for (const f of ISO3_TO_FIPS.values()) assert.match(f, /^[A-Z]{2}$/);
});

test('the codes where FIPS and ISO part ways', () => {
  const pairs: [string, string][] = [
    ['DEU', 'GM'],
    ['GBR', 'UK'],
    ['SRB', 'RI'],
    ['UKR', 'UP'],
    ['AUS', 'AS'],
    ['AUT', 'AU'],
    ['CHN', 'CH'],
    ['CHE', 'SZ'],
    ['ROU', 'RO'],
    ['ROM', 'RO'],
    ['PAK', 'PK'],
    ['ISR', 'IS'],
    ['IRQ', 'IZ'],
    ['XKX', 'KV'],
    ['PSE', 'WE'],
  ];
  for (const [iso, fips] of pairs) assert.equal(fipsOf(iso), fips, iso);
  assert.equal(fipsOf('UNO'), '');
});

test("country-level places match GDELT's own rows", {
  skip: skipUnlessShared('ontology', 'gdelt2_sample.csv'),
}, () => {
  const world = require('world-countries') as { cca3: string; name: { common: string } }[];
  const byName = new Map(world.map((c) => [c.name.common, c.cca3]));
  let checked = 0;
  for (const line of readFileSync(sharedPath('ontology', 'gdelt2_sample.csv'), 'utf8').trim().split('\n')) {
    const f = line.split('\t');
    for (const at of [35, 43, 51]) {
      if (f[at] !== '1' || !byName.has(f[at + 1])) continue;
      const geo = countryGeo(byName.get(f[at + 1])!);
      assert.equal(geo.country, f[at + 2], f[at + 1]);
      assert.equal(geo.featureId, f[at + 7], f[at + 1]);
      checked++;
    }
  }
  assert.ok(checked >= 3, `${checked} country rows checked`);
});
