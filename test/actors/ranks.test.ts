import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { resolvePhrase } from '../../src/actors/index.ts';
import { createCoder } from '../../src/coder/index.ts';
import { bundledCoder, codeText } from '../helpers/coder.ts';

const r = (p: string, date = '2024-06-01') => resolvePhrase(bundledCoder(), p, { date });
const code = (p: string, date?: string) => r(p, date)?.code ?? null;

test('a bare rank before a personal name is a military title', () => {
  assert.equal(code('General Tomas Varenko'), '---MIL');
  assert.equal(code('Marshal Ivo Brennholt'), '---MIL');
  assert.equal(code('the Ruritanian commander, General Anton Velk'), '---MIL');
  assert.ok(r('General Tomas Varenko')?.rules.includes('rank-before-name'));
});

test('a bare rank is no title in offices, institutions and ordinary words', () => {
  for (const p of [
    'Attorney General Dana Pellwick',
    'ex-Attorney General Dana Pellwick',
    'Inspector General Rob Quell',
    'Fire Marshal Ann Lowry',
    'General Motors',
    'General Zorblax Motors',
    'the General Social Survey',
    'the General Assembly',
    'a general election',
    'the general public',
  ]) {
    const res = r(p);
    assert.ok(!res?.rules.includes('rank-before-name'), `${p}: ${JSON.stringify(res)}`);
  }
  const doc = codeText('The general said the general strike would go ahead.', '2024-06-01', bundledCoder());
  assert.ok(!doc.mentions.some((m) => m.actors.some((a) => a.rules.includes('rank-before-name'))));
});

test('a military rank picks the military office of a person who later held another', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-ranks-'));
  mkdirSync(join(dir, 'people'));
  writeFileSync(
    join(dir, 'people', 'invented.txt'),
    [
      'Arden Quillfeather | Quillfeather',
      '  USAMIL  2001-01-01..2005-12-31  Commander of an invented command',
      '  USASPY  2006-01-01..2009-12-31  Director of an invented agency',
      '',
    ].join('\n'),
  );
  const coder = createCoder({ dictionaries: [dir] });
  const res = (p: string) => resolvePhrase(coder, p, { date: '2007-06-01' });
  assert.equal(res('General Arden Quillfeather')?.code, 'USAMIL');
  assert.ok(res('General Arden Quillfeather')?.rules.includes('title-picks-office'));
  assert.equal(res('Arden Quillfeather')?.code, 'USASPY');
  assert.equal(res('Director Arden Quillfeather')?.code, 'USASPY');
});
