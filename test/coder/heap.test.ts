import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { boundHeap } from '../../src/coder/heap.ts';

const HEAP_TS = fileURLToPath(new URL('../../src/coder/heap.ts', import.meta.url));

// node --test runs each file in its own process, so nothing has bounded this one yet.
test('only long-running commands bound the heap, once per process, unless DYAD_HEAP=default', () => {
  assert.equal(boundHeap(['node', 'dyad.js', 'code', 'worker.txt'], {}), false);
  assert.equal(boundHeap(['node', 'dyad.js', '--version'], {}), false);
  assert.equal(
    boundHeap(['node', 'dyad.js', 'worker', '--db', 'postgres://x'], { DYAD_HEAP: 'default' }),
    false,
  );
  assert.equal(boundHeap(['node', 'dyad.js', 'worker', '--db', 'postgres://x'], {}), true);
  // once per process: a second call changes nothing
  assert.equal(boundHeap(['node', 'dyad.js', 'serve'], {}), false);
});

/** The young generation's size (MB) after a process made ~400 MB of short-lived garbage. */
function youngGenerationAfterGarbage(command: string, env: NodeJS.ProcessEnv): number {
  const script = `
    const { boundHeap } = await import(${JSON.stringify(HEAP_TS)});
    boundHeap(['node', 'dyad.js', ${JSON.stringify(command)}]);
    const v8 = await import('node:v8');
    let keep = [];
    for (let i = 0; i < 4e5; i++) { keep.push({ i, s: 'x'.repeat(i % 50) }); if (keep.length > 2e4) keep = []; }
    const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    console.log(young.space_size / 2 ** 20);`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return Number(out.trim());
}

test('a worker keeps its young generation at its starting size; a one-shot command lets V8 grow it', () => {
  const worker = youngGenerationAfterGarbage('worker', {});
  const code = youngGenerationAfterGarbage('code', {});
  const unbounded = youngGenerationAfterGarbage('worker', { DYAD_HEAP: 'default' });
  assert.ok(worker <= 4, `worker's young generation: ${worker} MB`);
  assert.ok(code > 2 * worker, `code's young generation: ${code} MB against the worker's ${worker}`);
  assert.ok(unbounded > 2 * worker, `DYAD_HEAP=default: ${unbounded} MB against ${worker}`);
});
