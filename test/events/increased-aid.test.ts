// More aid to someone is aid given (07-provide-aid.txt): "stepped up its aid to Ukraine" is 070,
// its economic, military and humanitarian kinds 071/072/073; more pressure on or restrictions
// of aid is no aid, and an announced increase is an intention (033).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText } from '../helpers/coder.ts';

const events = (text: string) =>
  codeText(text, '2013-06-01', bundledCoder()).events.map((e) => `${e.source} ${e.cameo} ${e.target}`);

test('an increase of aid to a state is aid, of the kind its adjective names', () => {
  assert.deepEqual(events('Germany stepped up its aid to Ukraine.'), ['DEUGOV 070 UKRGOV']);
  assert.deepEqual(events('Japan doubled its economic assistance to Vietnam last year.'), [
    'JPNGOV 071 VNMGOV',
  ]);
  assert.deepEqual(events('Britain increased humanitarian assistance to Sudan.'), ['GBRGOV 073 SDNGOV']);
  assert.deepEqual(events('Russia has expanded military aid to Syria.'), ['RUSGOV 072 SYRGOV']);
});

test('an announced increase is an intention to give aid', () => {
  assert.deepEqual(events('The United States will boost military aid to Israel.'), ['USAGOV 0332 ISRGOV']);
});

test('more pressure on aid, or restrictions of it, is no aid', () => {
  assert.deepEqual(events('The United States increased pressure on aid to Gaza.'), []);
  assert.deepEqual(events('Obama ramped up restrictions on assistance to Egypt.'), []);
});

test('the guard against pressure on aid keeps a demand on a state', () => {
  assert.deepEqual(
    events('The United States increased pressure on Russia to halt its aid to Syria.').filter((e) =>
      e.startsWith('USAGOV 10'),
    ),
    ['USAGOV 100 RUSGOV'],
  );
});
