import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCasualties } from '../../src/attributes/article.ts';
import type { Casualty } from '../../src/model/attributes.ts';
import { bundledCoder, codeText } from '../helpers/coder.ts';

const brief = (c: Casualty) => [c.kind, c.low, c.high, c.span.text];
const casualties = (text: string) => findCasualties(codeText(text));

test('a verb before the count: "killed at least 19 people", "arrested dozens of protesters"', () => {
  assert.deepEqual(casualties('The bombing killed at least 19 people.').map(brief), [
    ['killed', 19, null, 'at least 19 people'],
  ]);
  assert.deepEqual(casualties('Police arrested dozens of protesters.').map(brief), [
    ['arrested', 24, 99, 'dozens of protesters'],
  ]);
  assert.deepEqual(casualties('Gunmen abducted between 10 and 15 students.').map(brief), [
    ['abducted', 10, 15, 'between 10 and 15 students'],
  ]);
});

test('a predicate after the counted people: "were wounded", "died", "remain missing"', () => {
  assert.deepEqual(casualties('More than 200 people were wounded.').map(brief), [
    ['wounded', 201, null, 'More than 200 people'],
  ]);
  assert.deepEqual(casualties('Nineteen soldiers died in the attack.').map(brief), [
    ['killed', 19, 19, 'Nineteen soldiers'],
  ]);
  assert.deepEqual(casualties('Six soldiers remain missing.').map(brief), [
    ['missing', 6, 6, 'Six soldiers'],
  ]);
  assert.deepEqual(casualties('Hundreds of thousands of people have fled.').map(brief), [
    ['displaced', 200_000, 999_999, 'Hundreds of thousands of people'],
  ]);
});

test('a count that names what happened: "19 dead and 30 injured", a death toll', () => {
  assert.deepEqual(casualties('The blast left 19 dead and 30 injured.').map(brief), [
    ['killed', 19, 19, '19 dead'],
    ['wounded', 30, 30, '30 injured'],
  ]);
  assert.deepEqual(casualties('The death toll rose to 40.').map(brief), [['killed', 40, 40, '40']]);
  assert.deepEqual(casualties('The attack claimed 12 lives.').map(brief), [['killed', 12, 12, '12 lives']]);
});

test('a coordination is one count with parts; "including" breaks down the count before it', () => {
  const [all, part] = casualties(
    'The strike killed at least 19 people, including two U.S. troops and two civilians.',
  );
  assert.deepEqual(brief(all), ['killed', 19, null, 'at least 19 people']);
  assert.deepEqual(brief(part), ['killed', 4, 4, 'two U.S. troops and two civilians']);
  assert.equal(part.within, 0);
  assert.deepEqual(part.who, ['troop', 'civilian']);
  assert.deepEqual(
    part.parts?.map((p) => [p.low, p.who, p.span.text]),
    [
      [2, 'troop', 'two U.S. troops'],
      [2, 'civilian', 'two civilians'],
    ],
  );
});

test('troops and protesters are counted without anything happening to them', () => {
  assert.deepEqual(casualties('Russia deployed up to 3,000 troops to the border.').map(brief), [
    ['troops', null, 3000, 'up to 3,000 troops'],
  ]);
  assert.deepEqual(casualties('Tens of thousands of people rallied in the capital.').map(brief), [
    ['protesters', 20_000, 99_999, 'Tens of thousands of people'],
  ]);
});

test('numbers that are not casualties are left alone', () => {
  assert.deepEqual(casualties('A 19-year-old man died.'), []);
  assert.deepEqual(casualties('The army killed in 2019 a militant leader.'), []);
  assert.deepEqual(casualties('Protesters demanded $500 million in aid.'), []);
  assert.deepEqual(casualties('The 2014 election drew 30 percent of voters.'), []);
});

test('each count attaches to the nearest event of its kind in the sentence', () => {
  const doc = bundledCoder().code({
    id: 't',
    text: 'Taliban militants attacked a police post, killing two Afghan police officers and wounding dozens of civilians. Iranian police arrested more than 200 protesters in Tehran.',
    published: '2025-04-08',
    lang: 'en',
  });
  const found = findCasualties(doc, doc.events);
  assert.deepEqual(
    found.map((c) => [c.kind, c.event === null ? null : doc.events[c.event].plover]),
    [
      ['killed', 'ASSAULT'],
      ['wounded', 'ASSAULT'],
      ['arrested', 'COERCE'],
    ],
  );
});

test('"killed or wounded" counts casualties of either kind', () => {
  assert.deepEqual(casualties('Iraq said its forces killed or wounded 1,500 Iranian soldiers.').map(brief), [
    ['casualties', 1500, 1500, '1,500 Iranian soldiers'],
  ]);
  assert.deepEqual(casualties('At least 2,000 troops had been killed, wounded or captured.').map(brief), [
    ['casualties', 2000, null, 'At least 2,000 troops'],
  ]);
});

test('a breakdown between the count and its predicate; a dateline is not a number', () => {
  const found = casualties('Six people including four policemen were wounded in a shooting.');
  assert.deepEqual(found.map(brief), [
    ['wounded', 6, 6, 'Six people'],
    ['wounded', 4, 4, 'four policemen'],
  ]);
  assert.equal(found[1].within, 0);
  assert.deepEqual(
    casualties('MOSCOW, March 16 - Seventeen people were killed when a dam collapsed.').map(brief),
    [['killed', 17, 17, 'Seventeen people']],
  );
  // the month in a dateline is not a march: these people were left homeless
  assert.deepEqual(casualties('WELLINGTON, March 3 - The quake left 3,000 people homeless.').map(brief), [
    ['displaced', 3000, 3000, '3,000 people'],
  ]);
});
