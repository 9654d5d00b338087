// Tests for src/ontology: the CAMEO table and its loader, quads, PLOVER names, and a check of
// our table against the shared reference (skipped when ../shared is absent).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import {
  allCameoCodes,
  cameo,
  cameoQuad,
  gdeltQuad,
  isCameoCode,
  isKnownGroup,
  isSector,
  normalizePlover,
  PLOVER_TYPES,
  ploverQuad,
} from '../../src/ontology/index.ts';
import { sharedPath, skipUnlessShared } from '../helpers/shared.ts';

// ---------------------------------------------------------------------------
// Deliberate differences from shared/ontology/cameo_event_codes.tsv
// ---------------------------------------------------------------------------

/**
 * Where the shared table follows CAMEO2PLOVER-2021 but PLOVER's own definitions win
 * (shared/ANNOTATION.md): code → our type.
 */
const PLOVER_OVERRIDES: Record<string, string> = {
  '055': 'CONCEDE', // apology: CONCEDE per ANNOTATION.md (shared: SUPPORT)
  '163': 'SANCTION', // embargo, boycott, sanctions: SANCTION per ANNOTATION.md (shared: COERCE)
  '116': 'SANCTION', // court verdict: PLOVER 2024 SANCTION mode "convict" (shared: ACCUSE)
  '0813': 'CONCEDE', // lifting a curfew: PLOVER's CONCEDE names "removing curfews" (shared: RETREAT)
  '0814': 'CONCEDE', // lifting a state of emergency: easing restrictions, CONCEDE (shared: RETREAT)
  '0831': 'RETREAT', // stepping down: "RETREAT also covers resignations of government officials" (shared: CONCEDE)
};

/** Codes absent from GDELT (no Goldstein in the shared table): ours inherit the parent's value. */
const NON_GDELT = ['1213', '155', '176', '1834', '1951', '1952'];

function parent(code: string): string {
  return code.length === 4 ? code.slice(0, 3) : code.slice(0, 2);
}

// ---------------------------------------------------------------------------
// Shared-free unit tests
// ---------------------------------------------------------------------------

describe('cameo table', () => {
  test('loads every code once, 2- to 4-digit, with a known root', () => {
    const all = allCameoCodes();
    assert.ok(all.length >= 310, `only ${all.length} codes`);
    assert.equal(new Set(all.map((c) => c.code)).size, all.length);
    for (const c of all) {
      assert.match(c.code, /^\d{2,4}$/);
      assert.equal(c.root, c.code.slice(0, 2));
      if (c.code.length > 2) assert.ok(isCameoCode(parent(c.code)), `${c.code} has no parent`);
      assert.ok(Number.isFinite(c.goldstein) && c.goldstein >= -10 && c.goldstein <= 10);
      assert.ok(c.name.length > 0);
    }
    for (let r = 1; r <= 20; r++) assert.ok(isCameoCode(String(r).padStart(2, '0')));
  });

  test('exact lookups', () => {
    assert.deepEqual(cameo('042'), {
      code: '042',
      root: '04',
      name: 'Visit',
      goldstein: 1.9,
      plover: 'CONSULT',
      mode: 'visit',
      contexts: [],
    });
    assert.equal(cameo('041')?.mode, 'phone');
    assert.equal(cameo('043')?.mode, 'host');
    assert.equal(cameo('0311')?.contexts.join(), 'economic');
    assert.equal(cameo('42'), undefined);
    assert.equal(cameo('13y'), undefined);
    assert.equal(isCameoCode('999'), false);
  });

  test('PLOVER types follow ANNOTATION.md', () => {
    for (const c of allCameoCodes()) {
      if (c.root === '01' || c.root === '02') assert.equal(c.plover, null, c.code);
      else assert.ok(c.plover && PLOVER_TYPES.includes(c.plover), c.code);
    }
    assert.equal(cameo('055')?.plover, 'CONCEDE');
    assert.equal(cameo('0813')?.plover, 'CONCEDE');
    assert.equal(cameo('0831')?.plover, 'RETREAT');
    assert.equal(cameo('0831')?.mode, 'resign');
    assert.equal(cameo('057')?.plover, 'SUPPORT');
    assert.equal(cameo('163')?.plover, 'SANCTION');
    assert.equal(cameo('036')?.plover, 'AGREE');
    assert.equal(cameo('0311')?.plover, 'AGREE');
    const used = new Set(allCameoCodes().map((c) => c.plover));
    for (const t of PLOVER_TYPES) assert.ok(used.has(t), `no code maps to ${t}`);
  });

  test('PLOVER quad agrees with the root quad except CONCEDE under 08 and 116', () => {
    // PLOVER counts CONCEDE as verbal cooperation, CAMEO's 08 yield root as material.
    const off = allCameoCodes()
      .filter((c) => c.plover && ploverQuad(c.plover) !== cameoQuad(c.code))
      .filter((c) => !(c.root === '08' && c.plover === 'CONCEDE'))
      .map((c) => c.code);
    assert.deepEqual(off, ['116']);
  });
});

describe('quads', () => {
  test('ploverQuad', () => {
    assert.equal(PLOVER_TYPES.length, 16);
    const byQuad = (q: number) => PLOVER_TYPES.filter((t) => ploverQuad(t) === q).join(' ');
    assert.equal(byQuad(1), 'AGREE CONSULT SUPPORT CONCEDE');
    assert.equal(byQuad(2), 'COOPERATE AID RETREAT');
    assert.equal(byQuad(3), 'REQUEST ACCUSE REJECT THREATEN');
    assert.equal(byQuad(4), 'PROTEST SANCTION MOBILIZE COERCE ASSAULT');
  });

  test('cameoQuad (PLOVER/ICEWS) and gdeltQuad differ on roots 09 and 14', () => {
    const cases: [string, number, number][] = [
      ['01', 1, 1],
      ['057', 1, 1],
      ['06', 2, 2],
      ['0874', 2, 2],
      ['09', 3, 2],
      ['094', 3, 2],
      ['10', 3, 3],
      ['13', 3, 3],
      ['14', 4, 3],
      ['1451', 4, 3],
      ['15', 4, 4],
      ['2042', 4, 4],
    ];
    for (const [code, plover, gdelt] of cases) {
      assert.equal(cameoQuad(code), plover, `cameoQuad ${code}`);
      assert.equal(gdeltQuad(code), gdelt, `gdeltQuad ${code}`);
    }
    assert.equal(cameoQuad('21'), null);
    assert.equal(gdeltQuad('abc'), null);
  });
});

describe('normalizePlover', () => {
  test('current names in any case', () => {
    assert.equal(normalizePlover('consult'), 'CONSULT');
    assert.equal(normalizePlover(' Assault '), 'ASSAULT');
    for (const t of PLOVER_TYPES) assert.equal(normalizePlover(t), t);
  });
  test('legacy names', () => {
    assert.equal(normalizePlover('DEMAND'), 'REQUEST');
    assert.equal(normalizePlover('disapprove'), 'ACCUSE');
    assert.equal(normalizePlover('Investigate'), 'ACCUSE');
    assert.equal(normalizePlover('FIGHT'), 'ASSAULT');
  });
  test('unknown names', () => {
    assert.equal(normalizePlover(''), null);
    assert.equal(normalizePlover('ATTACK'), null);
    assert.equal(normalizePlover('toString'), null);
  });
});

describe('sectors and known groups', () => {
  test('sectors', () => {
    assert.ok(isSector('GOV') && isSector('JRN') && isSector('UAF'));
    assert.equal(isSector('gov'), false);
    assert.equal(isSector('MOD'), false);
  });
  test('known groups', () => {
    for (const g of ['UNO', 'NAT', 'EEC', 'IMF', 'WBK', 'ARL', 'ASN', 'OAU', 'GOS', 'ITP', 'AMN']) {
      assert.ok(isKnownGroup(g), g);
    }
    assert.equal(isKnownGroup('PAK'), false);
    assert.equal(isKnownGroup('IMG'), false);
  });
});

// ---------------------------------------------------------------------------
// Against shared/ontology/cameo_event_codes.tsv
// ---------------------------------------------------------------------------

interface SharedRow {
  code: string;
  goldstein: string;
  plover: string;
}

function readShared(): Map<string, SharedRow> {
  const [head, ...rows] = readFileSync(sharedPath('ontology', 'cameo_event_codes.tsv'), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l !== '');
  const cols = head.split('\t');
  const at = (name: string) => cols.indexOf(name);
  const out = new Map<string, SharedRow>();
  for (const line of rows) {
    const f = line.split('\t');
    const code = f[at('code')];
    out.set(code, { code, goldstein: f[at('goldstein')], plover: f[at('plover')] });
  }
  return out;
}

describe('against shared/ontology/cameo_event_codes.tsv', {
  skip: skipUnlessShared('ontology', 'cameo_event_codes.tsv'),
}, () => {
  test('same set of codes', () => {
    const shared = readShared();
    const ours = allCameoCodes().map((c) => c.code);
    assert.deepEqual([...ours].sort(), [...shared.keys()].sort());
  });

  test('Goldstein values are the GDELT ones', () => {
    for (const [code, row] of readShared()) {
      const ours = cameo(code)?.goldstein;
      if (row.goldstein === '') {
        assert.ok(NON_GDELT.includes(code), `${code} has no shared Goldstein`);
        assert.equal(ours, cameo(parent(code))?.goldstein, `${code} inherits its parent's`);
      } else {
        assert.equal(ours, Number(row.goldstein), code);
      }
    }
  });

  test('PLOVER types equal except documented overrides', () => {
    const diffs: string[] = [];
    for (const [code, row] of readShared()) {
      const ours = cameo(code)?.plover ?? '';
      if (code in PLOVER_OVERRIDES) {
        assert.equal(ours, PLOVER_OVERRIDES[code], code);
        assert.notEqual(row.plover, ours, `${code} override no longer needed`);
      } else if (row.plover.includes('|')) {
        // A root PLOVER splits (08 → CONCEDE|RETREAT): ours takes one of them.
        assert.ok(row.plover.split('|').includes(ours), code);
      } else if (ours !== row.plover) {
        diffs.push(`${code}: ours ${ours || '-'} shared ${row.plover || '-'}`);
      }
    }
    assert.deepEqual(diffs, []);
  });
});
