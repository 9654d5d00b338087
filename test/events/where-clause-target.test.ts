// A clause about a place (", where he met…") holds its own parties (target.ts): the act before
// it is not aimed at the people met there.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText } from '../helpers/coder.ts';

const events = (text: string) =>
  codeText(text, '2013-09-15', bundledCoder()).events.map((e) => `${e.source} ${e.cameo} ${e.target}`);

test('the object of an act does not reach into a "where" clause', () => {
  const e = events(
    'Obama issued the warning during a stop in Jerusalem, where he briefed Israeli leaders on the plan.',
  );
  assert.ok(!e.includes('USAGOV 130 ISRGOV'), e.join('; '));
  assert.ok(e.includes('USAGOV 040 ISRGOV'), e.join('; '));
  const f = events('Obama criticized the decision at a summit in Brussels, where he met Turkish officials.');
  assert.ok(!f.some((x) => x.startsWith('USAGOV 11')), f.join('; '));
});

test('an object before the "where" clause is still the target', () => {
  assert.ok(
    events('Obama criticized Russia at a summit in Brussels, where he met Turkish officials.').includes(
      'USAGOV 111 RUSGOV',
    ),
  );
});

test('a visit still reaches whom it went to see in the "where" clause', () => {
  const e = events('Sen. John McCain traveled to Asia, where he met with officials in China.');
  assert.ok(e.includes('USALEG 042 CHNGOV'), e.join('; '));
});
