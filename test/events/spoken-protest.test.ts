import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText, triples } from '../helpers/coder.ts';

const coded = (text: string) => triples(codeText(text, '2012-09-20', bundledCoder()).events);

test('"protested that …" is a spoken objection (110), not a demonstration (141)', () => {
  assert.deepEqual(coded('Pakistan protested that American drones had violated its sovereignty.'), [
    'PAKGOV USAMIL 110',
  ]);
  assert.deepEqual(coded('Senator Jane Doakes protested that President Obama had ignored the committee.'), [
    '---LEG USAGOV 110',
  ]);
});

test('a protest that drew crowds, and protesters marching against a government, are still demonstrations', () => {
  assert.deepEqual(coded('Students protested against the government in Cairo.'), ['EGYEDU EGYGOV 141']);
  assert.deepEqual(
    coded('Egyptian students staged a protest that drew thousands against the government on Friday.'),
    coded('Egyptian students staged a protest against the government on Friday.'),
  );
});
