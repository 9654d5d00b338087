import { type Doc, inCountry, type Mention, mentionWith } from '../model/index.ts';

/** Possessive pronouns of a state or body: "its forces", "their troops" ("his troops" is often a figure of speech). */
const OWNER_PRONOUNS = new Set(['its', 'their']);
/** A state's own bodies: armed forces, police, spies, officials ("their opposition", "its supporters" are no such). */
const STATE_SECTORS = new Set(['MIL', 'COP', 'SPY', 'GOV']);
/** Mentions that can own a state's bodies. */
const OWNER_KINDS = new Set<Mention['kind']>([
  'country',
  'capital',
  'seat',
  'organization',
  'agent',
  'people',
]);

/**
 * An agent named without a country after a possessive pronoun takes the country of the
 * pronoun's antecedent, the sentence's subject or else the nearest actor before it: "Iran said
 * its forces had captured …" is IRNMIL, "Damascus … its military and secret police" SYRMIL and
 * SYRSPY. `mentions` are the sentence's mentions, in order, and `m` is the `k`-th of them.
 */
export function ownedByPronoun(doc: Doc, mentions: readonly Mention[], k: number): Mention {
  const m = mentions[k];
  if (
    m.kind !== 'agent' ||
    m.actors.length === 0 ||
    !m.actors.every((a) => a.country === '---' && a.sector && STATE_SECTORS.has(a.sector))
  )
    return m;
  let i = m.tokenStart - 1;
  if (doc.tokens[i]?.lower === 'own') i--;
  const pronoun = doc.tokens[i];
  if (!pronoun || pronoun.sentence !== m.sentence || !OWNER_PRONOUNS.has(pronoun.lower)) return m;
  // the sentence's subject when it can own them ("Damascus controlled Lebanon before its
  // military … withdrew"), else the nearest actor ("Islamists ambushed …, prompting London to
  // pull all its diplomats")
  let first: Mention | undefined;
  let nearest: Mention | undefined;
  for (let j = 0; j < k; j++) {
    const x = mentions[j];
    if (x.placeOnly || x.possessive || x.tokenEnd > i) continue;
    first ??= x;
    nearest = x;
  }
  const country = (first && ownerCountry(first)) || (nearest && ownerCountry(nearest));
  if (!country) return m;
  return mentionWith(m, {
    actors: m.actors.map((a) => inCountry(a, country, 'owner-of-possessive-pronoun')),
  });
}

/** The country a mention owns bodies for: a state, a capital, an organization or an agent of one. */
function ownerCountry(x: Mention): string | undefined {
  if (!OWNER_KINDS.has(x.kind) || x.actors.length !== 1) return undefined;
  const c = x.actors[0].country;
  return c.length === 3 && c !== '---' ? c : undefined;
}
