// A phone call named by its callee and its time (04-consult.txt): "Obama called Putin on Tuesday"
// is 041, symmetric; naming ("called Putin a liar"), "call on" and "call for" are not calls.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText } from '../helpers/coder.ts';

const events = (text: string) =>
  codeText(text, '2013-06-01', bundledCoder()).events.map((e) => `${e.source} ${e.cameo} ${e.target}`);

test('a call with its time right after the callee is a phone consultation', () => {
  assert.deepEqual(events('Obama called Putin on Tuesday.'), ['USAGOV 041 RUSGOV']);
  assert.deepEqual(events('Merkel called Erdogan late Sunday.'), ['DEUGOV 041 TURGOV']);
  assert.deepEqual(events('John Kerry called Lavrov yesterday about the ceasefire.'), ['USAGOV 041 RUSGOV']);
});

test('naming, appeals and demands with "call" are no phone call', () => {
  assert.ok(!events('Obama called Putin a liar.').some((e) => e.includes(' 041 ')));
  assert.ok(!events('Obama called Iran on Tuesday a threat to peace.').some((e) => e.includes(' 041 ')));
  assert.ok(!events('Obama called on Putin to withdraw his troops.').some((e) => e.includes(' 041 ')));
  assert.ok(
    !events("The Obama campaign called Romney's latest ads dishonest.").some((e) => e.includes(' 041 ')),
  );
  assert.ok(
    !events('Human Rights Watch called for a protest Monday outside the embassy.').some((e) =>
      e.includes(' 041 '),
    ),
  );
});

test("a slot-only pattern's slot opens with no preposition, so it leaves the words to other patterns", () => {
  // "attack $ over" (slot-only) once took "attacks on Obama over" and dropped it for want of a target
  assert.deepEqual(events('Romney renewed his attack on Obama over the deficit.'), ['USAELI 111 USAGOV']);
});
