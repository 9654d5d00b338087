// Parties named together as the subject of "agreed to" agreed with each other, even when what they
// agreed to do has a party of its own ("agreed to allow access for refugees"): a symmetric 030
// between them beside the intention toward the third party (code-match.ts, agreedTogether).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText } from '../helpers/coder.ts';

const events = (text: string) =>
  codeText(text, '2013-06-01', bundledCoder()).events.map((e) => `${e.source} ${e.cameo} ${e.target}`);

test('two parties that agreed to do something for a third agreed with each other', () => {
  assert.ok(events('Chad and Niger agreed to allow access for refugees.').includes('TCDGOV 030 NERGOV'));
  assert.ok(events('Ghana and Togo have agreed to send peacekeepers to Mali.').includes('GHAGOV 030 TGOGOV'));
});

test('one party agreeing to act for another is no agreement with it', () => {
  assert.ok(!events('Chad agreed to allow access for Nigerien refugees.').some((e) => e.includes(' 030 ')));
});
