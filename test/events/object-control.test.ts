// The act of a "to"-infinitive after the object of a control verb is the object's ("prompted
// 23 House Republicans to call on …"), and after a verb of asking it is only asked for, not done.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

test("the object of a control verb does the infinitive's act, past a partitive and a time adjunct", () => {
  assert.deepEqual(
    bundledTriples(
      'The court ruling prompted thousands of Egyptians on Friday to protest against Morsi.',
      '2013-03-01',
    ),
    ['EGYCVL EGYGOV 141'],
  );
});

test('the object after "relying on" does the infinitive\'s act, not the subject', () => {
  const triples = bundledTriples(
    'Obama has said the United States is relying on Iraqis and Kurds to carry the fight against the Islamic State.',
    '2014-08-10',
  );
  assert.ok(triples.includes('IRQCVL IMGREB 190'), triples.join(', '));
  assert.ok(!triples.some((t) => t.startsWith('USA')), triples.join(', '));
});

test('an act a verb of asking or challenging asks of its object is not coded as done', () => {
  assert.deepEqual(
    bundledTriples('Republican senators challenged President Obama to condemn Iran.', '2014-08-10'),
    [],
  );
  assert.deepEqual(
    bundledTriples(
      'In his speech, Mr. Boehner reminded viewers to blame Obama for the shutdown.',
      '2014-08-10',
    ),
    [],
  );
  // the pressure on Iran is asked of the administration, not exerted
  assert.deepEqual(
    bundledTriples(
      'Several lawmakers urged the Obama administration to exert more pressure on Iran to release the American pastor.',
      '2014-08-10',
    ),
    ['---LEG USAGOV 020'],
  );
});

test('"called on X to" asks X for the act, also for a second infinitive joined by "and to"', () => {
  assert.deepEqual(
    bundledTriples(
      'The report prompted 23 House Republicans to call on President Obama and Attorney General Eric Holder to prosecute more gun crimes.',
      '2013-03-01',
    ),
    ['---LEG USAGOV 020'],
  );
  // the appeal itself is coded; the solidarity it asks for is not
  const asked = bundledTriples(
    'President Obama asked all Americans to honor the nation’s fallen heroes and to stand with its veterans and military families this weekend.',
    '2013-05-25',
  );
  assert.ok(!asked.some((t) => t.endsWith(' 051')), asked.join(', '));
});

test('a factive control verb leaves the act done, for both infinitives joined by "and to"', () => {
  assert.deepEqual(
    bundledTriples(
      'The attack prompted Turkey to close its border and to expel the Syrian ambassador.',
      '2014-08-10',
    ),
    ['TURGOV SYRGOV 161'],
  );
});
