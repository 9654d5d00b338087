/**
 * Generates dictionaries/countries.gen.txt from the npm packages `world-countries`
 * (ODbL-1.0) and `i18n-iso-countries` (MIT, English names).
 *
 *   node --import tsx scripts/gen-countries.ts
 *
 * The output follows the countries syntax of docs/dictionaries.md:
 *   CODE  KIND  PHRASE | PHRASE
 * with KIND one of name, demonym, people, capital. Curated forms, seats of government and
 * overrides live in dictionaries/countries.txt, which is read after this file.
 *
 * Rules applied here (each one is reported in the generated header):
 * - code = ISO 3166 alpha-3 (`cca3`); Kosovo (`UNK` in world-countries) becomes XKX.
 * - names: common and official name, the English names of i18n-iso-countries, and those
 *   alternative spellings of world-countries that are English (every word is an English
 *   form-of-government word or occurs in the country's own English names), plus a short
 *   allow-list of well-known English alternatives (Holland, Burma, ...). Parenthesised parts
 *   are dropped, inverted forms with a comma ("Korea, Republic of") are skipped, a leading
 *   "The" is dropped.
 * - demonym: the English demonym (masculine and feminine forms, "A, B" and "A or B" split).
 * - people: the plural noun for citizens, when it differs from the demonym.
 * - capital: the capitals listed by world-countries.
 * - a phrase with diacritics also gets its plain-ASCII spelling (Bogotá -> Bogota).
 * - a phrase that would map to two countries goes to the sovereign one when exactly one of
 *   them is sovereign (Indian: India, not the British Indian Ocean Territory); otherwise it is
 *   left out and listed in the header.
 * - a phrase listed twice for one country keeps its first kind (name > demonym > people >
 *   capital): "Djibouti" is a name, not also a capital and a demonym.
 * - phrases that are common English words or mostly name other things are skipped (SKIP).
 * - territories with no permanent population and no government of their own (NO_GOVERNMENT:
 *   Antarctica, Bouvet Island, ...) are left out: nobody acts for them, so they are never
 *   actors, and CAMEO gives them no code.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  independent: boolean | null;
  capital: string[];
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
}

type Kind = 'name' | 'demonym' | 'people' | 'capital';
const KIND_ORDER: Kind[] = ['name', 'demonym', 'people', 'capital'];

const countries: WorldCountry[] = require('world-countries/countries.json');
const enNames: Record<string, string | string[]> = require('i18n-iso-countries/langs/en.json').countries;
const wcVersion: string = require('world-countries/package.json').version;
const i18nVersion: string = require('i18n-iso-countries/package.json').version;

/** Codes that differ from the package's cca3. */
const CODE_OVERRIDE: Record<string, string> = { UNK: 'XKX' };

/** Entities treated as sovereign when two countries claim one phrase (besides `independent`). */
const SOVEREIGN_EXTRA = new Set(['XKX', 'TWN', 'PSE']);

/** Words allowed in an English alternative spelling besides the country's own name words. */
const ENGLISH_WORDS = new Set(
  (
    'of the and republic kingdom state states commonwealth federation federal federative principality ' +
    'grand duchy union united territory territories islands sultanate emirates confederation federated ' +
    'democratic islamic socialist plurinational bolivarian hashemite independent sovereign co-operative ' +
    'collectivity department bailiwick nation arab oriental hellenic special administrative region ' +
    "north south east west new saint st. holy see city people’s people's most serene"
  ).split(' '),
);

/** Well-known English alternative names carried by the packages that the word test misses. */
const ALT_ALLOW = new Set([
  'Holland',
  'Burma',
  'Swaziland',
  'East Timor',
  'Chinese Taipei',
  'Viet Nam',
  'DRC',
  'DPRK',
  'Congo-Kinshasa',
  'Congo-Brazzaville',
]);

/** Territories without permanent population or a government of their own: places, never actors. */
const NO_GOVERNMENT: Record<string, string> = {
  ATA: 'Antarctica, governed by no state (Antarctic Treaty)',
  ATF: 'French Southern and Antarctic Lands, research stations only',
  BVT: 'Bouvet Island, uninhabited',
  HMD: 'Heard Island and McDonald Islands, uninhabited',
  SGS: 'South Georgia and the South Sandwich Islands, research stations only',
  UMI: 'United States Minor Outlying Islands, no permanent population',
};

/** Names left out (kinds name and capital only), with the reason printed in the header. */
const SKIP: Record<string, string> = {
  Island: 'common English word (an alternative spelling of Iceland)',
  Timor: 'the island is shared by Timor-Leste and Indonesia',
  Lao: 'ethnic group and language; "Laos" is the country',
  Saudi: 'a demonym, not a name; countries.txt lists it as a demonym',
  Thai: 'the demonym, not a name',
  Togolese: 'the demonym, not a name',
  Emirates: 'alone usually the airline; countries.txt lists "the Emirates"',
  Jersey: 'collides with New Jersey; "Bailiwick of Jersey" is kept',
  'Virgin Islands': 'names both the British and the US Virgin Islands',
  Guiana: 'the region spans Guyana, Suriname and French Guiana',
  Victoria: 'a personal name, an Australian state and many cities',
  'City of Victoria': 'not used for Hong Kong in news',
  Hamilton: 'a surname and many cities (capital of Bermuda)',
  Douglas: 'a personal name (capital of the Isle of Man)',
  Stanley: 'a personal name (capital of the Falkland Islands)',
  Jamestown: 'mostly the US colony (capital of Saint Helena)',
  Plymouth: 'mostly the English/US towns (capital of Montserrat)',
  'Saint-Denis': 'mostly the Paris suburb (capital of Réunion)',
  'The Valley': 'common phrase (capital of Anguilla)',
  'The Bottom': 'common phrase (capital of Saba)',
  'West Island': 'common phrase (capital of the Cocos Islands)',
  'the Abode of Peace': 'a motto-like part of the official name of Brunei',
  Georgetown: 'mostly the Washington neighbourhood and university (capital of Guyana)',
  'George Town': 'also the capital of Penang, Malaysia (capital of the Cayman Islands)',
  "Saint John's": 'also St. John’s, Newfoundland (capital of Antigua and Barbuda)',
  Malé: 'without its accent it is the English word "male" (capital of the Maldives)',
  Sofia: 'a common first name (capital of Bulgaria)',
  Moroni: 'also the angel of the Book of Mormon (capital of the Comoros)',
};

/** Irregular plurals of demonyms (the people kind); null = no distinct plural noun. */
const PLURAL: Record<string, string | null> = {
  British: 'Britons',
  Irish: null,
  Spanish: 'Spaniards',
  Danish: 'Danes',
  Polish: 'Poles',
  Swedish: 'Swedes',
  Finnish: 'Finns',
  Turkish: 'Turks',
  French: null,
  Dutch: null,
  Swiss: null,
  Manx: null,
  Malagasy: null,
  Seychellois: null,
  Burkinabe: null,
  Vatican: null,
  'I-Kiribati': null,
  'Ni-Vanuatu': null,
  Greenlandic: 'Greenlanders',
  Ålandish: 'Ålanders',
  Motswana: 'Batswana',
  Mosotho: 'Basotho',
  'Guinea-Bissauan': 'Bissau-Guineans',
  Djibouti: 'Djiboutians',
  Gibraltar: 'Gibraltarians',
  Luxembourger: 'Luxembourgers',
  Kirghiz: null,
};

function plural(demonym: string): string | null {
  if (demonym in PLURAL) return PLURAL[demonym];
  if (/(ese|ois|ais)$/.test(demonym)) return null; // Chinese, Seychellois, Saint-Pierrais
  if (/(sh|ch)$/.test(demonym) && !/Czech$/.test(demonym)) return null;
  return `${demonym}s`;
}

const deaccent = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '');
const tokensOf = (s: string): string[] =>
  deaccent(s)
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);

/** Cleans a package name: drops parentheses and a leading "The"; null if unusable. */
function clean(raw: string): string | null {
  let s = raw.replace(/\s*\([^)]*\)/g, '').trim();
  if (s.includes(',')) return null; // inverted forms: "Korea, Republic of"
  s = s.replace(/^The\s+/, '').replace(/\s+/g, ' ');
  return s.length > 0 ? s : null;
}

/** Is an alternative spelling an English name of the country? */
function isEnglishAlt(alt: string, ownWords: Set<string>, cca2: string, ownNames: string[]): boolean {
  if (ALT_ALLOW.has(alt)) return true;
  if (alt === cca2) return false;
  // A transliteration with diacritics the English names do not use ("Pākistān").
  if (deaccent(alt) !== alt && !ownNames.some((n) => n.includes(alt))) return false;
  if (!/^[\p{Script=Latin}\s'’.-]+$/u.test(alt)) return false;
  return tokensOf(alt).every((t) => ENGLISH_WORDS.has(t) || ownWords.has(t));
}

/** "Republic of Cabo Verde" -> "Cabo Verde", when the rest is a different name. */
function coreOfOfficial(official: string): string | null {
  const m = /^(?:[\p{L}'’-]+\s+)*?(?:of|of the)\s+(.+)$/u.exec(official);
  if (!m) return null;
  const head = official.slice(0, official.length - m[1].length);
  if (!tokensOf(head).every((t) => ENGLISH_WORDS.has(t))) return null;
  const core = m[1].replace(/^the\s+/i, '');
  if (tokensOf(core).some((t) => ENGLISH_WORDS.has(t) && t !== 'and' && t !== 'saint')) return null;
  return core;
}

interface Country {
  code: string;
  common: string;
  sovereign: boolean;
  phrases: Record<Kind, string[]>;
  /** Short forms cut from the official name ("Cabo Verde"): they yield to any direct name. */
  cores: Set<string>;
}

const built: Country[] = [];
for (const c of countries) {
  const code = CODE_OVERRIDE[c.cca3] ?? c.cca3;
  if (code in NO_GOVERNMENT) continue;
  const en = enNames[c.cca2];
  const enList = en === undefined ? [] : Array.isArray(en) ? en : [en];
  const ownWords = new Set([c.name.common, c.name.official, ...enList].flatMap(tokensOf));
  const names: string[] = [c.name.common, c.name.official, ...enList];
  const core = coreOfOfficial(c.name.official);
  const cores = new Set<string>();
  if (core && !names.includes(core)) {
    names.push(core);
    cores.add(core);
  }
  const ownNames = [c.name.common, c.name.official, ...enList];
  for (const alt of c.altSpellings) if (isEnglishAlt(alt, ownWords, c.cca2, ownNames)) names.push(alt);

  const dem: string[] = [];
  const eng = c.demonyms?.eng;
  if (eng) for (const d of [eng.m, eng.f]) dem.push(...d.split(/,\s*|\s+or\s+/).filter(Boolean));
  const people = dem.map(plural).filter((p): p is string => p !== null);

  built.push({
    code,
    common: c.name.common,
    sovereign: c.independent === true || SOVEREIGN_EXTRA.has(code),
    phrases: { name: names, demonym: dem, people, capital: [...c.capital] },
    cores,
  });
}

// Clean, add ASCII spellings, drop SKIP, and de-duplicate within each country.
interface Item {
  country: Country;
  kind: Kind;
  phrase: string;
  derived: boolean;
}
const skipped = new Set<string>();
const items: Item[] = [];
for (const country of built) {
  const seen = new Set<string>();
  for (const kind of KIND_ORDER) {
    for (const raw of country.phrases[kind]) {
      if ((kind === 'name' || kind === 'capital') && raw in SKIP) {
        skipped.add(`${country.code} ${kind} "${raw}": ${SKIP[raw]}`);
        continue;
      }
      const base = clean(raw);
      if (!base) continue;
      const variants = deaccent(base) === base ? [base] : [base, deaccent(base)];
      for (const phrase of variants) {
        if ((kind === 'name' || kind === 'capital') && base in SKIP) {
          skipped.add(`${country.code} ${kind} "${base}": ${SKIP[base]}`);
          continue;
        }
        const key = phrase.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        items.push({ country, kind, phrase, derived: country.cores.has(raw) });
      }
    }
  }
}

// Resolve phrases claimed by two or more countries.
const byPhrase = new Map<string, Item[]>();
for (const it of items) {
  const key = it.phrase.toLowerCase();
  const list = byPhrase.get(key) ?? [];
  list.push(it);
  byPhrase.set(key, list);
}
const dropped = new Set<Item>();
const ambiguous: string[] = [];
for (const list of byPhrase.values()) {
  if (list.length < 2) continue;
  const codes = [...new Set(list.map((i) => i.country.code))];
  if (codes.length < 2) continue;
  const direct = list.filter((i) => !i.derived);
  if (direct.length > 0 && direct.length < list.length) {
    // A short form cut from an official name never wins over another country's own name.
    for (const it of list) if (it.derived) dropped.add(it);
    if (new Set(direct.map((i) => i.country.code)).size === 1) {
      const lost = list.filter((i) => i.derived).map((i) => i.country.code);
      ambiguous.push(
        `"${list[0].phrase}" (also cut from the official name of ${lost.join(', ')}): kept for ${direct[0].country.code}`,
      );
      continue;
    }
  }
  const pool = direct.length > 0 ? direct : list;
  const sovereign = pool.filter((i) => i.country.sovereign);
  const keep = new Set(sovereign.map((i) => i.country.code)).size === 1 ? sovereign[0] : null;
  for (const it of pool) if (it !== keep) dropped.add(it);
  const who = pool.map((i) => `${i.country.code} ${i.kind}`).join(', ');
  ambiguous.push(
    keep
      ? `"${list[0].phrase}" (${who}): kept for ${keep.country.code}, the sovereign state`
      : `"${list[0].phrase}" (${who}): left out`,
  );
}

// Write.
const out: string[] = [];
out.push(
  '# countries.gen.txt: GENERATED FILE, do not edit by hand.',
  '# Regenerate with: node --import tsx scripts/gen-countries.ts',
  '# Curated additions and overrides belong in countries.txt (read after this file).',
  '#',
  `# Sources: npm world-countries ${wcVersion} (mledoze/countries; ODbL-1.0, Open Database License,`,
  '#   https://opendatacommons.org/licenses/odbl/1.0/: this file is a derived database and is',
  `#   itself under ODbL-1.0) and npm i18n-iso-countries ${i18nVersion} (English names; MIT).`,
  '#',
  '# Codes: ISO 3166-1 alpha-3; Kosovo (no ISO code) is XKX.',
  '# Kinds: name, demonym, people (plural noun for citizens, when it differs), capital.',
  '# Phrases with diacritics also appear in plain ASCII.',
  '#',
  '# Territories left out (no permanent population and no government of their own: places,',
  '# never actors):',
  ...Object.values(NO_GOVERNMENT).map((s) => `#   ${s}`),
  '#',
  '# Phrases claimed by two countries:',
  ...ambiguous.sort().map((s) => `#   ${s}`),
  '#',
  '# Phrases skipped (common English words or mostly the names of other things):',
  ...[...skipped].sort().map((s) => `#   ${s}`),
  '',
);

const rows = items.filter((i) => !dropped.has(i));
const sorted = [...built].sort((a, b) => a.code.localeCompare(b.code));
for (const country of sorted) {
  const mine = rows.filter((r) => r.country === country);
  if (mine.length === 0) continue;
  out.push(`# ${country.common}`);
  for (const kind of KIND_ORDER) {
    const phrases = mine.filter((r) => r.kind === kind).map((r) => r.phrase);
    if (phrases.length > 0) out.push(`${country.code}  ${kind.padEnd(8)}  ${phrases.join(' | ')}`);
  }
  out.push('');
}

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'dictionaries', 'countries.gen.txt');
writeFileSync(target, out.join('\n'));
console.log(`wrote ${target}: ${rows.length} phrases for ${sorted.length} countries`);
