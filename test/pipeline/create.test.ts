import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DyadError } from '../../src/errors.ts';
import type { Doc } from '../../src/model/index.ts';
import { createPipeline, type Stage } from '../../src/pipeline/index.ts';

const stage = (name: string, requires: Stage['requires'], assigns: Stage['assigns']): Stage => ({
  name,
  requires,
  assigns,
  run: (doc: Doc) => ({
    ...doc,
    messages: [...doc.messages, { code: name, reason: 'ran', stage: name, severity: 'info' as const }],
  }),
});

test('stages run in order over one doc', () => {
  const p = createPipeline([stage('a', ['text'], ['tokens']), stage('b', ['tokens'], ['mentions'])]);
  const doc = p.run({ id: 'x', text: 'hi', lang: 'en' });
  assert.deepEqual(
    doc.messages.map((m) => m.code),
    ['a', 'b'],
  );
});

test('a stage before the one that assigns its input is a coded error', () => {
  assert.throws(
    () => createPipeline([stage('b', ['tokens'], ['mentions']), stage('a', ['text'], ['tokens'])]),
    (e: unknown) =>
      e instanceof DyadError && e.code === 'DYAD_E_PIPELINE_ORDER' && /"b" requires tokens/.test(e.message),
  );
});

test('two stages with one name are a coded error', () => {
  assert.throws(
    () => createPipeline([stage('a', ['text'], ['tokens']), stage('a', ['text'], ['tokens'])]),
    (e: unknown) => e instanceof DyadError && e.code === 'DYAD_E_PIPELINE_DUPLICATE',
  );
});
