import type { Mention } from '../model/index.ts';

/**
 * "Iranian Revolutionary Guards", "U.S. Customs and Border Protection": a country or demonym
 * right before an organization of that same country is part of its name, not an actor of its
 * own (which would stand as a second party, IRNGOV beside IRNMIL). `mentions` are one
 * sentence's, in token order; the joined mention keeps the organization's actors.
 */
export function joinNationalOrganizations(mentions: Mention[]): Mention[] {
  let out: Mention[] | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const a = mentions[k];
    const b = mentions[k + 1];
    if (
      b &&
      a.kind === 'country' &&
      !a.possessive &&
      b.kind === 'organization' &&
      a.tokenEnd === b.tokenStart &&
      a.actors.length === 1 &&
      b.actors.length > 0 &&
      b.actors.every((x) => x.country === a.actors[0].country)
    ) {
      out ??= mentions.slice(0, k);
      out.push({ ...b, start: a.start, tokenStart: a.tokenStart });
      k++;
      continue;
    }
    out?.push(a);
  }
  return out ?? mentions;
}
