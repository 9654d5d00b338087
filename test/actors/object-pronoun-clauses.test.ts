import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText } from '../helpers/coder.ts';

/** The actor codes the pronoun "him" was read as. */
function him(text: string): string[] {
  const doc = codeText(text, '2012-11-20', bundledCoder());
  return doc.mentions
    .filter((m) => m.kind === 'pronoun' && doc.article.text.slice(m.start, m.end).toLowerCase() === 'him')
    .map((m) => `${m.actors[0].name ?? ''}=${m.actors[0].code}`);
}

test('"him" after a clause of its own subject stands for the earlier clause’s subject', () => {
  // AllSides: "Mr. Obama met with liberal leaders … and they urged him" was read as a senator named
  // paragraphs before
  assert.deepEqual(
    him(
      'Sen. Jane Doakes, a Texas Republican, said little. President Obama met with union leaders on Monday and they urged him to veto the bill.',
    ),
    ['Barack Obama=USAGOV'],
  );
});

test('"him" in the clause of the person named as subject is someone else', () => {
  assert.notDeepEqual(
    him(
      'Sen. Jane Doakes, a Texas Republican, said little. President Obama met with union leaders and urged him to act.',
    ),
    ['Barack Obama=USAGOV'],
  );
});
