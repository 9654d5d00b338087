import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText, triples } from '../helpers/coder.ts';

const code = (text: string, published: string) => triples(codeText(text, published, bundledCoder()).events);

test('a legislature without a country that a government deals with directly is its own', () => {
  // AllSides sample: "Congress" was ---LEG
  assert.deepEqual(
    code(
      'On Tuesday, Mr. Obama asked Congress to hold off a vote indefinitely on military action.',
      '2013-09-12',
    ),
    ['USAGOV USALEG 020'],
  );
  assert.ok(
    code(
      "The White House is asking Congress to approve a military strike punishing Syria's government for a chemical weapons attack.",
      '2013-09-05',
    ).includes('USAGOV USALEG 0232'),
  );
});

test('a government in another country’s place, or lawmakers facing a government, keep theirs', () => {
  // Reuters 1987: a Belgian minister in Washington talks with the US Congress's leaders
  assert.ok(
    code(
      'De Croo, in Washington for talks with Administration officials and Congressional leaders, said at a news conference there is a battle within the community.',
      '1987-03-03',
    ).includes('BELGOV ---LEG 046'),
  );
  // lawmakers travel and meet abroad: the source is not placed by its target
  assert.deepEqual(
    code('The lawmakers reported that they met with Irish officials to discuss policy.', '2014-01-01'),
    ['---LEG IRLGOV 040'],
  );
});
