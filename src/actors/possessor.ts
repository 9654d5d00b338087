import {
  type Actor,
  actorWith,
  type Doc,
  inCountry,
  type Mention,
  mentionWith,
  type Token,
} from '../model/index.ts';
import { countrylessOf } from './article-country.ts';

/**
 * An office, body or group named right after a person's possessive, or after the bare name,
 * takes that person's country: "Assad's forces" and "Assad forces" (SYRMIL), "Obama's
 * administration" (USAGOV), "Morsi's supporters" (EGYCVL). Only agents that have no country
 * of their own change, and not courts ("put the ball in Obama's court").
 */
export function possessorCountries(mentions: Mention[]): Mention[] {
  return mentions.map((m, k) => {
    const owner = k > 0 ? mentions[k - 1] : undefined;
    if (!owner || owner.tokenEnd !== m.tokenStart || m.kind !== 'agent') return m;
    // "Assad's forces", and a bare name as a modifier: "Assad forces", "Trump supporters"
    if (!(owner.kind === 'person' || (owner.possessive && owner.kind === 'title-name'))) return m;
    const country = nationalCountry(owner.actors);
    if (!country || !m.actors.some((a) => a.code.startsWith('---'))) return m;
    return mentionWith(m, {
      actors: m.actors.map((a) =>
        a.code.startsWith('---') && a.sector && a.sector !== 'JUD'
          ? inCountry(a, country, 'agent-of-possessor')
          : a,
      ),
    });
  });
}

/**
 * A government named by the person who leads it takes that person's country, as "Assad's
 * regime" does: "the government of President Bashar al-Assad" (SYRGOV), "the regime of Saddam
 * Hussein" (IRQGOV). Only a government without a country of its own, and "of" right before
 * the person's mention.
 */
export function governmentsOfPeople(tokens: readonly Token[], mentions: Mention[]): Mention[] {
  return mentions.map((m, k) => {
    const person = mentions[k + 1];
    if (
      !person ||
      m.kind !== 'agent' ||
      person.tokenStart !== m.tokenEnd + 1 ||
      tokens[m.tokenEnd].lower !== 'of' ||
      (person.kind !== 'person' && person.kind !== 'title-name') ||
      !m.actors.some((a) => countrylessOf(a, 'GOV'))
    )
      return m;
    const country = nationalCountry(person.actors);
    if (!country) return m;
    return mentionWith(m, {
      actors: m.actors.map((a) =>
        countrylessOf(a, 'GOV') ? inCountry(a, country, 'government-of-person') : a,
      ),
    });
  });
}

/** The country of a lone national actor ("SYRGOV" → SYR); none for IGOs and transnational groups. */
function nationalCountry(actors: readonly Actor[]): string | undefined {
  if (actors.length !== 1) return undefined;
  const { code, country } = actors[0];
  if (country.length !== 3 || country === '---' || country === 'IMG' || code === country) return undefined;
  return code.startsWith(country) ? country : undefined;
}

/** Nouns for a candidate's campaign organization, and the words that may come before them. */
const CAMPAIGN_HEADS = new Set(['campaign', 'camp', 'team']);
const CAMPAIGN_MODIFIERS = new Set([
  're-election',
  'reelection',
  'presidential',
  'election',
  'political',
  'senate',
]);

/**
 * A person's campaign speaks for the person, as aides do: "the Obama campaign", "Romney's
 * campaign", "Mr. Obama's re-election team" become one mention with the person's actor.
 */
export function campaignsOfPeople(doc: Doc, mentions: Mention[], to: number): Mention[] {
  return mentions.map((m, k) => {
    if (m.kind !== 'person' || m.actors.length !== 1) return m;
    let i = m.tokenEnd;
    while (i < to && i - m.tokenEnd < 2 && CAMPAIGN_MODIFIERS.has(doc.tokens[i].lower)) i++;
    if (i >= to || !CAMPAIGN_HEADS.has(doc.tokens[i].lower)) return m;
    const next = mentions[k + 1];
    if (next && next.tokenStart <= i) return m;
    const end = doc.tokens[i];
    return mentionWith(m, {
      end: end.end,
      tokenEnd: i + 1,
      possessive: false,
      actors: [actorWith(m.actors[0], { rules: [...m.actors[0].rules, 'campaign-of-person'] })],
    });
  });
}
