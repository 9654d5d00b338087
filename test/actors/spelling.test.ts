import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolvePhrase } from '../../src/actors/index.ts';
import { withinOneEdit } from '../../src/actors/spelling.ts';
import { bundledCoder, codeText } from '../helpers/coder.ts';

const r = (p: string) => resolvePhrase(bundledCoder(), p, { date: '2022-01-01' });

test('one edit or transposition', () => {
  assert.ok(withinOneEdit('dehli', 'delhi'));
  assert.ok(withinOneEdit('pakistn', 'pakistan'));
  assert.ok(withinOneEdit('kenyaa', 'kenya'));
  assert.ok(withinOneEdit('nairobu', 'nairobi'));
  assert.ok(!withinOneEdit('pkistn', 'pakistan'));
});

test('a misspelt country, capital or big city before an agent takes its country', () => {
  const d = r('Dehli police');
  assert.equal(d?.code, 'INDCOP');
  assert.ok(d?.rules.some((x) => x.startsWith('spelling-variant')));
  assert.equal(r('the Pakistn army')?.code, 'PAKMIL');
  assert.equal(r('Nairbi officials')?.country, 'KEN');
});

test('no spelling variant for derived words, other initials, names or known places', () => {
  for (const p of [
    'the Korean delegation',
    'the Urban Institute',
    'Mr. Dehli Varma',
    'the Parks department',
  ]) {
    const res = r(p);
    assert.ok(!res?.rules.some((x) => x.startsWith('spelling-variant')), `${p}: ${JSON.stringify(res)}`);
  }
  const doc = codeText('Troops from Pakistn attacked the Urban Institute.', '2022-01-01', bundledCoder());
  const variants = doc.mentions.flatMap((m) =>
    m.actors.flatMap((a) => a.rules.filter((x) => x.startsWith('spelling'))),
  );
  assert.deepEqual(variants, ['spelling-variant:Pakistan']);
});
