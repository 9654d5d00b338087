import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleTopics } from '../../src/attributes/article.ts';
import { codeText, fixtureCoder } from '../helpers/coder.ts';

test('article topics are the contexts of topic words, most frequent first, with spans', () => {
  const doc = codeText(
    'Dar discussed trade and investment with Rubio.\nBoth condemned terrorism.\nRead More: trade talks stall',
  );
  const topics = articleTopics(doc, fixtureCoder().lexicon);
  assert.deepEqual(
    topics.map((t) => [t.context, t.count, t.terms, t.sentences]),
    [
      ['economic', 2, ['trade', 'investment'], [0]],
      ['terrorism', 1, ['terrorism'], [1]],
    ],
  );
  assert.deepEqual(
    topics[0].spans.map((s) => s.text),
    ['trade', 'investment'],
  );
  assert.ok(topics[0].rules[0].includes('issues.txt'));
});

test('an article without topic words has no topics', () => {
  assert.deepEqual(articleTopics(codeText('Dar met Rubio.'), fixtureCoder().lexicon), []);
});
