import { lintDictionaries, loadDictionaries } from '../dict/index.ts';

export function runLint(dirs: readonly string[], write: (s: string) => void, bundled = true): number {
  const { dictionaries, problems } = loadDictionaries(dirs, { bundled });
  const all = [...problems, ...lintDictionaries(dictionaries)];
  for (const p of all) write(`${p.id}: ${p.code}: ${p.message}\n`);
  const d = dictionaries;
  write(
    `${all.length} problem${all.length === 1 ? '' : 's'} in ${d.countries.length} country phrases, ${d.agents.length} agent phrases, ` +
      `${d.people.length} people, ${d.organizations.length} organization phrases, ${d.verbs.length} verb patterns, ${d.issues.length} issue phrases\n`,
  );
  return all.length === 0 ? 0 : 1;
}
