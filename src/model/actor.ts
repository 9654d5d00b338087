import type { Sector } from '../ontology/sectors.ts';

/**
 * A resolved political actor. `code` follows CAMEO conventions: a country code plus a
 * sector (`PAKGOV`), a known-group code (`UNO`, `NAT`), or `---` plus a sector when the
 * country is unknown.
 */
export interface Actor {
  code: string;
  /** ISO 3166 alpha-3 country, or the known-group code for international actors. */
  country: string;
  sector: Sector | null;
  name?: string;
  office?: string;
  /**
   * An ethnic group or religion the actor is named by ("Iraqi Kurds", "Druze inhabitants"):
   * CAMEO's third code part (`KUR`, `DRZ`), the event's `source_group`/`target_group`.
   */
  group?: string;
  /** The dictionary entries (file:line) and rules that produced this resolution. */
  rules: string[];
}

/**
 * An actor record with every field, always in this order (undefined is left out of JSON). Actors
 * are made in many places; made here or copied with `actorWith`, they share one hidden class,
 * and the stages reading them stay optimized.
 */
export function newActor(
  code: string,
  country: string,
  sector: Sector | null,
  rules: string[],
  name?: string,
  office?: string,
  group?: string,
): Actor {
  return { code, country, sector, name, office, group, rules };
}

/** `a` with some fields changed, as a new actor of the one hidden class (see `newActor`). */
export function actorWith(a: Actor, change: Partial<Actor>): Actor {
  return Object.assign(newActor(a.code, a.country, a.sector, a.rules, a.name, a.office, a.group), change);
}

/** The same actor placed in `country`, its sector kept ("---MIL" → "SYRMIL"), noting the rule that placed it. */
export function inCountry(actor: Actor, country: string, rule?: string): Actor {
  return actorWith(actor, {
    code: `${country}${actor.sector ?? ''}`,
    country,
    rules: rule ? [...actor.rules, rule] : [...actor.rules],
  });
}
