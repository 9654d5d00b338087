import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventSources, findAttributions, findQuotes } from '../../src/attributes/article.ts';
import { codeText } from '../helpers/coder.ts';

test('one source per speaker, named several ways; the most telling kind wins', () => {
  const doc = codeText(
    'Islamabad, April 8: Dar praised Rubio, according to a statement issued by the Foreign Office.\nThe Foreign Office said that Dar will visit Washington.\n“Both sides agreed to stay engaged,” the statement read.',
  );
  const quotes = findQuotes(doc);
  const sources = findAttributions(doc, quotes);
  assert.equal(sources.length, 1);
  const [fo] = sources;
  assert.equal(fo.kind, 'statement');
  assert.deepEqual(
    fo.actors.map((a) => a.code),
    ['PAKGOV'],
  );
  assert.equal(fo.span.text, 'a statement issued by the Foreign Office');
  assert.deepEqual(fo.quotes, [0, 1, 2]);
  assert.deepEqual(
    fo.spans.map((s) => s.text),
    ['a statement issued by the Foreign Office', 'The Foreign Office', 'the statement'],
  );
  assert.ok(fo.events.length > 0);
  assert.deepEqual(eventSources(doc, sources)[fo.events[0]], 0);
});

test('kinds of sources: anonymous officials, witnesses, media, monitors, social media', () => {
  const kinds = (text: string) => findAttributions(codeText(text)).map((a) => a.kind);
  assert.deepEqual(kinds('Troops attacked the village, officials said on condition of anonymity.'), [
    'anonymous',
  ]);
  assert.deepEqual(kinds('Troops attacked the village, witnesses said.'), ['witness']);
  assert.deepEqual(kinds('Troops attacked the village, state media reported.'), ['media']);
  assert.deepEqual(kinds('Troops attacked the village, according to a monitoring group.'), ['monitor']);
  assert.deepEqual(kinds('Rubio wrote on X that the talks were useful.'), ['social-media']);
  assert.deepEqual(kinds('Troops attacked the village, the president said.'), ['official']);
});

test('different speakers are different sources; an article without quotes has none', () => {
  const doc = codeText('“We are ready,” Dar said. “So are we,” Rubio said.');
  assert.equal(findAttributions(doc).length, 2);
  assert.deepEqual(findAttributions(codeText('Dar met Rubio.')), []);
});
