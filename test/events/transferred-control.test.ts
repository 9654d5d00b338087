// Control or security responsibility transferred, turned over or handed back to another party is
// a handover (08-yield.txt, 0874), as "hand over * control to".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText } from '../helpers/coder.ts';

const events = (text: string) =>
  codeText(text, '2014-06-01', bundledCoder()).events.map((e) => `${e.source} ${e.cameo} ${e.target}`);

test('control transferred to another party is handed over', () => {
  assert.deepEqual(events('Washington transferred control of the prison to Iraq.'), ['USAGOV 0874 IRQGOV']);
  assert.deepEqual(events('NATO turned over security responsibility to Afghan forces.'), ['NAT 0874 AFGMIL']);
  assert.deepEqual(events('Britain handed back control of Hong Kong to China.'), ['GBRGOV 0874 CHNGOV']);
});

test('a firm passing control of its business to investors is no handover between actors', () => {
  assert.deepEqual(events('The company transferred control of its subsidiary to investors.'), []);
});
