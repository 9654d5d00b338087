import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

test('an actor inside a topic phrase past the pattern is not the target', () => {
  assert.deepEqual(
    bundledTriples('Pakistan rejected accusations about the collapse of Iran’s currency.'),
    [],
    'what the accusations are about names no party to the rejection',
  );
  assert.deepEqual(
    bundledTriples('Kenya criticized Uganda over the closure of the border.'),
    ['KENGOV UGAGOV 111'],
    'a target before the topic stays',
  );
});

test('what a noun of talk past the pattern is on or about is its topic, not a party', () => {
  assert.deepEqual(bundledTriples('Kenya called for new hearings on Uganda.'), []);
  assert.deepEqual(bundledTriples('Kenya demanded answers about the raid on the Ugandan embassy.'), []);
  assert.deepEqual(
    bundledTriples('Kenya launched attacks on Ugandan troops.'),
    ['KENGOV UGAMIL 190'],
    'an attack on an actor is aimed at it',
  );
});

test("the pattern's own last word may open the topic phrase", () => {
  assert.deepEqual(bundledTriples('Kenya declined to comment on the prospects for a deal by Uganda.'), []);
});

test('an actor hung by "against" or "to" on a topic\'s noun is no target either', () => {
  assert.deepEqual(bundledTriples('Kenya complained about reports of raids against Uganda.'), []);
  assert.deepEqual(
    bundledTriples('Kenya criticized Uganda over reports of raids against Sudan.'),
    ['KENGOV UGAGOV 111'],
    'the target before the topic stays',
  );
});

test('what a verb of talk past the pattern is on is its topic, not a party', () => {
  assert.deepEqual(bundledTriples('Kenya agreed to testify on Uganda.'), []);
});
