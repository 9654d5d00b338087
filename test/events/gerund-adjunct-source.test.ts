// A gerund after "before", "after", "while"… (source.ts, gerundClauseSubject) is the act of the
// clause's subject, not of the object of the clause's verb: "Iran freed the sailors after
// holding talks with Turkey" is Iran's talks, not the sailors'.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText } from '../helpers/coder.ts';

const events = (text: string) =>
  codeText(text, '2013-06-01', bundledCoder()).events.map((e) => `${e.source} ${e.cameo} ${e.target}`);

test('the talks after "before"/"after" are the subject\'s, not the object\'s', () => {
  assert.ok(
    events('Obama met Putin in Moscow before holding talks with Merkel.').includes('USAGOV 046 DEUGOV'),
  );
  assert.ok(
    events('Iran freed the British sailors after holding talks with Turkey.').includes('IRNGOV 046 TURGOV'),
  );
  const visit = events(
    'The Brazilian president will visit Canada next week before opening talks with Japan.',
  );
  assert.ok(visit.includes('BRAGOV 046 JPNGOV'));
  assert.ok(!visit.includes('CANGOV 046 JPNGOV'));
});

test('an object is never the doer of the gerund, even when no subject is known', () => {
  const e = events('The minister called Lavrov before meeting with Netanyahu.');
  assert.ok(!e.some((x) => x.startsWith('RUSGOV')), e.join('; '));
});

test('whom one tells is no doer either; who is said to act is', () => {
  assert.ok(
    events('Boehner told reporters after meeting with Obama that no deal was near.').includes(
      'USALEG 040 USAGOV',
    ),
  );
  assert.ok(
    events('Officials said Iran freed the sailors after holding talks with Turkey.').includes(
      'IRNGOV 046 TURGOV',
    ),
  );
});
