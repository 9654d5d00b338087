/**
 * Classifies each missed gold event of a suite by what went wrong, to find the biggest
 * kinds of grammar errors:
 *
 *   node --import tsx scripts/miss-kinds.ts ../shared/peers/plover-gsr/gold.jsonl [--split test] [--show KIND | --show spurious:KIND]
 *
 * Kinds (first that applies): actor-not-found (a gold actor code is in no mention of the
 * text: a convention such as IGO/JAP or a dictionary gap), source-wrong / target-wrong /
 * both-wrong / reversed (an event of the gold type was coded on another dyad), dropped:REASON
 * (a pattern of the gold type fired and was dropped: no-source, no-target, negated…),
 * wrong-type (the dyad was coded with another type), no-pattern (nothing of that type).
 */
import { readFileSync } from 'node:fs';
import { createCoder } from '../src/coder/index.ts';
import { actorMatch, type GoldRecord, matchTriples, triplesOf, type View } from '../src/eval/score.ts';
import type { Event } from '../src/model/index.ts';
import { cameo as cameoInfo } from '../src/ontology/cameo.ts';

const args = process.argv.slice(2);
const file = args[0];
const split = args.includes('--split') ? args[args.indexOf('--split') + 1] : undefined;
const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : undefined;
const gold: GoldRecord[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l))
  .filter((r) => !split || r.notes?.split === split);
const cameoGold = gold.some((r) => r.events.some((e) => /^\d/.test(String(e.code ?? ''))));
const view: View = cameoGold ? 'cameo-root' : 'plover';
const typeOf = (cameo: string) => (view === 'plover' ? (cameoInfo(cameo)?.plover ?? '') : cameo.slice(0, 2));

const coder = createCoder();
const countries = new Set(
  readFileSync(new URL('../../shared/ontology/cameo_actor_codes.tsv', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => /^[A-Z]{3}\t(country|known_group)\t/.test(l))
    .map((l) => l.slice(0, 3)),
);
const counts = new Map<string, number>();
const examples = new Map<string, string[]>();
let spurious = 0;
const spuriousKinds = new Map<string, number>();
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

for (const row of gold) {
  if (!row.text) continue;
  const doc = coder.code({
    id: String(row.id),
    text: row.text,
    lang: 'en',
    ...(row.date ? { published: row.date } : {}),
  });
  const sys: Event[] = doc.events;
  const g = triplesOf(row.events ?? [], view);
  const s = triplesOf(sys, view);
  const pairs = matchTriples(g, s);
  const gm = new Set(pairs.map((p) => p[0]));
  const sm = new Set(pairs.map((p) => p[1]));
  const codes = new Set<string>();
  for (const m of doc.mentions) for (const a of m.actors) codes.add(a.code);
  const found = (c: string) =>
    !c || c.startsWith('---') || [...codes].some((x) => x.slice(0, 3) === c.slice(0, 3));
  g.forEach((t, i) => {
    if (gm.has(i)) return;
    const [gs, gt, type] = t;
    let kind: string;
    const sameType = s.filter((x) => x[2] === type);
    const dyad = s.filter((x) => actorMatch(gs, x[0]) && actorMatch(gt, x[1]));
    const country = (c: string) => c.slice(0, 3);
    const noCountry = (c: string) => !!c && !c.startsWith('---') && !countries.has(country(c));
    const cm = (gc: string, sc: string) => !gc || gc.startsWith('---') || country(gc) === country(sc);
    if (noCountry(gs) || noCountry(gt)) kind = `convention:${noCountry(gs) ? gs : gt}`;
    else if (sameType.some((x) => cm(gs, x[0]) && cm(gt, x[1]))) kind = 'sector-or-subcode-wrong';
    else if (!found(gs) || !found(gt)) kind = `actor-not-found:${!found(gs) ? 'source' : 'target'}`;
    else if (sameType.some((x) => actorMatch(gs, x[1]) && actorMatch(gt, x[0]))) kind = 'reversed';
    else if (sameType.some((x) => actorMatch(gs, x[0]))) kind = 'target-wrong';
    else if (sameType.some((x) => actorMatch(gt, x[1]))) kind = 'source-wrong';
    else if (sameType.length > 0) kind = 'both-wrong';
    else {
      const d = doc.dropped.find((x) => typeOf(x.cameo) === type && x.reason !== 'absorbed');
      if (d) kind = `dropped:${d.reason}`;
      else if (dyad.length > 0) kind = 'wrong-type';
      else kind = 'no-pattern';
    }
    bump(counts, kind);
    const list = examples.get(kind) ?? [];
    list.push(
      `${row.id} gold ${gs} ${gt} ${type} | coded ${s.map((x) => x.join(' ')).join('; ') || '-'}\n    ${(row.text ?? '').slice(0, 300)}`,
    );
    examples.set(kind, list);
  });
  s.forEach((t, i) => {
    if (sm.has(i)) return;
    spurious++;
    const sameType = g.filter((x) => x[2] === t[2]);
    if (g.length === 0) bump(spuriousKinds, 'record-expects-none');
    else if (sameType.length === 0) bump(spuriousKinds, 'type-not-in-gold');
    else bump(spuriousKinds, 'gold-type-wrong-dyad');
    const kind =
      g.length === 0
        ? 'record-expects-none'
        : sameType.length === 0
          ? 'type-not-in-gold'
          : 'gold-type-wrong-dyad';
    const list = examples.get(`spurious:${kind}`) ?? [];
    list.push(
      `${row.id} coded ${t.join(' ')} | gold ${g.map((x) => x.join(' ')).join('; ') || '-'}\n    ${(row.text ?? '').slice(0, 300)}`,
    );
    examples.set(`spurious:${kind}`, list);
  });
}
const total = [...counts.values()].reduce((a, b) => a + b, 0);
console.log(`${file} (${view}${split ? `, split ${split}` : ''}): ${total} missed gold triples`);
for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(26)} ${n}`);
console.log(`${spurious} spurious triples`);
for (const [k, n] of [...spuriousKinds].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(26)} ${n}`);
if (show) for (const e of examples.get(show) ?? []) console.log(e);
