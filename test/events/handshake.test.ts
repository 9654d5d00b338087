// A handshake is a meeting (04-consult.txt, 040 symmetric): "shook hands with", "a handshake
// between"; greeting a crowd, supporters or a protester is none.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText } from '../helpers/coder.ts';

const events = (text: string) =>
  codeText(text, '2015-04-11', bundledCoder()).events.map((e) => `${e.source} ${e.cameo} ${e.target}`);

test('shaking hands with a leader is a meeting', () => {
  assert.deepEqual(events('Obama shook hands with Raul Castro in Panama.'), ['USAGOV 040 CUBGOV']);
  assert.deepEqual(events('Abe and Xi shook hands at the summit in Beijing.'), ['JPNGOV 040 CHNGOV']);
  assert.deepEqual(events('The handshake between Obama and Raul Castro drew criticism.'), [
    'USAGOV 040 CUBGOV',
  ]);
});

test('greeting supporters, a crowd or a protester is no meeting', () => {
  assert.deepEqual(events('Obama shook hands with supporters in Ohio.'), []);
  assert.deepEqual(events('By the end, Obama and the protester were shaking hands.'), []);
});
