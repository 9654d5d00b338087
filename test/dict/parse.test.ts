import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  emptyDictionaries,
  lintDictionaries,
  parseDictionaryText,
  parsePattern,
} from '../../src/dict/index.ts';

test('each entry keeps file:line as its id; comments and blank lines are skipped', () => {
  const { dictionaries, problems } = parseDictionaryText(
    'countries.txt',
    '# header\n\nPAK  name  Pakistan | Islamic Republic of Pakistan  # two names\nPAK  demonym  Pakistani\n',
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(
    dictionaries.countries.map((c) => [c.id, c.phrase]),
    [
      ['countries.txt:3', 'Pakistan'],
      ['countries.txt:3', 'Islamic Republic of Pakistan'],
      ['countries.txt:4', 'Pakistani'],
    ],
  );
});

test('syntax errors name the line and the rest still loads', () => {
  const { dictionaries, problems } = parseDictionaryText(
    'agents.txt',
    'GOV  title  minister\nGOV  sometimes  envoy\nXYZ  group  troop\n',
  );
  assert.equal(dictionaries.agents.length, 1);
  assert.deepEqual(
    problems.map((p) => [p.id, p.code]),
    [
      ['agents.txt:2', 'syntax'],
      ['agents.txt:3', 'unknown-code'],
    ],
  );
});

test('people: names, dated offices, bad dates reported', () => {
  const text =
    'Marco Rubio | Rubio\n  USALEG  2011-01-03..2025-01-20  Senator\n  USAGOV  2025-01-21..  Secretary of State\nNobody\n  USAGOV  2025-02-30..  Bad\n';
  const { dictionaries, problems } = parseDictionaryText('people/x.txt', text);
  const rubio = dictionaries.people[0];
  assert.deepEqual(rubio.names, ['Marco Rubio', 'Rubio']);
  assert.deepEqual(
    rubio.offices.map((o) => [o.code, o.from, o.to]),
    [
      ['USALEG', '2011-01-03', '2025-01-20'],
      ['USAGOV', '2025-01-21', undefined],
    ],
  );
  assert.deepEqual(
    problems.map((p) => [p.id, p.code]),
    [['people/x.txt:5', 'bad-date']],
  );
});

test('verb patterns: alternatives (also multi-word), gaps, target slots, options', () => {
  const { dictionaries, problems } = parseDictionaryText(
    'verbs/x.txt',
    '041  hold * phone (conversation|call) with  ; mode=phone symmetric\n195  launch (air strike|airstrike) on\n112  accuse $ of\n',
  );
  assert.deepEqual(problems, []);
  const [phone, air, accuse] = dictionaries.verbs;
  assert.equal(phone.mode, 'phone');
  assert.equal(phone.symmetric, true);
  assert.equal(phone.weight, 4);
  assert.deepEqual(air.words[1], {
    type: 'word',
    words: ['air', 'airstrike'],
    runs: [['air', 'strike'], ['airstrike']],
  });
  assert.equal(accuse.words[1].type, 'target');
  assert.equal(typeof parsePattern('* attack'), 'string');
  assert.equal(typeof parsePattern('attack (on'), 'string');
});

test('lint: unknown CAMEO codes, unreachable duplicates, unknown actor codes, overlapping aliases', () => {
  const d = emptyDictionaries();
  parseDictionaryText('countries.txt', 'USA  name  United States\nPAK  name  Pakistan\n', d);
  parseDictionaryText('verbs/a.txt', '999  frobnicate\n190  attack\n190  attack\n', d);
  parseDictionaryText('organizations.txt', 'ZZZREB  Some Group\nUNO  United Nations\n', d);
  parseDictionaryText(
    'people/p.txt',
    'John Smith | Smith\n  USAGOV  2000-01-01..2010-01-01  Minister\nJane Smith | Smith\n  USAGOV  2005-01-01..  Minister\nAl Khan | Khan  ; ambiguous\n  PAKGOV  2000-01-01..  X\nBo Khan | Khan  ; ambiguous\n  PAKGOV  2000-01-01..  Y\n',
    d,
  );
  const found = lintDictionaries(d).map((p) => `${p.id} ${p.code}`);
  assert.ok(found.includes('verbs/a.txt:1 unknown-code'));
  assert.ok(found.includes('verbs/a.txt:3 unreachable'));
  assert.ok(found.includes('organizations.txt:1 unknown-code'));
  assert.ok(found.includes('people/p.txt:3 alias-overlap'));
  assert.ok(!found.some((f) => f.startsWith('people/p.txt:7')), 'ambiguous aliases are allowed');
});

test('the linter reports a verb line whose words an earlier line already takes, unless one is noun- or passive-only', () => {
  const codes = (text: string) =>
    lintDictionaries(parseDictionaryText('verbs/11-x.txt', text).dictionaries).map((p) => p.code);
  assert.deepEqual(codes('111  criticize\n111  criticize\n'), ['unreachable']);
  assert.deepEqual(codes('---  release  ; noun\n080  release\n'), []);
  assert.deepEqual(codes('---  praise  ; passive\n051  praise\n'), []);
  assert.deepEqual(codes('020  press $ * for  ; verb\n---  press $ * for\n'), []);
});

test('groups.txt: ethnic and religion codes, a religion code only under KIND religion', () => {
  const { dictionaries, problems } = parseDictionaryText(
    'groups.txt',
    'KUR  ethnic  Kurd | Kurdish\nMOS  religion  Muslim\nKUR  religion  Kurd\nMOS  ethnic  Muslim\nkur  ethnic  Kurd\n',
  );
  assert.deepEqual(
    dictionaries.groups.map((g) => `${g.code} ${g.kind} ${g.phrase}`),
    ['KUR ethnic Kurd', 'KUR ethnic Kurdish', 'MOS religion Muslim'],
  );
  assert.deepEqual(
    problems.map((p) => `${p.id} ${p.code}`),
    ['groups.txt:3 unknown-code', 'groups.txt:4 unknown-code', 'groups.txt:5 syntax'],
  );
});
