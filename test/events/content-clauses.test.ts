// A content clause ("complained that…", "rejected claims that…", "is investigating whether…"):
// its subject may be whom a demand or accusation aims at, but an actor past the clause's subject
// and verb is the clause's own party, not the pattern's (src/events/target.ts, clausePastSubject).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText } from '../helpers/coder.ts';

const coded3 = (text: string) =>
  codeText(text, '2025-04-08', bundledCoder()).events.map((e) => `${e.source} ${e.target} ${e.cameo}`);

test('an actor past a content clause\'s subject and verb is no target: "complained that the bill would reward trial lawyers"', () => {
  assert.deepEqual(coded3('Kenya rejected claims that its army had sold weapons to Ugandan rebels.'), []);
  assert.deepEqual(coded3('Kenyan lawmakers complained that the deal would reward Ugandan traders.'), []);
  assert.deepEqual(coded3('Kenya is investigating whether the deal would benefit Ugandan traders.'), []);
});

test('a content clause keeps its subject, a relative clause its object, and a threat states its own act', () => {
  assert.deepEqual(coded3('Kenya demanded that Uganda release the prisoners.'), ['KENGOV UGAGOV 1053']);
  assert.deepEqual(coded3('Kenya threatened that it would attack Uganda.'), ['KENGOV UGAGOV 1384']);
  // "that" after a noun of no content opens a relative clause: what follows may be the object's
  assert.deepEqual(coded3('Kenya refused to lift the ban that it imposed in May on Ugandan traders.'), [
    'KENGOV UGABUS 1241',
  ]);
  assert.deepEqual(
    coded3('Kenya is investigating whether contracts signed by Ugandan officials were legal.'),
    ['KENGOV UGAGOV 091'],
  );
});

test('a question or free relative holds its own parties past its subject and verb: "railed against what they contend is an expansion of government"', () => {
  assert.deepEqual(coded3('Kenya criticized what could be a gift to Ugandan rebels.'), []);
  assert.deepEqual(coded3('Kenya called for a debate on how much aid Ugandan farmers should get.'), []);
  // …but its subject, and what the source calls something, stay targets
  assert.deepEqual(coded3('Kenya complained about how the Ugandan government handled the talks.'), [
    'KENGOV UGAGOV 110',
  ]);
  assert.deepEqual(coded3('Kenya blamed the crisis on what it called Ugandan provocations.'), [
    'KENGOV UGAGOV 112',
  ]);
});
