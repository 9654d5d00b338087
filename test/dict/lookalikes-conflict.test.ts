import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

const coded = (text: string) => bundledTriples(text);

test('"accused of" with no accuser between is a passive or a reduced relative, not an accusation', () => {
  assert.deepEqual(
    coded('Pakistani police arrested a man accused of sending letters to the Indian president.'),
    ['PAKCOP INDGOV 173'],
  );
  assert.deepEqual(coded('The White House said Iran was being accused of arming rebels.'), []);
  assert.deepEqual(coded('Egyptian police arrested officers accused of killing protesters in Cairo.'), [
    'EGYCOP EGYCVL 173',
  ]);
  // the accuser named before the accused still codes
  assert.deepEqual(coded('The United States accused Iran of arming rebels in Yemen.'), [
    'USAGOV IRNGOV 1123',
  ]);
  assert.deepEqual(coded('Russia accused Ukraine of violating the ceasefire.'), ['RUSGOV UKRGOV 1123']);
  // "each other" between is skippable: the mutual accusation still codes
  assert.deepEqual(coded('Russia and Ukraine accused each other of violating the truce.'), [
    'RUSGOV UKRGOV 1123',
  ]);
  assert.deepEqual(coded('Russia and Ukraine accused each other of lying.'), ['RUSGOV UKRGOV 112']);
});

test('"bash" as a noun (a party, the name Bash) is no criticism', () => {
  assert.deepEqual(coded('CNN correspondent Dana Bash asked the Iranian president about Syria.'), []);
  assert.deepEqual(coded('The Iranian embassy held a lavish bash for the Syrian president.'), []);
  // the verb still codes
  assert.deepEqual(coded('Russia continued to bash the United States over Syria.'), ['RUSGOV USAGOV 111']);
  assert.deepEqual(coded('Putin won votes by bashing America.'), ['RUSGOV USAGOV 111']);
  assert.deepEqual(coded('Russia bashed the United States over Syria.'), ['RUSGOV USAGOV 111']);
});

test('"threatens to undercut" is a risk, not a threat', () => {
  assert.deepEqual(coded('Iran fears that Syria threatens to undercut its standing in the region.'), []);
  assert.deepEqual(coded('Iran threatened to attack Israel.'), ['IRNGOV ISRGOV 1384']);
});

test("a travel advisory to one's own citizens is no threat", () => {
  assert.deepEqual(coded('The State Department warned U.S. citizens against travel to Pakistan.'), []);
  assert.deepEqual(coded('The United States warned Iran not to attack Israel.'), ['USAGOV IRNGOV 130']);
});

test('"called for in" a plan is a passive, "veto-proof" no veto, a strike against a government no labor strike', () => {
  assert.deepEqual(coded('Iran rejected the cut in oil output called for in the OPEC plan.'), [
    'IRNGOV OPC 120',
  ]);
  assert.deepEqual(coded('Iran called for the United Nations to act.'), ['IRNGOV UNO 100']);
  assert.deepEqual(coded('The State Department called for calm in Libya.'), ['USAGOV LBYCVL 1056']);
  assert.deepEqual(coded('Democrats held a veto-proof majority in the Iranian parliament.'), []);
  assert.deepEqual(coded('Obama vetoed a bill passed by Congress.'), ['USAELI ---LEG 129']);
  assert.deepEqual(
    coded('France told Congress to delay votes on authorizing strikes against the Assad government.'),
    [],
  );
  assert.deepEqual(coded('South African miners went on strike against the government over wages.'), [
    'ZAFLAB ZAFGOV 143',
  ]);
});

test('holding or having a veto is a standing right, not a veto cast', () => {
  assert.deepEqual(coded('Moscow says the Kremlin holds a veto at the Security Council.'), []);
  assert.deepEqual(coded('China has a veto over any resolution the United Nations drafts on Syria.'), []);
  // casting or using it still codes
  assert.deepEqual(coded('Russia has used its veto at the Security Council.'), ['RUSGOV UNO 129']);
});

test('economic "demand" that "has been met" is no demand for a meeting (106)', () => {
  assert.deepEqual(coded('The rebels demanded to meet the Colombian president.'), ['---REB COLGOV 106']);
  assert.deepEqual(coded('Corn demand has been met by Soviet purchases of U.S. corn.'), []);
});
