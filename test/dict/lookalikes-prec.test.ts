import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

// Look-alikes found among the most frequent rules on real news: the words match a pattern
// but the sentence does not report the event.
const coded = (text: string) => bundledTriples(text);

test('a noun tour names no host; the verb and "a tour to" still code a visit', () => {
  assert.deepEqual(
    coded('The French president set off on a bus tour through regions won by the German chancellor.'),
    [],
  );
  assert.deepEqual(coded('The British intelligence officer did two tours in Iraq.'), []);
  assert.deepEqual(
    coded(
      'Greenpeace, an advocacy group, is on a nine-city tour to mobilize support for defunding the health overhaul, and the German chancellor roiled the crowd during a stop in Berlin last week.',
    ),
    [],
  );
  assert.deepEqual(coded('The French president will tour Japan next week.'), ['FRAGOV JPNGOV 036']);
  assert.deepEqual(coded('The French president began a tour to Japan and China.'), [
    'FRAGOV JPNGOV 042',
    'FRAGOV CHNGOV 042',
  ]);
});

test('reaching out to voters is campaign outreach, not a consultation', () => {
  assert.deepEqual(
    coded('The Brazilian president has been reaching out to Mexican voters with a new message.'),
    [],
  );
  assert.deepEqual(coded('The Brazilian president tried to reach out to minorities and Mexican voters.'), []);
  assert.deepEqual(coded('The French president reached out to the German chancellor on Monday.'), [
    'FRAGOV DEUGOV 040',
  ]);
});

test("a mass shooting recalled as a noun was not done by the sentence's subject", () => {
  assert.deepEqual(
    coded(
      'The French parliament began its session with the mass shooting at a school in Lyon still fresh in mind.',
    ),
    [],
  );
  assert.deepEqual(
    coded('The German chancellor proposed the ban as a response to the mass shooting of 20 children.'),
    [],
  );
  assert.deepEqual(coded('Syrian soldiers were shooting at Turkish students.'), ['SYRMIL TUREDU 193']);
});

test('"announced it would lift sanctions" is no sanction, "announced it would cut off aid" no aid', () => {
  assert.deepEqual(coded('Kenya announced it would lift sanctions on Uganda.'), ['KENGOV UGAGOV 0354']);
  assert.deepEqual(coded('Kenya announced on Monday that it would cut off aid to Uganda.'), [
    'KENGOV UGAGOV 1311',
  ]);
  // the noun patterns still code where no verb comes between
  assert.deepEqual(coded('Kenya announced sanctions on Uganda.'), ['KENGOV UGAGOV 163']);
  assert.deepEqual(coded('Kenya announced it would provide aid to Uganda.'), ['KENGOV UGAGOV 033']);
  assert.deepEqual(coded('Kenya announced it had lifted sanctions on Uganda.'), ['KENGOV UGAGOV 085']);
});
