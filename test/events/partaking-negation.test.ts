// Talks after a verb of taking part ("take part in", "participate in", "be involved in") share
// that verb's negation or modality (modality.ts, partakingVerb), however many words stand
// between the negation and the noun.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText } from '../helpers/coder.ts';

const events = (text: string) =>
  codeText(text, '1987-03-02', bundledCoder()).events.map((e) => `${e.source} ${e.cameo} ${e.target}`);

test('talks one did not take part in are not held', () => {
  assert.deepEqual(events('Japan did not take part in the talks with Iran.'), []);
  assert.deepEqual(events('Japan was not involved in the latest talks with Iran.'), []);
});

test('talks one took part in are held', () => {
  assert.deepEqual(events('Japan took part in the talks with Iran.'), ['JPNGOV 046 IRNGOV']);
});

test('not being involved is no refusal; not taking part in future is', () => {
  assert.deepEqual(events('Japan would not be involved in the talks with Iran.'), []);
  assert.deepEqual(events('Japan will not take part in the talks with Iran.'), ['JPNGOV 125 IRNGOV']);
});
