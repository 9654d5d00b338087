import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText, triples } from '../helpers/coder.ts';

/** `"text" CODE` for each mention of a text. */
function mentions(text: string, published = '2015-03-05'): string[] {
  const doc = codeText(text, published, bundledCoder());
  return doc.mentions.map(
    (m) => `${doc.article.text.slice(m.start, m.end)}=${m.actors.map((a) => a.code).join('+')}`,
  );
}

test('state servants without a country "from" a national body serve in it, as subject or object', () => {
  // petrarch2-gsr github_issue27_2: the ministers are the Georgian government's
  const doc = codeText(
    'Georgian demonstrators received ministers from the Georgian government.',
    '2015-03-05',
    bundledCoder(),
  );
  assert.deepEqual(triples(doc.events), ['GEOCVL GEOGOV 043']);
  assert.ok(
    mentions('Officials from the Iranian foreign ministry met US diplomats in Geneva.').includes(
      'Officials from the Iranian foreign ministry=IRNGOV',
    ),
  );
  assert.ok(
    mentions(
      'Moscow outlined the changes in Syria war policy via a terse statement by officials from the Russian Ministry of Defense released Monday.',
    ).includes('officials from the Russian Ministry of Defense=RUSGOV'),
  );
  // an organization's officials take its code: a union's are labour
  assert.ok(
    mentions(
      'The hacked database is the Central Personnel Data System File, officials from the American Federation of Government Employees said.',
    ).includes('officials from the American Federation of Government Employees=USALAB'),
  );
  // a country after "from" is still only read at the start of a clause (country-joins.ts)
  assert.ok(mentions('The US withdrew troops from Iraq.').includes('troops=---MIL'));
});
