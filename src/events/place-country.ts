import { type Actor, inCountry, type Mention } from '../model/index.ts';

/**
 * Sectors whose members act where they live: protesters, students, workers, police, the
 * opposition, a court. Governments, legislators, parties, armed forces and reporters travel
 * ("lawmakers met Netanyahu in Jerusalem"), armed groups strike across borders ("fired
 * rockets at civilian targets in Israel"), refugees and elites are often abroad.
 */
// biome-ignore format: one short list
const DOMESTIC_SECTORS = new Set(['CVL', 'LAB', 'EDU', 'AGR', 'MED', 'REL', 'BUS', 'COP', 'JUD', 'OPP']);

/**
 * The one country whose places the sentence names as places ("in Serbia", "in the capital
 * Baku", "blocked streets in Hong Kong"), or undefined when it names none or several.
 */
export function placeCountry(mentions: readonly Mention[]): string | undefined {
  let country: string | undefined;
  for (const m of mentions) {
    if (!m.placeOnly) continue;
    for (const a of m.actors) {
      if (a.country.length !== 3 || a.country === '---') continue;
      if (country && country !== a.country) return undefined;
      country = a.country;
    }
  }
  return country;
}

/**
 * A domestic actor named without a country ("protesters", "police", "opposition leaders")
 * takes the country of the place the sentence sets its act in: "ethnic Albanians
 * demonstrated in Serbia" are SRBCVL.
 */
export function homed(actor: Actor, country: string | undefined): Actor {
  if (!country || !actor.code.startsWith('---') || !actor.sector || !DOMESTIC_SECTORS.has(actor.sector))
    return actor;
  return inCountry(actor, country, 'country-of-place');
}
