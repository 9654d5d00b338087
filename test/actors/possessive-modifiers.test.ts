import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText } from '../helpers/coder.ts';

/** `"text" CODE` for each mention of a text. */
function mentions(text: string, published = '2015-03-05'): string[] {
  const doc = codeText(text, published, bundledCoder());
  return doc.mentions.map(
    (m) => `${doc.article.text.slice(m.start, m.end)}=${m.actors.map((a) => a.code).join('+')}`,
  );
}

test('a capitalized modifier between a country’s possessive and its body belongs to the body', () => {
  // AllSides sample: the tagger reads "new Islamist" as names, and "government" was ---GOV
  assert.ok(
    mentions(
      "Egypt's new Islamist government is playing a key role in the negotiations to broker a deal between the two sides.",
      '2012-11-20',
    ).includes("Egypt's new Islamist government=EGYGOV"),
  );
  assert.ok(
    mentions(
      "U.S. security officials homed in on Snowden after Britain's Guardian newspaper informed the Obama administration.",
      '2013-06-10',
    ).includes("Britain's Guardian newspaper=GBRJRN"),
  );
});

test('a rank between a country’s possessive and its office keeps the country', () => {
  // "deputy" is tagged a noun: it once cut "Peru's" off and left the minister ---GOV
  assert.ok(
    mentions("Peru's deputy trade minister criticized Chile.").includes(
      "Peru's deputy trade minister=PERGOV",
    ),
  );
  assert.ok(
    mentions("Kenya's assistant interior minister met the envoy.").includes(
      "Kenya's assistant interior minister=KENGOV",
    ),
  );
});

test('a participle of taking office between a country’s possessive and its office keeps the country', () => {
  assert.ok(
    mentions("Chile's newly elected president met the envoy.").includes(
      "Chile's newly elected president=CHLGOV",
    ),
  );
  assert.ok(mentions("Peru's appointed governor met the envoy.").some((m) => m.endsWith('=PERGOV')));
});
