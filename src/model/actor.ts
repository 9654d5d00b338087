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
  /** The dictionary entries (file:line) and rules that produced this resolution. */
  rules: string[];
}

/** The same actor placed in `country`, its sector kept ("---MIL" → "SYRMIL"), noting the rule that placed it. */
export function inCountry(actor: Actor, country: string, rule?: string): Actor {
  return {
    ...actor,
    code: `${country}${actor.sector ?? ''}`,
    country,
    rules: rule ? [...actor.rules, rule] : [...actor.rules],
  };
}
