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

test('announcing a suspension of aid is not aid; announcing aid still is (070)', () => {
  // the suspension itself is reduced aid (16-reduce-relations), never intent to give aid (033)
  assert.deepEqual(coded('Denmark announced a suspension of aid to Egypt.'), ['DNKGOV EGYGOV 162']);
  assert.deepEqual(coded('Denmark announced new aid to Egypt.'), ['DNKGOV EGYGOV 070']);
});

test('lending support to an actor is support (051); lending support to a theory is not', () => {
  assert.deepEqual(coded('Germany lent its support to France.'), ['DEUGOV FRAGOV 051']);
  assert.deepEqual(coded('The report lends support to the theory that Iran built the drone.'), []);
});

test('extending congratulations or gratitude to an actor is praise (051)', () => {
  assert.deepEqual(coded('Kenya extended its congratulations to Uganda.'), ['KENGOV UGAGOV 051']);
  assert.deepEqual(coded('Chile extended its gratitude to Peru.'), ['CHLGOV PERGOV 051']);
  assert.deepEqual(coded('Chile extended the deadline for Peru.'), []);
});

test('placing a call to a leader is a telephone consultation (041)', () => {
  assert.deepEqual(coded('The Kenyan president placed a call to the Ugandan president.'), [
    'KENGOV UGAGOV 041',
  ]);
  assert.deepEqual(coded('The Kenyan president placed an order for Ugandan coffee.'), []);
});

test('looking forward to working with an actor is an intent to cooperate (030)', () => {
  assert.deepEqual(coded('Chile looks forward to working with Peru.'), ['CHLGOV PERGOV 030']);
  assert.deepEqual(coded('Chile looks forward to the summit.'), []);
});

test('urging or proposing talks between two parties appeals to both to negotiate (026)', () => {
  assert.deepEqual(coded('Norway urged talks between Colombia and Venezuela.'), [
    'NORGOV COLGOV 026',
    'NORGOV VENGOV 026',
  ]);
  assert.deepEqual(coded('Egypt proposed a meeting between Israel and Jordan.'), [
    'EGYGOV ISRGOV 026',
    'EGYGOV JORGOV 026',
  ]);
  assert.deepEqual(coded('Norway urged Colombia to stop the fighting.'), ['NORGOV COLGOV 0256']);
});

test('lobbying an actor to act is an appeal (020); a lobbying group or lobbying by others is not', () => {
  assert.deepEqual(coded('Kenya lobbied Uganda to reopen the border.'), ['KENGOV UGAGOV 020']);
  assert.deepEqual(coded('The Kenyan lobbying group tried to reach Uganda.'), []);
  assert.deepEqual(coded('Kenya saw lobbying by Ugandan traders to reopen the border.'), []);
});

test('reaffirming an alliance or ties with an actor is an intent to cooperate (030), as a partnership', () => {
  assert.deepEqual(coded('Japan reaffirmed its alliance with Australia.'), ['JPNGOV AUSGOV 030']);
  assert.deepEqual(coded('Chile and Peru reaffirmed the strong ties between Chile and Peru.'), [
    'CHLGOV PERGOV 030',
  ]);
  assert.deepEqual(coded('Japan reaffirmed its alliance at a summit in Sydney.'), []);
});
