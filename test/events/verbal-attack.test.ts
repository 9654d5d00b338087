import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText, triples } from '../helpers/coder.ts';

const coded = (text: string) => triples(codeText(text, '2012-06-01', bundledCoder()).events);

test('an attack a politician launches or mounts on a politician is words, as "attacked" is', () => {
  assert.deepEqual(coded('The Republican Party mounted a fresh attack on Senator Harry Reid.'), [
    'USAPTY USALEG 111',
  ]);
  // armed forces launching an assault use force
  assert.deepEqual(coded('The Syrian army launched an assault on rebel positions.'), ['SYRMIL ---REB 190']);
});

test("a politician's attacks on families, children or workers at home are words", () => {
  assert.deepEqual(coded("The Democratic Party's attacks on American families will fail."), [
    'USAPTY USACVL 111',
  ]);
  // attacks on civilians are force
  assert.deepEqual(coded("The Syrian government's attacks on Syrian civilians continued."), [
    'SYRGOV SYRCVL 190',
  ]);
  // beside a word of armed violence, attacks on families are force too
  assert.deepEqual(
    coded("The Syrian government's attacks on Syrian families with barrel bombs must stop, the envoy said."),
    ['SYRGOV SYRCVL 190'],
  );
});

test('a retort one politician strikes back with at another is words', () => {
  assert.deepEqual(
    coded('Mitt Romney struck back at the Obama administration over its green energy loans.'),
    ['USAOPP USAGOV 111'],
  );
  // a state striking back at an armed group uses force
  assert.deepEqual(coded('Israel struck back at Hamas.'), ['ISRGOV PSEREB 190']);
});

test("a war one country's government wages on its own courts or lawmakers is words", () => {
  assert.deepEqual(coded('The Obama administration is waging a war on the U.S. Supreme Court.'), [
    'USAGOV USAJUD 111',
  ]);
  // a government's war on its opposition stays force
  assert.deepEqual(coded("Egypt's government waged war on the Muslim Brotherhood."), ['EGYGOV EGYOPP 190']);
});

test("an attack on another country's long-named policy or plan is words", () => {
  assert.deepEqual(coded("Germany sharply attacked France's loose, free-spending fiscal policy."), [
    'DEUGOV FRAGOV 111',
  ]);
  // a programme or a base can be bombed
  assert.deepEqual(coded("Israel attacked Iran's nuclear program."), ['ISRGOV IRNGOV 190']);
});

test('a party that bludgeons a politician (not "to death") beats him with words', () => {
  assert.deepEqual(coded('The Democratic Party used his record at Bain to bludgeon Mitt Romney.'), [
    'USAPTY USAOPP 111',
  ]);
  // soldiers bludgeon with clubs
  assert.deepEqual(coded('Syrian soldiers bludgeoned a Syrian protester.'), ['SYRMIL SYRCVL 1823']);
});
