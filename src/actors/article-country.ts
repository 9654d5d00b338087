import { type Actor, inCountry, type Mention } from '../model/index.ts';

/** Sectors of the institutions a story names without a country: "the Senate", "the government". */
const HOME_SECTORS = new Set(['GOV', 'LEG', 'JUD']);
/** How much of the article's national actors one country must hold to be its home. */
const MIN_SHARE = 0.75;
const MIN_MENTIONS = 5;

/**
 * With no dateline to say where a story is set, the country that holds three quarters of its
 * national actors (and five mentions) is its home, and a government, legislature or court
 * named without a country is that country's: "the Senate" in a story about Obama and Romney
 * is USALEG.
 */
export function articleCountries(mentions: Mention[]): Mention[] {
  const home = articleCountry(mentions);
  if (!home) return mentions;
  return mentions.map((m) => {
    if (m.kind !== 'agent' || !m.actors.some(homeless)) return m;
    return {
      ...m,
      actors: m.actors.map((a) => (homeless(a) ? inCountry(a, home, 'article-country') : a)),
    };
  });
}

function homeless(a: Actor): boolean {
  return a.code.startsWith('---') && a.sector !== null && HOME_SECTORS.has(a.sector);
}

/** The country most of the article's national actors belong to, when one clearly leads. */
function articleCountry(mentions: readonly Mention[]): string | undefined {
  const counts = new Map<string, number>();
  let total = 0;
  for (const m of mentions) {
    if (m.placeOnly) continue;
    for (const a of m.actors) {
      if (a.country.length !== 3 || a.country === '---' || a.code === a.country) continue;
      counts.set(a.country, (counts.get(a.country) ?? 0) + 1);
      total++;
    }
  }
  let best: string | undefined;
  let most = 0;
  for (const [c, n] of counts) if (n > most) [best, most] = [c, n];
  return best && most >= MIN_MENTIONS && most / total >= MIN_SHARE ? best : undefined;
}
