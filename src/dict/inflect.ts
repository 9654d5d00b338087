/**
 * Regular inflections of an English base form, so a verb pattern matches "staged" even
 * when the lemmatizer returns "stag". Irregular forms ("held") still come from the lemma.
 */
export function inflections(base: string): string[] {
  const w = base.toLowerCase();
  if (!/^[a-z]+$/.test(w) || w.length < 3) return [w];
  const out = new Set<string>([w, `${w}s`, `${w}es`, `${w}ed`, `${w}d`, `${w}ing`]);
  if (w.endsWith('e')) out.add(`${w.slice(0, -1)}ing`);
  if (/[^aeiou]y$/.test(w)) {
    out.add(`${w.slice(0, -1)}ies`);
    out.add(`${w.slice(0, -1)}ied`);
  }
  // ban → banned, banning; stop → stopped (a short consonant–vowel–consonant stem)
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(w)) {
    const last = w.at(-1);
    out.add(`${w}${last}ed`);
    out.add(`${w}${last}ing`);
  }
  // plurals of nouns ending in -s, -x, -ch, -sh
  if (/(s|x|ch|sh)$/.test(w)) out.add(`${w}es`);
  return [...out];
}
