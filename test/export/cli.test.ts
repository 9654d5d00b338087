// `dyad export` through the real command line (registration, options, --out, errors).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { PROJECT_ROOT } from '../helpers/shared.ts';
import { exportStore } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-export-cli-'));
const db = join(dir, 'x.sqlite');
before(async () => {
  await (await exportStore(db)).close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

const dyad = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/dyad.js', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });

test('dyad export writes the chosen format to --out and says how many rows', () => {
  const out = join(dir, 'events.tsv');
  const r = dyad(
    'export',
    '--format',
    'gdelt',
    '--db',
    db,
    '--out',
    out,
    '--from',
    '2025-04-01',
    '--to',
    '2025-04-30',
  );
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /exported 1 events \(clusters\) as gdelt to /);
  const rows = readFileSync(out, 'utf8').trim().split('\n');
  assert.equal(rows.length, 1);
  assert.equal(rows[0].split('\t').length, 61);
});

test('dyad export rejects a bad date with a stable error code', () => {
  const bad = dyad('export', '--format', 'csv', '--db', db, '--from', 'April');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /DYAD_E_INPUT: --from April: expected YYYY-MM-DD/);
  assert.equal(bad.stdout, '');
});
