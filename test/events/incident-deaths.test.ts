// Deaths with no political doer: an incident noun, a lone gunman, or the victims themselves are
// no source of the killing or the attack.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

const coded = (text: string) => bundledTriples(text, '2016-08-01');

test('"the governor said a shooting … killed": the speaker did not kill', () => {
  assert.deepEqual(coded('The governor said a shooting at a nightclub killed three people on Saturday.'), []);
  assert.deepEqual(coded('The governor said Kenyan troops killed three Somali rebels on Saturday.'), [
    'KENMIL SOMREB 190',
  ]);
});

test('a doer the text calls lone acts for no group', () => {
  assert.deepEqual(coded('Police said a lone gunman killed three officers in Baton Rouge.'), []);
  assert.deepEqual(coded('Gunmen killed three police officers in Baghdad on Sunday.'), ['---UAF IRQCOP 193']);
});

test('"soldiers killed in an attack on a checkpoint": the dead are no attacker', () => {
  assert.deepEqual(
    coded('The city mourned two Afghan soldiers killed in an attack on a checkpoint near Kandahar.'),
    ['AFGUAF AFGMIL 190'],
  );
});
