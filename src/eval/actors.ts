import * as chrono from 'chrono-node';
import { resolvePhrase } from '../actors/phrase.ts';
import type { Coder } from '../coder/index.ts';
import { isKnownGroup } from '../ontology/known-groups.ts';

/** One case of shared/peers/ngec-actor-resolution/actors.jsonl. */
export interface ActorCase {
  id: string;
  method: string;
  input: string;
  context: string | null;
  date: string | null;
  expect: { country?: string; code_1?: string };
  marks: unknown[];
  collected_by_pytest: boolean;
}

export interface ActorMiss {
  id: string;
  input: string;
  date: string;
  expected: string;
  got: string;
  rules: string;
}

export interface ActorScore {
  cases: number;
  correct: number;
  accuracy: number;
  misses: ActorMiss[];
}

/**
 * NGEC's tests were written around 2022 and read a missing date as "today", i.e. then: the
 * suite's reference date, used for cases without a calendar date.
 */
export const NGEC_REFERENCE_DATE = '2022-01-01';

/**
 * Conventions that differ by name only. NGEC's PRE is a partially recognised entity
 * (Abkhazia, "breakaway state"): we code those as the parent state's GOV
 * (dictionaries/organizations.txt). HLH is our MED. CAMEO religion codes (BUD, MOS, CHR, JEW,
 * ...), which NGEC uses as sectors, are our REL.
 */
const SECTOR_ALIASES: Record<string, string> = {
  PRE: 'GOV',
  HLH: 'MED',
  ...Object.fromEntries(
    ['BUD', 'CHR', 'CTH', 'DOX', 'HIN', 'JEW', 'MOS', 'SHI', 'SUN', 'SIK', 'PRO'].map((c) => [c, 'REL']),
  ),
};
/**
 * NGEC's PRM. The issue that set the accuracy target defines it as GOV ("PLOVER's PRE and PRM
 * count as GOV"), and that is the official reading. NGEC's own cases use it for paramilitaries
 * ("paramilitary organization", CODECO), which our conventions split into state-aligned forces
 * (MIL), militias and armed groups (REB) and unaligned armed forces (UAF): the `paramilitary`
 * reading, reported beside the official figure.
 */
export type PrmReading = 'gov' | 'paramilitary';
const PRM_SECTORS: Record<PrmReading, readonly string[]> = {
  gov: ['GOV'],
  paramilitary: ['MIL', 'REB', 'UAF'],
};
/** NGEC's code for "not an actor" ("yesterday"): right when nothing is resolved, like UNK. */
const NO_ACTOR = new Set(['UNK', 'JNK']);
/** PLOVER's EUR is CAMEO's EEC; NGEC's country "IGO" stands for any intergovernmental body. */
const COUNTRY_ALIASES: Record<string, string> = { EUR: 'EEC' };
const IGO_CODES = new Set([
  'UNO',
  'NAT',
  'EEC',
  'IMF',
  'WBK',
  'ARL',
  'ASN',
  'OAU',
  'WTO',
  'OPC',
  'GOS',
  'SCE',
  'COE',
]);

function countryMatches(expected: string, got: string): boolean {
  if ((COUNTRY_ALIASES[expected] ?? expected) === got) return true;
  if (expected === 'IGO') return IGO_CODES.has(got);
  // NGEC gives an international body with no IGO status (the Red Cross and Red Crescent) no
  // country; CAMEO gives it a known-group code in the country's place (RCR).
  if (expected === '') return got !== '' && isKnownGroup(got) && !IGO_CODES.has(got);
  return false;
}

function sectorMatches(expected: string | undefined, got: string, prm: PrmReading): boolean {
  if (expected === undefined || expected === '') return true;
  if (NO_ACTOR.has(expected)) return got === '';
  if (expected === 'PRM') return PRM_SECTORS[prm].includes(got);
  return (SECTOR_ALIASES[expected] ?? expected) === got;
}

export function isScoredCase(c: ActorCase): boolean {
  return c.collected_by_pytest && c.marks.length === 0 && ('country' in c.expect || 'code_1' in c.expect);
}

function caseDate(raw: string | null): string {
  if (raw && /^\d{4}-\d{2}-\d{2}$/.test(raw)) return raw;
  if (raw && !/^today$/i.test(raw)) {
    const d = chrono.parseDate(raw);
    if (d) return d.toISOString().slice(0, 10);
  }
  return NGEC_REFERENCE_DATE;
}

/** Country and sector accuracy: both must agree with what the case expects. */
export function scoreActorCases(
  coder: Coder,
  cases: readonly ActorCase[],
  opts: { prm?: PrmReading } = {},
): ActorScore {
  const prm = opts.prm ?? 'gov';
  const misses: ActorMiss[] = [];
  let correct = 0;
  for (const c of cases) {
    const date = caseDate(c.date);
    const r = resolvePhrase(coder, c.input, { date, context: c.context ?? undefined });
    const country = r && r.country !== '---' ? r.country : '';
    const sector = r?.sector ?? '';
    const ec = c.expect.country;
    const es = c.expect.code_1;
    const countryOk = ec === undefined || countryMatches(ec, country);
    const sectorOk = sectorMatches(es, sector, prm);
    if (countryOk && sectorOk) correct++;
    else {
      misses.push({
        id: c.id,
        input: c.input,
        date,
        expected: `${ec ?? '?'}/${es ?? '?'}`,
        got: `${country || '-'}/${sector || '-'}`,
        rules: r?.rules.join(' ') ?? '',
      });
    }
  }
  return {
    cases: cases.length,
    correct,
    accuracy: Math.round((correct / Math.max(1, cases.length)) * 1000) / 1000,
    misses,
  };
}
