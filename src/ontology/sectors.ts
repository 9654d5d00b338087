// Actor sectors: the three letters after the country code (PAKGOV, USAMIL).
// PLOVER/CAMEO meanings as the project uses them (shared/ANNOTATION.md). Note MED is health
// (PLOVER), not media: media is JRN.

export type Sector =
  | 'GOV'
  | 'MIL'
  | 'COP'
  | 'JUD'
  | 'LEG'
  | 'SPY'
  | 'OPP'
  | 'PTY'
  | 'REB'
  | 'CVL'
  | 'BUS'
  | 'JRN'
  | 'MED'
  | 'EDU'
  | 'REL'
  | 'REF'
  | 'LAB'
  | 'AGR'
  | 'ELI'
  | 'NGO'
  | 'IGO'
  | 'CRM'
  | 'UAF';

export const SECTORS: Record<Sector, string> = {
  // --- State ---
  GOV: 'Government: heads of state and government, ministers, ministries (incl. defence), embassies',
  MIL: 'Military: armed forces, troops, state military units',
  COP: 'Police and other law-enforcement or protective agencies',
  JUD: 'Judiciary: judges, courts, prosecutors',
  LEG: 'Legislature: parliaments, assemblies, lawmakers, committees',
  SPY: 'State intelligence services and their agents',
  // --- Political opposition and armed groups ---
  OPP: 'Political opposition: opposition parties, figures and anti-government activists',
  PTY: 'Political parties (legal, unarmed, fielding candidates)',
  REB: 'Rebels: insurgents, armed opposition and militant groups',
  UAF: 'Unidentified or unaligned armed forces ("unknown gunmen")',
  CRM: 'Criminals and criminal gangs',
  // --- Society ---
  CVL: 'Civilians, protesters and other unaffiliated people',
  BUS: 'Business: companies, executives, business groups',
  JRN: 'Media: journalists, newspapers, broadcasters, news sites',
  MED: 'Health: doctors, hospitals, health agencies',
  EDU: 'Education: schools, universities, teachers, students',
  REL: 'Religious leaders, organizations and institutions',
  REF: 'Refugees and displaced people',
  LAB: 'Organized labour: unions and workers acting as such',
  AGR: 'Agriculture: farmers, peasants, herders and their organizations',
  ELI: 'Elites without office: former officials, private envoys, notable individuals',
  // --- Organizations ---
  NGO: 'Non-governmental organizations',
  IGO: 'Intergovernmental organizations or their national offices',
};

/** The state's own institutions: government, armed forces, police, courts, legislature, intelligence. */
export const STATE_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);

/**
 * Sectors of people who live and act at home: civilians and protesters, workers, students,
 * farmers, health and religious workers, business, police, the opposition. Governments,
 * legislators, parties, armed forces and reporters travel; armed groups strike across borders;
 * refugees and elites are often abroad.
 */
export const HOME_PEOPLE: ReadonlySet<string> = new Set([
  'CVL',
  'LAB',
  'EDU',
  'AGR',
  'MED',
  'REL',
  'BUS',
  'COP',
  'OPP',
]);

export function isSector(s: string): s is Sector {
  return Object.hasOwn(SECTORS, s);
}
