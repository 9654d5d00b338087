import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

// Recall of CAMEO roots 01-09 (statements ... investigate): wordings that report the event
// and that no pattern coded.
const coded = (text: string) => bundledTriples(text);

test('"talk to" an actor is a consultation, like "speak to"; reporters and media are not', () => {
  assert.deepEqual(coded('Chile has been talking to Peru about the border.'), ['CHLGOV PERGOV 040']);
  assert.deepEqual(coded('The Kenyan president talked to the Ugandan president on Monday.'), [
    'KENGOV UGAGOV 040',
  ]);
  assert.deepEqual(coded('The Kenyan president talked to reporters on Monday.'), []);
});

test('"a meeting" with a place or a time before "between" names its parties', () => {
  assert.deepEqual(coded('A meeting in Nairobi between Kenya and Uganda ended without a deal.'), [
    'KENGOV UGAGOV 040',
  ]);
  assert.deepEqual(coded('The meeting on Tuesday between Chile and Peru lasted two hours.'), [
    'CHLGOV PERGOV 040',
  ]);
});

test('a courtesy call on a leader is a visit, not an appeal', () => {
  assert.deepEqual(coded('The Kenyan foreign minister paid a courtesy call on the Ugandan president.'), [
    'KENGOV UGAGOV 042',
  ]);
  assert.deepEqual(coded('The Kenyan minister paid the Ugandan president a courtesy call.'), [
    'KENGOV UGAGOV 042',
  ]);
});

test('an amount before the kind of agreement still reaches "signed ... agreement"', () => {
  assert.deepEqual(coded('Kenya signed a 200 million dollar loan agreement with Japan.'), [
    'KENGOV JPNGOV 057',
  ]);
});

test('"granted X a … loan": the recipient comes before the amount', () => {
  assert.deepEqual(coded('Japan granted Kenya a 300 million dollar bridge loan.'), ['JPNGOV KENGOV 071']);
});

test('a lunch, dinner or breakfast with an actor is a meeting; one with reporters or donors is not', () => {
  assert.deepEqual(coded('The Kenyan president had dinner with the Ugandan president on Sunday.'), [
    'KENGOV UGAGOV 040',
  ]);
  assert.deepEqual(coded('Chile discussed trade during a working lunch with Peru.'), ['CHLGOV PERGOV 040']);
  assert.deepEqual(
    coded('The Kenyan president said during a breakfast with reporters that Uganda was wrong.'),
    [],
  );
});

test('coordinated subjects that "held a meeting" met each other; one subject alone met no one', () => {
  assert.deepEqual(coded('Chile and Peru held a bilateral meeting on Monday.'), ['CHLGOV PERGOV 040']);
  assert.deepEqual(coded('The Kenyan president held a town hall meeting on Uganda.'), []);
});

test('travelling to a venue "for talks with" someone is talks with them, not a visit to the venue', () => {
  assert.deepEqual(
    coded('The Kenyan foreign minister flew to Geneva on Monday for talks with his Ugandan counterpart.'),
    ['KENGOV UGAGOV 046'],
  );
  assert.deepEqual(
    coded('The Kenyan president travelled to Paris for a meeting with the Ugandan president.'),
    ['KENGOV UGAGOV 040'],
  );
  assert.deepEqual(coded('The Kenyan president arrived in Uganda for talks.'), ['KENGOV UGAGOV 042']);
  assert.deepEqual(coded('The Kenyan minister flew to Uganda for talks with government officials.'), [
    'KENGOV UGAGOV 042',
  ]);
});
