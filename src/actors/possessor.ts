import type { Actor, Mention } from '../model/index.ts';

/**
 * An office, body or group named right after a person's possessive takes that person's
 * country: "Assad's forces" (SYRMIL), "Obama's administration" (USAGOV), "Morsi's
 * supporters" (EGYCVL). Only agents that have no country of their own change, and not courts
 * ("put the ball in Obama's court").
 */
export function possessorCountries(mentions: Mention[]): Mention[] {
  return mentions.map((m, k) => {
    const owner = k > 0 ? mentions[k - 1] : undefined;
    if (!owner?.possessive || owner.tokenEnd !== m.tokenStart || m.kind !== 'agent') return m;
    if (owner.kind !== 'person' && owner.kind !== 'title-name') return m;
    const country = nationalCountry(owner.actors);
    if (!country || !m.actors.some((a) => a.code.startsWith('---'))) return m;
    return {
      ...m,
      actors: m.actors.map((a) =>
        a.code.startsWith('---') && a.sector && a.sector !== 'JUD'
          ? { ...a, country, code: `${country}${a.sector}`, rules: [...a.rules, 'agent-of-possessor'] }
          : a,
      ),
    };
  });
}

/** The country of a lone national actor ("SYRGOV" → SYR); none for IGOs and transnational groups. */
function nationalCountry(actors: readonly Actor[]): string | undefined {
  if (actors.length !== 1) return undefined;
  const { code, country } = actors[0];
  if (country.length !== 3 || country === '---' || country === 'IMG' || code === country) return undefined;
  return code.startsWith(country) ? country : undefined;
}
