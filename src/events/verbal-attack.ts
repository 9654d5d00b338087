// Whether an "attack" is words or force, from who attacks whom.
import type { Doc, Mention } from '../model/index.ts';
import type { PatternMatch } from './patterns.ts';

/** Mentions of one named individual (or a person's campaign). */
const INDIVIDUAL_KINDS = new Set<Mention['kind']>(['person', 'title-name']);

/** Sectors that attack people with force: armed forces and groups, police, spies, criminals. */
const ARMED_SECTORS = new Set(['MIL', 'REB', 'UAF', 'CRM', 'COP', 'SPY']);

/**
 * "Attacking" a named person is criticism, not force, unless armed people do it: "the Obama
 * campaign attacked Romney", "an ad campaign attacking Obama", "Republicans attacked Holder"
 * (111); so is an attack or assault between the unarmed public institutions of one country.
 * A country, force or group attacking anything else, or civilians, stays 190.
 */
export function verbalAttack(doc: Doc, m: PatternMatch, source: Mention, target: Mention): boolean {
  if (m.pattern.code !== '190' || !ATTACK_WORDS.has(doc.tokens[m.anchor].lemma)) return false;
  if (!source.actors.every((a) => !a.sector || !ARMED_SECTORS.has(a.sector))) return false;
  if (INDIVIDUAL_KINDS.has(target.kind)) return doc.tokens[m.anchor].lemma === 'attack';
  // "Obama's attacks on the Catholic Church", "Republicans attacked the administration": one
  // country's politicians, parties, press and institutions attacking one another use words
  return source.actors.every((a) =>
    target.actors.every(
      (b) =>
        a.country === b.country &&
        POLITICAL_SECTORS.has(a.sector ?? '') &&
        POLITICAL_SECTORS.has(b.sector ?? ''),
    ),
  );
}
const ATTACK_WORDS = new Set(['attack', 'assault']);
/** Unarmed sectors of public life: their attacks on one another at home are words. */
const POLITICAL_SECTORS = new Set([
  'GOV',
  'LEG',
  'OPP',
  'PTY',
  'ELI',
  'JRN',
  'NGO',
  'EDU',
  'REL',
  'LAB',
  'BUS',
  'MED',
  'JUD',
]);
