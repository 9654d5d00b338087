import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText, triples } from '../helpers/coder.ts';

const code = (text: string, published: string) => triples(codeText(text, published, bundledCoder()).events);

test('a legislature without a country beside one government it deals with is that country’s', () => {
  // AllSides sample: "Congress", "congressional leaders", "House Republicans" were ---LEG
  assert.deepEqual(
    code(
      'The White House and Senate leaders reached a bipartisan compromise on the fiscal cliff that would allow tax rates to rise on income over $450,000.',
      '2013-01-01',
    ),
    ['USAGOV USALEG 057'],
  );
  assert.deepEqual(
    code('On Saturday, talks between President Obama and House Republicans collapsed.', '2013-10-14'),
    ['USAGOV USALEG 046'],
  );
  assert.deepEqual(
    code(
      'Lawmakers and the White House reached a deal on Monday, before a potentially crippling set of tax hikes and spending cuts took effect.',
      '2012-12-10',
    ),
    ['USALEG USAGOV 057'],
  );
});

test('a legislature another word places keeps its own country', () => {
  const doc = codeText(
    'In addition to the top-down approaches embraced by Facebook and European lawmakers, a new strategy is gaining popularity.',
    '2018-01-01',
    bundledCoder(),
  );
  assert.ok(doc.mentions.every((m) => m.actors.every((a) => !a.rules.includes('partners-legislature'))));
});

test('a party without a country beside one government or legislature is that country’s', () => {
  // AllSides sample: "Obama and Democrats", "Republicans and the White House" were ---PTY
  assert.deepEqual(
    code('Obama and Democrats pressed House Speaker John Boehner to allow a vote on the bill.', '2012-12-20'),
    ['USAGOV USALEG 020', 'USAPTY USALEG 020'],
  );
  assert.deepEqual(
    code('Talks between Republicans and the White House broke down on Friday.', '2012-12-20'),
    ['USAPTY USAGOV 046'],
  );
});
