import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText, triples } from '../helpers/coder.ts';

const coded = (text: string) => triples(codeText(text, '2025-04-08', bundledCoder()).events);
const codes = (text: string) => coded(text).map((t) => t.split(' ')[2]);

test('political fights are no military force', () => {
  assert.deepEqual(
    codes("Germany's governing party fought bitterly to punish the French government over the deal."),
    [],
  );
  assert.deepEqual(codes('President Obama battled Republicans on energy policy.'), []);
  assert.deepEqual(codes('Chicago teachers are battling Mayor Rahm Emanuel over pay.'), []);
  assert.deepEqual(
    codes('The French president and the German chancellor battled to a draw in the debate.'),
    [],
  );
  assert.deepEqual(
    codes('The Japanese government is fighting these calls from China for more transparency.'),
    [],
  );
  assert.deepEqual(codes('Chavez was portrayed as a leader fighting American imperialism.'), []);
  assert.deepEqual(
    codes('The Kenyan president is preparing for his debate clash with the Ugandan president.'),
    [],
  );
  // the real uses still code
  assert.deepEqual(coded('Syrian rebels are fighting to topple the Syrian government.'), [
    'SYRREB SYRGOV 190',
  ]);
  assert.deepEqual(coded('Israeli troops battled Hamas militants in Gaza.'), ['ISRMIL PSEREB 190']);
  assert.deepEqual(coded('Israeli troops clashed with Palestinian militants in Gaza.'), [
    'ISRMIL PSEREB 190',
  ]);
});

test('"fighting men and women", "the good fight" are no fight', () => {
  assert.deepEqual(
    codes('Obama said Americans must honor the sacrifices of their fighting men and women in Iraq.'),
    ['100'],
  );
  assert.deepEqual(
    codes('The Spanish government is fighting a losing battle against the European Commission.'),
    [],
  );
  assert.deepEqual(coded('Iraqi forces fought Kurdish fighters near Kirkuk.'), ['IRQMIL ---REB 190']);
});

test('campaign offensives and charm offensives are no military force', () => {
  assert.deepEqual(codes('The German opposition mounted pointed attacks on the French government.'), []);
  assert.deepEqual(codes('The Brazilian government launched a charm offensive in Argentina.'), []);
  // the real uses still code
  assert.deepEqual(coded('Israel launched a new offensive against Hamas in Gaza.'), ['ISRGOV PSEREB 190']);
  assert.deepEqual(coded('Iraqi forces mounted fierce attacks on Iranian positions.'), ['IRQMIL IRNGOV 190']);
});

test('web and online attacks are cyber attacks (176), not military force', () => {
  assert.deepEqual(coded('The Syrian Electronic Army has claimed Web attacks on Qatari media outlets.'), [
    '---MIL QATJRN 176',
  ]);
  assert.deepEqual(coded('Iranian hackers carried out online attacks on Saudi banks.'), [
    'IRNCRM SAUGOV 176',
  ]);
});
