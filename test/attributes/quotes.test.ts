import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../src/attributes/article.ts';
import type { Actor } from '../../src/model/index.ts';
import { codeText } from '../helpers/coder.ts';

const quotesOf = (text: string, resolve?: (p: string) => Actor | null) => findQuotes(codeText(text), resolve);
const codes = (q: { speaker: { actors: Actor[] } | null }) => q.speaker?.actors.map((a) => a.code) ?? [];

test('"…," Rubio said: the speaker after the quote', () => {
  const [q] = quotesOf('“We will keep working with Pakistan,” Rubio said.');
  assert.equal(q.kind, 'direct');
  assert.equal(q.span.text, 'We will keep working with Pakistan,');
  assert.equal(q.cue?.text, 'said');
  assert.equal(q.speaker?.span.text, 'Rubio');
  assert.deepEqual(codes(q), ['USAGOV']);
  assert.equal(q.rule, 'quote:direct-after');
});

test('"…," said Rubio: the inverted form, straight quotes', () => {
  const [q] = quotesOf('"We will keep working with Pakistan," said Secretary of State Marco Rubio.');
  assert.deepEqual(codes(q), ['USAGOV']);
  assert.equal(q.rule, 'quote:direct-after-inverted');
});

test('X said: "…" and X added, "…": the speaker before the quote', () => {
  const [a] = quotesOf('Dar said: “Pakistan values its partnership with the United States.”');
  assert.deepEqual(codes(a), ['PAKGOV']);
  assert.equal(a.rule, 'quote:direct-before');
  const [b] = quotesOf('Dar added, “Pakistan values its partnership.”');
  assert.deepEqual(codes(b), ['PAKGOV']);
  const [c] = quotesOf('Dar said in a statement on Tuesday: “Pakistan values its partnership.”');
  assert.deepEqual(codes(c), ['PAKGOV']);
  assert.equal(c.speaker?.kind, 'statement');
});

test('a quote of several sentences is one quote', () => {
  const [q] = quotesOf('“The talks went well. We agreed on next steps. More will follow,” Rubio said.');
  assert.equal(q.span.text, 'The talks went well. We agreed on next steps. More will follow,');
  assert.ok(q.lastSentence > q.sentence);
  assert.deepEqual(codes(q), ['USAGOV']);
});

test('an interrupted quote and a following one keep the speaker', () => {
  const qs = quotesOf('“The lesson,” Rubio said, “is to stay engaged.” “We will not walk away.”');
  assert.deepEqual(
    qs.map((q) => [q.span.text, codes(q).join()]),
    [
      ['The lesson,', 'USAGOV'],
      ['is to stay engaged.', 'USAGOV'],
      ['We will not walk away.', 'USAGOV'],
    ],
  );
  assert.equal(qs[2].rule, 'quote:continued');
  assert.equal(qs[2].speaker?.refersTo, 1);
});

test('a quote continued over paragraphs takes the speaker from where it is named', () => {
  const qs = quotesOf('“We discussed trade and investment at length.\n“We will meet again soon,” Dar said.');
  assert.deepEqual(
    qs.map((q) => codes(q).join()),
    ['PAKGOV', 'PAKGOV'],
  );
  assert.equal(qs[0].rule, 'quote:continued');
});

test('a pronoun speaker refers back to the nearest earlier attributed speaker', () => {
  const qs = quotesOf(
    '“We are ready,” Dar said. The ministry issued no details. “We will respond,” he said.',
  );
  assert.equal(qs[1].speaker?.rule, 'speaker:pronoun-refers-back');
  assert.equal(qs[1].speaker?.refersTo, 0);
  assert.deepEqual(codes(qs[1]), ['PAKGOV']);
});

test('according to a statement: the rest of the sentence is the attributed statement', () => {
  const [a] = quotesOf('Dar spoke with Rubio, according to a statement issued by the Foreign Office.');
  assert.equal(a.kind, 'according-to');
  assert.equal(a.span.text, 'Dar spoke with Rubio');
  assert.equal(a.speaker?.span.text, 'a statement issued by the Foreign Office');
  assert.equal(a.speaker?.kind, 'statement');
  const [b] = quotesOf('According to the ministry, the talks will resume.');
  assert.equal(b.span.text, 'the talks will resume');
  assert.equal(b.rule, 'quote:according-to-first');
  assert.equal(quotesOf('The troops withdrew according to plan.').length, 0);
});

test('"the statement read" and "the statement concluded" refer back to the statement', () => {
  const qs = quotesOf(
    'Islamabad, April 8: The Foreign Office said in a statement that Dar met Rubio.\n“Both sides agreed to stay engaged,” the statement read.\n“Pakistan welcomes the visit,” the statement concluded.',
  );
  assert.equal(qs.length, 3);
  assert.deepEqual(qs.map(codes), [['PAKGOV'], ['PAKGOV'], ['PAKGOV']]);
  assert.equal(qs[1].speaker?.rule, 'speaker:refers-back');
  assert.equal(qs[1].speaker?.refersTo, 0);
  assert.equal(qs[2].speaker?.kind, 'statement');
});

test('reported speech: X said (that) …, and …, X said', () => {
  const [a] = quotesOf(
    'Islamabad, April 8: The Foreign Office stated that during the call, Dar praised the United States.',
  );
  assert.equal(a.kind, 'reported');
  assert.equal(a.span.text, 'during the call, Dar praised the United States');
  assert.deepEqual(codes(a), ['PAKGOV']);
  const [b] = quotesOf('Pakistan praised the United States, the ministry said on Tuesday.');
  assert.equal(b.rule, 'quote:reported-after');
  assert.equal(b.span.text, 'Pakistan praised the United States');
  const [c] = quotesOf('Rubio said the talks were useful.');
  assert.equal(c.span.text, 'the talks were useful');
});

test('the events whose evidence lies inside a quote', () => {
  const doc = codeText('“Pakistan praised the United States for its support,” the ministry said.');
  const [q] = findQuotes(doc);
  assert.deepEqual(q.events, [0]);
  assert.equal(doc.events[0].cameo, '051');
});

test('a partial quote inside reported speech takes its speaker', () => {
  const qs = quotesOf('Rubio said the agreement was “a historic step for both nations.”');
  const partial = qs.find((q) => q.kind === 'direct');
  assert.equal(partial?.rule, 'quote:partial');
  assert.deepEqual(codes(partial!), ['USAGOV']);
});

test('speakers no mention covers go to the resolver; unnamed sources are anonymous', () => {
  const envoy: Actor = { code: 'QATGOV', country: 'QAT', sector: 'GOV', rules: ['test'] };
  const [a] = quotesOf('“The ceasefire holds,” said Ahmed Al-Khulaifi.', (p) =>
    p === 'Ahmed Al-Khulaifi' ? envoy : null,
  );
  assert.deepEqual(codes(a), ['QATGOV']);
  assert.equal(a.speaker?.rule, 'speaker:resolved');
  const [b] = quotesOf('“The ceasefire holds,” a senior official said on condition of anonymity.');
  assert.equal(b.speaker?.kind, 'anonymous');
});

test('scare quotes and titles are not quotations', () => {
  assert.equal(quotesOf('Iran crossed the so-called “red line” last year.').length, 0);
});

test('quotes in page furniture are not the story', () => {
  assert.equal(quotesOf('Read More: “We will win,” Rubio said\nDar met Rubio.').length, 0);
});
