import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gdeltActor } from '../../src/export/cameo-codes.ts';

test('a third code part fills GDELT EthnicCode or Religion1Code', () => {
  const kurds = gdeltActor('IRQCVLKUR');
  assert.deepEqual(
    [kurds.code, kurds.country, kurds.ethnic, kurds.religion, kurds.types[0]],
    ['IRQCVLKUR', 'IRQ', 'kur', '', 'CVL'],
  );
  const muslims = gdeltActor('NGAREBMOS');
  assert.deepEqual(
    [muslims.code, muslims.ethnic, muslims.religion, muslims.types[0]],
    ['NGAREBMOS', '', 'MOS', 'REB'],
  );
  const plain = gdeltActor('PAKGOV');
  assert.deepEqual([plain.code, plain.ethnic, plain.religion], ['PAKGOV', '', '']);
});
