import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPlaces, geocodeMatch } from '../../src/geo/index.ts';
import { analyzeText } from '../../src/nlp/index.ts';

/** Place mentions of each sentence of `text`, as `text/cue`. */
function places(text: string): string[] {
  const { sentences, tokens } = analyzeText(text);
  return sentences.flatMap((s) =>
    findPlaces(tokens, s.tokenStart, s.tokenEnd).map((m) => `${m.text}/${m.cue}`),
  );
}

function first(text: string) {
  const { sentences, tokens } = analyzeText(text);
  return findPlaces(tokens, sentences[0].tokenStart, sentences[0].tokenEnd)[0];
}

test('names after locative words, with offsets and token ranges', () => {
  const text = 'Clashes erupted near Aleppo and in the southern port city of Basra on Monday.';
  const { tokens } = analyzeText(text);
  const found = findPlaces(tokens, 0, tokens.length);
  assert.deepEqual(
    found.map((m) => [m.text, m.cue, m.preposition, text.slice(m.start, m.end)]),
    [
      ['Aleppo', 'preposition', 'near', 'Aleppo'],
      ['Basra', 'preposition', 'in', 'Basra'],
    ],
  );
  assert.equal(tokens[found[0].tokenStart].text, 'Aleppo');
  assert.equal(found[0].tokenEnd, found[0].tokenStart + 1);
  assert.equal(geocodeMatch(found[1])?.country, 'IRQ');
});

test('multi-word, hyphenated and accented names are one mention', () => {
  assert.deepEqual(places('Aid reached Port-au-Prince, São Paulo and Newcastle upon Tyne.'), [
    'Port-au-Prince/bare',
    'São Paulo/bare',
    'Newcastle upon Tyne/bare',
  ]);
  assert.deepEqual(places('Delegates met in The Hague and later in Washington, D.C., officials said.'), [
    'The Hague/preposition',
    'Washington, D.C./preposition',
  ]);
});

test('"City, State" and "City, Country" carry their qualifier to geocoding', () => {
  const paris = first('A tornado hit Paris, Texas, on Sunday.');
  assert.equal(paris.text, 'Paris, Texas');
  assert.equal(paris.cue, 'apposition');
  assert.deepEqual(paris.names, ['Paris, Texas', 'Texas']);
  assert.equal(geocodeMatch(paris)?.admin1, 'TX');
  assert.equal(geocodeMatch(first('Students marched in Cambridge, Mass., on Friday.'))?.admin1, 'MA');
  assert.equal(geocodeMatch(first('A bomb exploded in Tripoli, Lebanon.'))?.country, 'LBN');
  // A dateline in capitals works the same way.
  assert.equal(geocodeMatch(first('LARGO, Fla. — The race tightened.'))?.name, 'Largo');
  // A town the gazetteer lacks is placed by its state, even when its first word is a city.
  assert.deepEqual(first('He spoke in Eureka Springs, Arkansas, on May 10.').names, [
    'Eureka Springs, Arkansas',
    'Arkansas',
  ]);
  assert.deepEqual(places('Conventions in April, Colorado will award delegates.'), []);
  const small = first('He grew up in Smallville, Kansas.');
  assert.deepEqual(small.names, ['Smallville, Kansas', 'Kansas']);
  assert.equal(geocodeMatch(small)?.level, 'admin1');
});

test('a list continues the locative cue; countries and states need a cue', () => {
  assert.deepEqual(places('Protests spread to Cairo, Tunis and Amman.'), [
    'Cairo/preposition',
    'Tunis/preposition',
    'Amman/preposition',
  ]);
  assert.deepEqual(places('Pakistan sent troops to Afghanistan.'), ['Afghanistan/preposition']);
  assert.deepEqual(places('Polls opened in Virginia.'), ['Virginia/preposition']);
  assert.equal(first('Polls opened in Virginia.').kind, 'admin1');
});

test('sentence-initial common words and names inside longer names are skipped', () => {
  assert.deepEqual(places('Police said the march was peaceful.'), []);
  assert.deepEqual(places('Reading is a national pastime.'), []);
  assert.deepEqual(places('Nice work, the coach said.'), []);
  assert.deepEqual(places('The Washington Post and the New York Times reported it.'), []);
  assert.deepEqual(places('He studied at the University of Denver.'), []);
  assert.deepEqual(places('The Paris agreement took effect.'), []);
  assert.deepEqual(places('She arrived in March.'), []);
});

test('names that are mostly people count only after in/at/near-type words', () => {
  assert.deepEqual(places('Jackson said the bill would pass.'), []);
  assert.deepEqual(places('Michael Jackson sang.'), []);
  assert.deepEqual(places('He sent a letter to Warren.'), []);
  assert.deepEqual(places('A shoe was thrown at Bush.'), []);
  assert.deepEqual(places('The rally was held in Jackson.'), ['Jackson/preposition']);
  assert.deepEqual(places('Kingston said no.'), []);
});

test('headline capitals do not make every word a place', () => {
  assert.deepEqual(places('Talks In Gaza Resume After Deal Reached'), ['Gaza/preposition']);
});

test('the scan stays inside [from, to)', () => {
  const { tokens } = analyzeText('Fighting in Kabul. Talks in Doha.');
  assert.deepEqual(
    findPlaces(tokens, 0, 3).map((m) => m.text),
    ['Kabul'],
  );
  assert.deepEqual(findPlaces(tokens, 0, 2), []);
});
