import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gdeltActor } from '../../src/export/cameo-codes.ts';

test("the event's stored group ends the code and fills GDELT EthnicCode or Religion1Code", () => {
  const kurds = gdeltActor('IRQCVL', 'KUR');
  assert.deepEqual(
    [kurds.code, kurds.country, kurds.ethnic, kurds.religion, kurds.types[0]],
    ['IRQCVLKUR', 'IRQ', 'kur', '', 'CVL'],
  );
  const muslims = gdeltActor('NGAREB', 'MOS');
  assert.deepEqual(
    [muslims.code, muslims.ethnic, muslims.religion, muslims.types[0]],
    ['NGAREBMOS', '', 'MOS', 'REB'],
  );
  const plain = gdeltActor('PAKGOV');
  assert.deepEqual([plain.code, plain.ethnic, plain.religion], ['PAKGOV', '', '']);
  assert.deepEqual(Object.values(gdeltActor('PAKGOV', null)), Object.values(plain));
  // No country: "the main Hutu rebel group" ---REB + HUT; a known group keeps its column.
  const hutu = gdeltActor('---REB', 'HUT');
  assert.deepEqual([hutu.code, hutu.country, hutu.ethnic, hutu.types[0]], ['REBHUT', '', 'hut', 'REB']);
  const romanians = gdeltActor('ROUCVL', 'CTH');
  assert.deepEqual([romanians.code, romanians.religion, romanians.ethnic], ['ROMCVLCTH', 'CTH', '']);
});
