// Cost of the article attributes on real news: the first 300 articles of
// ../shared/corpus/allsides-2012-2018.jsonl (read at run time, never copied) are coded by
// the pipeline without its attributes stage (analyze → actors → events), then the
// attributes are timed on the coded docs. CPU time, best of five, so the figures
// do not depend on what else the machine runs.
// Run: node --import tsx test/attributes/speed.ts [articles]
import { existsSync, readFileSync } from 'node:fs';
import { actorsStage } from '../../src/actors/index.ts';
import { articleAttributes, eventDate } from '../../src/attributes/article.ts';
import { createCoder } from '../../src/coder/index.ts';
import { eventsStage } from '../../src/events/index.ts';
import type { Doc } from '../../src/model/index.ts';
import { analyzeStage } from '../../src/nlp/index.ts';
import { createPipeline } from '../../src/pipeline/index.ts';
import { sharedPath } from '../helpers/shared.ts';

function cpu(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function best(runs: number, f: () => void): number {
  let min = Number.POSITIVE_INFINITY;
  for (let k = 0; k < runs; k++) {
    const a = cpu();
    f();
    min = Math.min(min, cpu() - a);
  }
  return min;
}

const file = sharedPath('corpus', 'allsides-2012-2018.jsonl');
if (!existsSync(file)) {
  console.log(`needs ${file}`);
  process.exit(0);
}
const n = Number(process.argv[2] ?? 300);
const articles = readFileSync(file, 'utf8')
  .split('\n')
  .slice(0, n)
  .map((line) => JSON.parse(line) as { id: string; text: string; date: string });
const coder = createCoder();
// the standard pipeline without its last stage (attributes), which is timed on its own below
const withoutAttributes = createPipeline([
  analyzeStage,
  actorsStage(coder.lexicon),
  eventsStage(coder.lexicon),
]);
let docs: Doc[] = [];
const coding = best(2, () => {
  docs = articles.map((r) =>
    withoutAttributes.run({ id: r.id, text: r.text, published: r.date, lang: 'en' }),
  );
});
const sentences = docs.reduce((s, d) => s + d.sentences.length, 0);
const found = [0, 0, 0, 0];
const attrs = best(5, () => {
  found.fill(0);
  for (const d of docs) {
    const a = articleAttributes(d, coder.lexicon);
    found[0] += a.quotes.length;
    found[1] += a.casualties.length;
    found[2] += a.topics.length;
    found[3] += a.attributions.length;
  }
});
const dates = best(5, () => {
  for (const d of docs) for (const e of d.events) eventDate(d, d.sentences[e.sentence]);
});
const us = (ms: number) => `${((ms * 1000) / sentences).toFixed(1)} µs/sentence`;
const rate = (ms: number) => `${Math.round((sentences / ms) * 1000)} sentences/s`;
console.log(`${docs.length} articles, ${sentences} sentences`);
console.log(
  `coding (analyze → actors → events): ${coding.toFixed(0)} ms CPU, ${us(coding)}, ${rate(coding)}`,
);
console.log(
  `attributes (quotes, casualties, topics, sources): ${attrs.toFixed(0)} ms CPU, ${us(attrs)}, ${rate(attrs)}`,
);
console.log(`eventDate for every event (uncached): ${dates.toFixed(0)} ms CPU, ${us(dates)}`);
console.log(
  `coding + attributes: ${us(coding + attrs)}, ${rate(coding + attrs)}; ` +
    `attributes add ${((attrs / coding) * 100).toFixed(1)}% to coding`,
);
console.log(
  `found: ${found[0]} quotes, ${found[1]} casualty counts, ${found[2]} topics, ${found[3]} sources`,
);
