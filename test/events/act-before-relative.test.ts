// A subject relative clause after an act noun tells more of that act: "the rebels carried out an
// attack that killed 12 soldiers" has the rebels kill the soldiers, and "organized a general strike
// that shut down the capital in protest of…" has the organizers protest (relatives.ts,
// doneActBeforeRelative). A verb of judging the act is no doing of it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText } from '../helpers/coder.ts';

const events = (text: string) =>
  codeText(text, '2013-06-01', bundledCoder()).events.map((e) => `${e.source} ${e.cameo} ${e.target}`);

test('the doer of an act noun does what its relative clause tells', () => {
  assert.deepEqual(events('Rebels in Yemen carried out an attack that killed nine Yemeni soldiers.'), [
    'YEMREB 190 YEMMIL',
  ]);
  assert.deepEqual(events('Militants in Mali launched a raid that killed four Malian policemen.'), [
    'MLIREB 190 MLICOP',
  ]);
});

test('a protest told in a relative clause after a strike is the strikers’', () => {
  assert.deepEqual(
    events(
      'Opposition parties in Zambia organized a general strike that shut down Lusaka in protest of the arrest of activists.',
    ),
    ['ZMBOPP 141 ZMBGOV'],
  );
});

test('one who condemns an attack did not do what its relative clause tells', () => {
  assert.deepEqual(events('The United Nations condemned an attack that killed nine Yemeni soldiers.'), []);
});
