import type { Coder } from '../coder/index.ts';
import type { Doc } from '../model/index.ts';
import { articlesFrom, readInput } from './input.ts';

/** Per sentence: tokens, mentions and how each actor was resolved, events and their rules, dropped candidates and why. */
export function explainDoc(doc: Doc, only?: number): string {
  const text = doc.article.text;
  const out: string[] = [];
  if (doc.dateline)
    out.push(
      `dateline: "${text.slice(doc.dateline.start, doc.dateline.end).trim()}" place=${doc.dateline.place ?? '-'} date=${doc.dateline.date ?? '-'}`,
    );
  for (const s of doc.sentences) {
    if (only !== undefined && s.index !== only) continue;
    out.push('', `[${s.index}] ${text.slice(s.start, s.end)}${s.skip ? `   (skipped: ${s.skip})` : ''}`);
    const toks = doc.tokens
      .slice(s.tokenStart, s.tokenEnd)
      .map((t) => `${t.text}/${t.pos}${t.lemma !== t.lower ? `/${t.lemma}` : ''}`);
    out.push(`  tokens: ${toks.join(' ')}`);
    for (const m of doc.mentions.filter((x) => x.sentence === s.index)) {
      const flags = [
        m.possessive ? 'possessive' : '',
        m.placeOnly ? 'place' : '',
        m.coordinated ? 'coordinated' : '',
      ]
        .filter(Boolean)
        .join(',');
      out.push(
        `  mention "${text.slice(m.start, m.end)}" ${m.kind}${flags ? ` (${flags})` : ''} @${m.start}-${m.end}`,
      );
      for (const a of m.actors)
        out.push(
          `      → ${a.code}${a.name ? ` ${a.name}` : ''}${a.office ? ` [${a.office}]` : ''}${a.group ? ` group=${a.group}` : ''}  rules: ${a.rules.join(' ')}`,
        );
    }
    for (const e of doc.events.filter((x) => x.sentence === s.index)) {
      out.push(
        `  EVENT ${e.source}${e.source_group ? `(${e.source_group})` : ''} → ${e.target}${e.target_group ? `(${e.target_group})` : ''}  ${e.cameo} ${e.plover ?? '-'}${e.symmetric ? ' (symmetric)' : ''}${e.mode ? ` mode=${e.mode}` : ''}  conf=${e.confidence} date=${e.date ?? '-'}`,
      );
      out.push(`      verb pattern: ${e.rule}  "${e.evidence[0]?.text}"`);
      out.push(`      source: ${e.source_rule}`);
      out.push(`      target: ${e.target_rule}`);
    }
    for (const d of doc.dropped.filter((x) => x.sentence === s.index)) {
      const ev = d.evidence[0];
      out.push(`  dropped ${d.cameo} (${d.rule}) "${ev ? text.slice(ev.start, ev.end) : ''}": ${d.reason}`);
    }
  }
  return `${out.join('\n')}\n`;
}

export function runExplain(
  coder: Coder,
  file: string,
  opts: { date?: string; sentence?: number },
  write: (s: string) => void,
): number {
  for (const article of articlesFrom(file, readInput(file), opts))
    write(explainDoc(coder.code(article), opts.sentence));
  return 0;
}
