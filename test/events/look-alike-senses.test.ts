// Look-alike senses of event words: a noun "support" after a possessor, recognizing a quality,
// hosting a harboured group and agreeing on a shared view are no events; the act itself still codes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText } from '../helpers/coder.ts';

const events = (text: string) =>
  codeText(text, '2013-06-01', bundledCoder()).events.map((e) => `${e.source} ${e.cameo} ${e.target}`);

test('a noun "support" after a possessor is no endorsement of the actor after it', () => {
  assert.deepEqual(events('Qatar and Turkey support Hamas.'), ['QATGOV 051 PSEREB', 'TURGOV 051 PSEREB']);
  assert.deepEqual(events('The senator from Maine, whose support Democrats hoped to win, voted no.'), []);
  assert.deepEqual(events('The ruling pleased farmers, whose support Obama is counting on.'), []);
});

test('recognizing a quality or a deed is no diplomatic recognition', () => {
  assert.deepEqual(events('Britain recognized the Syrian opposition coalition.'), ['GBRGOV 054 SYROPP']);
  assert.deepEqual(events('Party leaders recognize the skill Priebus brought to the committee.'), []);
  assert.deepEqual(events('Obama recognized the efforts of the Iraqi government.'), []);
  assert.deepEqual(events('The minister recognised the contribution of Japan.'), []);
});

test('harbouring a group is no hosted visit', () => {
  assert.deepEqual(events('Obama hosted Putin at the White House.'), ['USAGOV 043 RUSGOV']);
  assert.deepEqual(events('Iran hosted the Iraqi foreign minister.'), ['IRNGOV 043 IRQGOV']);
  assert.deepEqual(events('Ankara says the Assad regime hosts Kurdish terrorists.'), []);
  assert.deepEqual(events('Iraq hosts Kurdish militants.'), []);
  assert.deepEqual(events('Syria plays host to Kurdish militants.'), []);
});

test('agreeing on one thing is a shared view, no agreement', () => {
  assert.deepEqual(events('Israel and Egypt agreed on a ceasefire.'), ['ISRGOV 0356 EGYGOV']);
  assert.deepEqual(events('Obama and Romney agree on one thing: Iran must not get a bomb.'), []);
  assert.deepEqual(events('Obama and Netanyahu agree on little.'), []);
});
