import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

// Recall of verbal cooperation (CAMEO roots 01-05): general wordings of statements, appeals,
// intents, consultations and praise that no pattern coded, each with a look-alike.
const coded = (text: string) => bundledTriples(text);

test('informing or notifying an actor is a statement to it; an unnamed public is not', () => {
  assert.deepEqual(coded('Kenya informed Uganda that it would close the border.'), ['KENGOV UGAGOV 010']);
  assert.deepEqual(coded('Chile notified Peru of its decision on Monday.'), ['CHLGOV PERGOV 010']);
  assert.deepEqual(coded('Kenya informed the public about the new border rules.'), []);
});

test('assuring an actor is an optimistic comment (013); an assured outcome is not', () => {
  assert.deepEqual(coded('Kenya assured Uganda that the pipeline would be finished.'), ['KENGOV UGAGOV 013']);
  assert.deepEqual(coded('The Chilean president reassured Peru of his support.'), ['CHLGOV PERGOV 013']);
  assert.deepEqual(coded('Kenya said that victory over Uganda was assured.'), []);
});

test('standing in solidarity with an actor is support (051)', () => {
  assert.deepEqual(coded('Chile stands in solidarity with Peru after the earthquake.'), [
    'CHLGOV PERGOV 051',
  ]);
  assert.deepEqual(coded('Chile stands with its partners.'), []);
});

test('greetings, congratulatory messages and messages of support are praise (051); a plain message is not', () => {
  assert.deepEqual(coded('Japan sent greetings to China on its national day.'), ['JPNGOV CHNGOV 051']);
  assert.deepEqual(coded('Kenya sent a congratulatory message to Uganda.'), ['KENGOV UGAGOV 051']);
  assert.deepEqual(coded('Chile sent a message of solidarity to Peru.'), ['CHLGOV PERGOV 051']);
  assert.deepEqual(coded('Chile sent a message to Peru.'), []);
});

test('a phone call between two leaders is a telephone consultation (041)', () => {
  assert.deepEqual(
    coded('The phone call between the Kenyan president and the Ugandan president lasted an hour.'),
    ['KENGOV UGAGOV 041'],
  );
  assert.deepEqual(coded('The phone call lasted an hour.'), []);
});

test('announcing a suspension of aid is not a pledge of aid; announcing aid still is', () => {
  assert.deepEqual(coded('Denmark announced a suspension of aid to Egypt.'), []);
  assert.deepEqual(coded('Denmark announced new aid to Egypt.'), ['DNKGOV EGYGOV 033']);
});
