/**
 * Prints every sentence of a slice of a JSONL corpus that has events, each followed by its
 * events and the rule that fired, so that two checkouts can be compared sentence by sentence
 * (`diff` the two outputs) and every changed event read:
 *
 *   node --import tsx scripts/dump-events.ts ../shared/corpus/allsides-2012-2018.jsonl 0 1500 > after.txt
 *
 * A line per sentence, `ID#SENTENCE<TAB>text`, then one per event, two spaces in:
 * `SOURCE CAMEO TARGET[ NEG]<TAB>file:line`. Articles the coder refuses are left out.
 */
import { readFileSync } from 'node:fs';
import { createCoder } from '../src/coder/index.ts';
import type { Event } from '../src/model/index.ts';

const [file, fromArg, toArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: dump-events.ts CORPUS.jsonl [FROM] [TO]');
  process.exit(2);
}
const from = Number(fromArg ?? 0);
const to = toArg === undefined ? Number.POSITIVE_INFINITY : Number(toArg);
const coder = createCoder();
const out: string[] = [];
const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(from, to);
for (const line of lines) {
  const a = JSON.parse(line) as { id: string; title?: string; date?: string; url?: string; text: string };
  let doc: ReturnType<typeof coder.code>;
  try {
    // the coder reads the article's date from `published`
    doc = coder.code({ id: a.id, title: a.title, published: a.date, url: a.url, text: a.text, lang: 'en' });
  } catch {
    continue;
  }
  const bySentence = new Map<number, Event[]>();
  for (const e of doc.events) bySentence.set(e.sentence, [...(bySentence.get(e.sentence) ?? []), e]);
  for (const [i, events] of [...bySentence].sort((x, y) => x[0] - y[0])) {
    const s = doc.sentences[i];
    out.push(`${a.id}#${i}\t${doc.article.text.slice(s.start, s.end).replace(/\s+/g, ' ')}`);
    for (const e of events)
      out.push(`  ${e.source} ${e.cameo} ${e.target}${e.negated ? ' NEG' : ''}\t${e.rule}`);
  }
}
console.log(out.join('\n'));
