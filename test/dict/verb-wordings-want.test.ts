import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

const coded = (text: string) => bundledTriples(text);

test('"wants X to" is an appeal to the actor in the slot (020)', () => {
  assert.deepEqual(coded('Kenya wants Uganda to end the war.'), ['KENGOV UGAGOV 0256']);
  assert.deepEqual(coded('Kenya wanted the Ugandan government to reopen the border.'), ['KENGOV UGAGOV 020']);
});

test('a slot-only pattern does not match with its slot empty or opening an infinitive', () => {
  // "wanted to consult": no one is asked, and the consultation stays an announced one (036)
  assert.deepEqual(coded('Kenyan teachers wanted to consult with the Ugandan government.'), [
    'KENEDU UGAGOV 036',
  ]);
  assert.deepEqual(coded('Kenya wants to encourage Ugandans to return home.'), ['KENGOV UGACVL 020']);
});
