// An event noun with no owner named, heading what a protest, rejection or criticism is against
// ("rallied against the expulsion of refugees", "in protest of last week's arrest of activists"),
// is someone else's act: the protesters did not expel or arrest anyone. Its doer, when named after
// it, is whom the reaction is against (complements.ts, objectOfReaction).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText } from '../helpers/coder.ts';

const events = (text: string) =>
  codeText(text, '2013-06-01', bundledCoder()).events.map((e) => `${e.source} ${e.cameo} ${e.target}`);

test('protesters do not do the act they protest against', () => {
  assert.deepEqual(
    events('Kenyan students rallied against the expulsion of Somali refugees.').filter((e) =>
      e.includes(' 17'),
    ),
    [],
  );
  assert.deepEqual(
    events(
      "Opposition parties in Zambia staged a strike in protest of last week's arrest of activists.",
    ).filter((e) => e.includes(' 17')),
    [],
  );
});

test("the protested act's doer named after it is the protest's target", () => {
  assert.deepEqual(
    events('Kenyan students rallied against the expulsion of Somali refugees by Kenyan police.'),
    ['KENEDU 141 KENCOP'],
  );
});

test('a place a protest is held at is no act protested', () => {
  assert.ok(
    events('Prisoners rioted at a jail in Dili, demanding independence from Indonesia.').every(
      (e) => !e.includes(' 173 '),
    ),
  );
});
