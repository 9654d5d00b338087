import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Event } from '../../src/model/index.ts';
import { PROJECT_ROOT, sharedPath, skipUnlessShared } from '../helpers/shared.ts';

const SKIP = skipUnlessShared('examples', 'seed-article.txt');

/** Directed PLOVER triples as shared/ANNOTATION.md scores them (symmetric = both ways). */
function ploverTriples(events: readonly Event[]): string[] {
  const out = new Set<string>();
  for (const e of events) {
    if (!e.plover) continue;
    out.add(`${e.source} ${e.target} ${e.plover}`);
    if (e.symmetric || e.plover === 'CONSULT') out.add(`${e.target} ${e.source} ${e.plover}`);
  }
  return [...out].sort();
}

test('the seed article codes to exactly the gold triples', { skip: SKIP }, () => {
  const r = spawnSync(
    process.execPath,
    [
      join(PROJECT_ROOT, 'bin', 'dyad.js'),
      'code',
      sharedPath('examples', 'seed-article.txt'),
      '--date',
      '2025-04-08',
      '--format',
      'jsonl',
    ],
    { encoding: 'utf8', cwd: PROJECT_ROOT },
  );
  assert.equal(r.status, 0, r.stderr);
  const events = r.stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Event);
  assert.deepEqual(ploverTriples(events), [
    'PAKGOV USAGOV AGREE',
    'PAKGOV USAGOV CONSULT',
    'USAGOV PAKGOV AGREE',
    'USAGOV PAKGOV CONSULT',
    'USAGOV PAKGOV SUPPORT',
  ]);
  const phone = events.find((e) => e.cameo === '041');
  assert.ok(phone, 'the phone conversation is coded as 041');
  assert.equal(phone.mode, 'phone');
  assert.equal(phone.symmetric, true);
  assert.equal(phone.date, '2025-04-08');
  assert.equal(phone.source_name, 'Ishaq Dar');
  assert.equal(phone.target_name, 'Marco Rubio');
  // nothing from the "Read More" line, nothing with Afghanistan
  assert.ok(!events.some((e) => e.source.startsWith('AFG') || e.target.startsWith('AFG')));
  const readMore = events.filter((e) => e.evidence.some((s) => /Read More|Two US Teams/.test(s.text)));
  assert.deepEqual(readMore, []);
});
