import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countryPlace, geocode } from '../../src/geo/index.ts';

const where = (name: string, countries?: string[], admin1?: string[]) => {
  const p = geocode(name, { countries, admin1 });
  return p && `${p.name}|${p.country}${p.admin1 ? `|${p.admin1}` : ''}`;
};

test('Paris: France, even in a story about the USA; Texas when the story names Texas', () => {
  assert.equal(where('Paris'), 'Paris|FRA|11');
  assert.equal(where('Paris', ['FRA']), 'Paris|FRA|11');
  // Paris, Texas (25,000 people) yields to a world city of its name in a US story
  assert.equal(where('Paris', ['USA']), 'Paris|FRA|11');
  assert.equal(where('Geneva', ['USA', 'CHN']), 'Genève|CHE|GE');
  assert.equal(where('Paris', ['FRA', 'USA']), 'Paris|FRA|11');
  assert.equal(where('Paris', undefined, ['Texas']), 'Paris|USA|TX');
  assert.equal(where('Paris, Texas'), 'Paris|USA|TX');
  assert.equal(where('Paris, TX'), 'Paris|USA|TX');
  assert.equal(where('Paris, France', ['USA']), 'Paris|FRA|11');
});

test('a qualifier no candidate fits gives undefined, not a guess', () => {
  // Paris, Kentucky (9,870 people) is under the gazetteer's cut-off.
  assert.equal(geocode('Paris, Kentucky'), undefined);
  assert.equal(geocode('Kabul, France'), undefined);
});

test('Tripoli follows the article: Lebanon or Libya', () => {
  assert.equal(where('Tripoli'), 'Tripoli|LBY|77');
  assert.equal(where('Tripoli', ['LBN']), 'Tripoli|LBN|09');
  assert.equal(where('Tripoli', ['LBY', 'LBN']), 'Tripoli|LBY|77');
  assert.equal(where('Tripoli', ['LBN', 'LBY']), 'Tripoli|LBN|09');
  assert.equal(where('Tripoli, Lebanon'), 'Tripoli|LBN|09');
});

test('Cambridge: England by default, Massachusetts in a US story or when qualified', () => {
  assert.equal(where('Cambridge'), 'Cambridge|GBR|ENG');
  assert.equal(where('Cambridge', ['USA']), 'Cambridge|USA|MA');
  assert.equal(where('Cambridge, Mass.'), 'Cambridge|USA|MA');
  assert.equal(where('Cambridge, Massachusetts'), 'Cambridge|USA|MA');
  assert.equal(where('Cambridge, England', ['USA']), 'Cambridge|GBR|ENG');
});

test('capitals carry coordinates, population and GeoNames ids', () => {
  const kabul = geocode('Kabul');
  assert.equal(kabul?.country, 'AFG');
  assert.equal(kabul?.level, 'city');
  assert.equal(kabul?.source, 'geonames');
  assert.equal(kabul?.geonamesId, 1138958);
  assert.ok(Math.abs((kabul?.lat ?? 0) - 34.53) < 0.01 && Math.abs((kabul?.lon ?? 0) - 69.17) < 0.01);
  const islamabad = geocode('Islamabad', { countries: ['USA'] });
  assert.equal(islamabad?.country, 'PAK');
  assert.ok((islamabad?.population ?? 0) > 500_000);
});

test('accents and exonyms: São Paulo, Kyiv/Kiev', () => {
  assert.equal(where('Sao Paulo'), 'São Paulo|BRA|27');
  assert.equal(where('São Paulo'), 'São Paulo|BRA|27');
  assert.equal(where('SÃO PAULO'), 'São Paulo|BRA|27');
  assert.equal(where('Kiev'), 'Kyiv|UKR|12');
  assert.equal(where('Kyiv'), 'Kyiv|UKR|12');
});

test('unknown names give undefined', () => {
  assert.equal(geocode('Xyzzyville'), undefined);
  assert.equal(geocode(''), undefined);
  assert.equal(geocode('  ,  '), undefined);
  assert.equal(geocode('Smallville, Kansas'), undefined);
});

test('countries and divisions are located at their capital', () => {
  const pak = geocode('Pakistan');
  assert.equal(pak?.level, 'country');
  assert.equal(pak?.name, 'Pakistan');
  assert.deepEqual([pak?.lat, pak?.lon], [geocode('Islamabad')?.lat, geocode('Islamabad')?.lon]);
  assert.equal(geocode('the United States')?.country, 'USA');
  assert.equal(countryPlace('FRA')?.lat, geocode('Paris')?.lat);
  // Lebanon is the country, not Lebanon, Pennsylvania (pop. 25k).
  assert.equal(where('Lebanon'), 'Lebanon|LBN');
  // A city-state is its city.
  assert.equal(geocode('Singapore')?.level, 'city');
  const texas = geocode('Texas');
  assert.equal(texas?.level, 'admin1');
  assert.equal(texas?.admin1, 'TX');
  assert.equal(countryPlace('ZZZ'), undefined);
});

test('a division name beats a small foreign town, a big city beats its division', () => {
  assert.equal(where('Virginia'), 'Virginia|USA|VA');
  assert.equal(where('Florida'), 'Florida|USA|FL');
  assert.equal(where('Washington'), 'Washington, D.C.|USA|DC');
  assert.equal(where('New York'), 'New York City|USA|NY');
  assert.equal(where('Georgia'), 'Georgia|GEO');
  assert.equal(where('Georgia', ['USA']), 'Georgia|USA|GA');
});
