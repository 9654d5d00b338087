// "…, and" + a noun phrase + its own verb opens another clause, whose subject is no target
// (target.ts, joinerBefore): adjectives, adverbs and hyphenated compounds may stand before its
// head ("and a crazily left-wing Congress was inaugurated").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText } from '../helpers/coder.ts';

const events = (text: string) =>
  codeText(text, '2013-06-01', bundledCoder()).events.map((e) => `${e.source} ${e.cameo} ${e.target}`);

test('the modified subject of a clause after "and" is no target', () => {
  assert.deepEqual(events('Obama resigned and a crazily left-wing Congress was inaugurated.'), []);
  assert.deepEqual(events('Obama criticized the plan and a new Congress voted against it.'), []);
});

test('an object before "and" stays the target', () => {
  assert.deepEqual(events('Obama criticized Russia and a new Congress voted against it.'), [
    'USAGOV 111 RUSGOV',
  ]);
});

test('adjectives joined by "and" before the target open no clause', () => {
  assert.ok(
    events('Senator McCain criticized the popular and powerful president seen as a candidate.').includes(
      'USALEG 111 USAGOV',
    ),
  );
});
