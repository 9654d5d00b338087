import { isCameoCode } from '../ontology/cameo.ts';
import { isKnownGroup, UN_AGENCIES } from '../ontology/known-groups.ts';
import { isSector } from '../ontology/sectors.ts';
import type { Dictionaries } from './entries.ts';
import type { Problem } from './lines.ts';

/** Codes that are neither a country nor a known group but are valid actor prefixes. */
const EXTRA_PREFIXES = new Set(['IMG', 'IGO', 'NGO', '---']);

function overlaps(a: { from?: string; to?: string }, b: { from?: string; to?: string }): boolean {
  return (a.from ?? '0000') <= (b.to ?? '9999') && (b.from ?? '0000') <= (a.to ?? '9999');
}

/**
 * Checks loaded dictionaries: unknown CAMEO, country and sector codes; duplicate phrases;
 * verb patterns shadowed by an identical earlier one; people sharing an alias over
 * overlapping dates unless both are marked `ambiguous`.
 */
export function lintDictionaries(d: Dictionaries): Problem[] {
  const problems: Problem[] = [];
  const countries = new Set(d.countries.map((c) => c.code));
  const validActor = (code: string): string | undefined => {
    const prefix = code.slice(0, 3);
    if (
      !countries.has(prefix) &&
      !isKnownGroup(prefix) &&
      !(prefix in UN_AGENCIES) &&
      !EXTRA_PREFIXES.has(prefix)
    )
      return `unknown country or group code ${prefix} in ${code}`;
    if (code.length === 6 && !isSector(code.slice(3))) return `unknown sector ${code.slice(3)} in ${code}`;
    if (code.length !== 3 && code.length !== 6) return `actor code ${code} should be 3 or 6 letters`;
    return undefined;
  };

  const seen = new Map<string, string>();
  const dup = (key: string, id: string, what: string) => {
    const first = seen.get(key);
    if (first && first !== id)
      problems.push({ id, code: 'duplicate', message: `${what} already at ${first}` });
    else if (!first) seen.set(key, id);
  };
  for (const c of d.countries)
    dup(
      `country|${c.kind}|${c.phrase.toLowerCase()}|${c.code}`,
      c.id,
      `"${c.phrase}" (${c.kind} of ${c.code})`,
    );
  for (const a of d.agents) dup(`agent|${a.phrase.toLowerCase()}`, a.id, `agent "${a.phrase}"`);
  for (const o of d.organizations) {
    const bad = validActor(o.code);
    if (bad) problems.push({ id: o.id, code: 'unknown-code', message: bad });
    dup(`org|${o.phrase.toLowerCase()}|${o.from ?? ''}|${o.to ?? ''}`, o.id, `organization "${o.phrase}"`);
  }
  for (const p of d.people) {
    for (const o of p.offices) {
      const bad = validActor(o.code);
      if (bad) problems.push({ id: o.id, code: 'unknown-code', message: bad });
    }
  }
  for (const v of d.verbs) {
    if (v.code !== '---' && !isCameoCode(v.code))
      problems.push({ id: v.id, code: 'unknown-code', message: `unknown CAMEO code ${v.code}` });
    // a noun-only or passive-only line lets the same words on a later line fire otherwise
    const key = `verb|${JSON.stringify(v.words)}|${v.noun ? 'noun' : ''}${v.verb ? 'verb' : ''}|${v.passive ? 'passive' : ''}`;
    const first = seen.get(key);
    if (first)
      problems.push({
        id: v.id,
        code: 'unreachable',
        message: `pattern "${v.source}" already at ${first}; this line never fires`,
      });
    else seen.set(key, v.id);
  }
  problems.push(...aliasOverlaps(d));
  // a line with several phrases reports a problem once
  const unique = new Map<string, Problem>();
  for (const p of problems) unique.set(`${p.id}|${p.code}|${p.message}`, p);
  return [...unique.values()];
}

/** People who share an alias while both hold office, unless both are marked ambiguous. */
export function aliasOverlaps(d: Dictionaries): Problem[] {
  const problems: Problem[] = [];
  const byAlias = new Map<string, typeof d.people>();
  for (const p of d.people) {
    for (const n of new Set(p.names.map((x) => x.toLowerCase()))) {
      const list = byAlias.get(n);
      if (list) list.push(p);
      else byAlias.set(n, [p]);
    }
  }
  for (const [alias, list] of byAlias) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (a === b || (a.ambiguous && b.ambiguous)) continue;
        const clash =
          a.offices.some((x) => b.offices.some((y) => overlaps(x, y))) ||
          a.offices.length === 0 ||
          b.offices.length === 0;
        if (clash)
          problems.push({
            id: b.id,
            code: 'alias-overlap',
            message: `alias "${alias}" also names ${a.name} (${a.id}) over overlapping dates; mark both "; ambiguous" or drop the alias`,
          });
      }
    }
  }
  return problems;
}
