import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText, triples } from '../helpers/coder.ts';

const coded = (text: string) => triples(codeText(text, '2014-09-24', bundledCoder()).events);
/** Whether an appeal (CAMEO 02x) from `source` to Iran is coded. */
const appealsToIran = (t: string[], source: string) => t.some((x) => x.startsWith(`${source} IRNGOV 02`));

test('"he" does not stand for "the people of" a country, a collective', () => {
  const t = coded(
    'President Obama spoke at the United Nations. America will support the people of Ukraine. Then he urged Iran to return to the talks.',
  );
  assert.ok(appealsToIran(t, 'USAGOV'), t.join(', '));
  assert.ok(!t.some((x) => x.startsWith('UKRCVL')), t.join(', '));
});

test('"he" still stands for the person named before', () => {
  const t = coded('President Obama spoke at the United Nations. He urged Iran to return to the talks.');
  assert.ok(appealsToIran(t, 'USAGOV'), t.join(', '));
});
