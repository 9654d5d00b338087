import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText, triples } from '../helpers/coder.ts';

const code = (text: string, published: string) => triples(codeText(text, published, bundledCoder()).events);

test('Hamas’s armed wing under its singular and unhyphenated names is PSEREB', () => {
  // AllSides sample (AP copy, 2012): the source was "brigade", ---MIL
  assert.deepEqual(
    code(
      "The al-Qassam Brigade, Hamas' military arm, said on its Twitter feed that it had shot 527 projectiles at Israel in that time.",
      '2012-11-22',
    ),
    ['PSEREB ISRGOV 194'],
  );
  assert.deepEqual(
    code(
      "Hamas' military wing, the al Qassam brigade, said it fired 1,573 rockets toward Israel during the hostilities.",
      '2012-11-22',
    ),
    ['PSEREB ISRGOV 194'],
  );
});

const actors = (text: string, published: string) => {
  const doc = codeText(text, published, bundledCoder());
  return doc.mentions.map(
    (m) => `${doc.article.text.slice(m.start, m.end)}=${m.actors.map((a) => a.code).join('+')}`,
  );
};
/** The first actor mentioned: the group that opens each sentence. */
const first = (text: string, published: string) => actors(text, published)[0];

test('the Nicaraguan contras are NICREB under their plural and "contra rebels", not "Iran-contra"', () => {
  // Reuters 1987: "U.S.-backed Contra rebels tried to blow up an electricity pylon" was ---REB
  assert.deepEqual(code('U.S.-backed Contra rebels attacked Sandinista troops near Managua.', '1987-03-16'), [
    'NICREB NICMIL 190',
  ]);
  assert.deepEqual(actors('Reagan denied knowing of aid to the contras.', '1987-03-19'), [
    'Reagan=USAGOV',
    'the contras=NICREB',
  ]);
  assert.deepEqual(actors('The Iran-contra scandal hurt Reagan.', '1987-03-19'), [
    'The Iran=IRNGOV',
    'Reagan=USAGOV',
  ]);
});

test('UNITA is an Angolan rebel group until the 2002 ceasefire, a party after', () => {
  assert.equal(first('UNITA attacked a government garrison.', '1987-03-26'), 'UNITA=AGOREB');
  assert.equal(first('UNITA attacked a government garrison.', '2010-03-26'), 'UNITA=AGOPTY');
});

test('Renamo is a Mozambican rebel group until the 1992 peace accord, a party after', () => {
  assert.equal(first('Renamo accused the government of fraud.', '1987-06-01'), 'Renamo=MOZREB');
  assert.equal(first('Renamo accused the government of fraud.', '1999-12-01'), 'Renamo=MOZPTY');
});

test('SWAPO is a Namibian insurgency until independence in March 1990, the ruling party after', () => {
  assert.equal(first('SWAPO guerrillas crossed the border.', '1987-05-01'), 'SWAPO guerrillas=NAMREB');
  assert.equal(first('SWAPO won the election.', '1994-12-08'), 'SWAPO=NAMPTY');
});

test('the FMLN is a Salvadoran rebel group until the 1992 Chapultepec accords, a party after', () => {
  assert.equal(first('The FMLN attacked an army base.', '1987-03-31'), 'The FMLN=SLVREB');
  assert.equal(first('The FMLN attacked an army base.', '2009-03-16'), 'The FMLN=SLVPTY');
});

test('the Khmer Rouge governed Cambodia from April 1975 to January 1979 and were rebels before and after', () => {
  assert.equal(first('The Khmer Rouge attacked Vietnam.', '1977-09-24'), 'The Khmer Rouge=KHMGOV');
  assert.equal(first('The Khmer Rouge attacked Vietnam.', '1987-09-24'), 'The Khmer Rouge=KHMREB');
});

test("the SPLA is Sudan's southern rebels until July 2011, South Sudan's army after", () => {
  assert.equal(first('The SPLA attacked a garrison.', '1987-10-19'), 'The SPLA=SDNREB');
  assert.equal(first('The SPLA attacked a garrison.', '2013-12-20'), 'The SPLA=SSDMIL');
});
