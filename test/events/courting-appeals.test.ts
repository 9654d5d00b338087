import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText, triples } from '../helpers/coder.ts';

const coded = (text: string) => triples(codeText(text, '2012-09-01', bundledCoder()).events);

test('appealing to an electorate past its modifiers courts it; it asks nothing (no 020)', () => {
  assert.deepEqual(coded('Mitt Romney is trying to appeal to swing voters in Ohio.'), []);
  assert.deepEqual(coded('Republicans worked to make Mitt Romney more appealing to everyday Americans.'), []);
  assert.deepEqual(coded('President Obama made a fresh attempt to appeal to the Democratic base.'), []);
});

test('an appeal to a state or an organization is still a request', () => {
  const t = coded('Lebanon appealed to the United Nations to stop the shelling.');
  assert.ok(t.length === 1 && t[0].startsWith('LBNGOV UNO 02'), t.join(', '));
});
