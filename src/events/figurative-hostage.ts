// "Republican lawmakers were trying to hold Americans hostage": a politician's hostages are a figure.
import type { Doc, Mention } from '../model/index.ts';
import type { PatternMatch } from './patterns.ts';
import { ARMED_SECTORS, politiciansAtHome } from './verbal-attack.ts';

/**
 * Whether a 181 "hold/take … hostage" is said of one country's government, lawmakers, parties or
 * politicians holding their own public or institutions hostage ("holding the American people
 * hostage" to a budget demand): obstruction described as a kidnapping, no abduction at all.
 * Gunmen, or a government holding foreigners, take real hostages.
 */
export function figurativeHostage(doc: Doc, m: PatternMatch, source: Mention, target: Mention): boolean {
  if (m.pattern.code !== '181' || !namesHostages(doc, m)) return false;
  return politiciansAtHome(source, target, (b) => !ARMED_SECTORS.has(b.sector ?? ''));
}

function namesHostages(doc: Doc, m: PatternMatch): boolean {
  return m.positions.some((p) => HOSTAGE.has(doc.tokens[p].lower));
}
const HOSTAGE = new Set(['hostage', 'hostages']);
