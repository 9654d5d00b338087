import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText, triples } from '../helpers/coder.ts';

const coded = (text: string) => triples(codeText(text, '2015-03-01', bundledCoder()).events);

test('a general use of force (190) takes the code of the weapon its doer or means names', () => {
  assert.deepEqual(coded('A Kenyan drone killed three Somali militants near the border.'), [
    'KENMIL SOMREB 1952',
  ]);
  assert.deepEqual(coded('Kenyan aircraft struck Somali rebels on Sunday.'), ['KENMIL SOMREB 195']);
  assert.deepEqual(coded('Kenyan troops attacked Somali rebels with rockets.'), ['KENMIL SOMREB 194']);
  assert.deepEqual(coded('Five Kenyan soldiers were killed by Somali rocket fire.'), ['SOMGOV KENMIL 194']);
  assert.deepEqual(coded('Kenyan troops killed two Somali rebels in an air strike.'), ['KENMIL SOMREB 195']);
});

test('a weapon that is hit, or none named, leaves the use of force general (190)', () => {
  assert.deepEqual(coded('Kenyan troops fired on a Somali drone.'), ['KENMIL SOMMIL 190']);
  assert.deepEqual(coded('Kenyan troops attacked Somali rebels in Mogadishu.'), ['KENMIL SOMREB 190']);
  assert.ok(!coded('Kenyan troops attacked Somali rebels in a think tank.').some((t) => t.endsWith(' 194')));
});
