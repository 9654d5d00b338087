import { createRequire } from 'node:module';
import isoCountries from 'i18n-iso-countries';
import { foldName } from './fold.ts';

const require = createRequire(import.meta.url);

/** ISO2 codes whose alpha-3 the project spells differently (Kosovo has no ISO code: XKX). */
const ISO3_OVERRIDE: Record<string, string> = { XK: 'XKX' };

/** Short forms news uses that the package's English names lack. Grammar-level, not the actor dictionary. */
const EXTRA_NAMES: Record<string, string> = {
  America: 'USA',
  'U.S.A': 'USA',
  Britain: 'GBR',
  'U.K.': 'GBR',
  Holland: 'NLD',
  Burma: 'MMR',
  UAE: 'ARE',
  'U.A.E.': 'ARE',
  'Czech Republic': 'CZE',
  Bosnia: 'BIH',
  'West Bank': 'PSE',
};

/** Display names where the package's first English name is the official long form. */
const DISPLAY: Record<string, string> = {
  CN: 'China',
  IR: 'Iran',
  KR: 'South Korea',
  LA: 'Laos',
  FM: 'Micronesia',
  MD: 'Moldova',
  MK: 'North Macedonia',
  PS: 'Palestine',
  RU: 'Russia',
  SY: 'Syria',
  TW: 'Taiwan',
  TZ: 'Tanzania',
  US: 'United States',
  VA: 'Vatican City',
  GM: 'Gambia',
  VG: 'British Virgin Islands',
  VI: 'U.S. Virgin Islands',
};

export function iso3(alpha2: string): string | undefined {
  return ISO3_OVERRIDE[alpha2] ?? isoCountries.alpha2ToAlpha3(alpha2);
}

let names: { byKey: Map<string, string>; english: Map<string, string> } | undefined;

/**
 * English country names (i18n-iso-countries) by folded key, and the display name of each
 * ISO3 code. A name two countries share ("Congo") is left out; inverted forms
 * ("Korea, Republic of") are skipped.
 */
function countryNames(): { byKey: Map<string, string>; english: Map<string, string> } {
  if (names) return names;
  const en: Record<string, string | string[]> = require('i18n-iso-countries/langs/en.json').countries;
  const byKey = new Map<string, string>();
  const shared = new Set<string>();
  const english = new Map<string, string>();
  const add = (name: string, code: string): void => {
    const key = foldName(name);
    if (!key || shared.has(key)) return;
    const had = byKey.get(key);
    if (had && had !== code) {
      byKey.delete(key);
      shared.add(key);
    } else byKey.set(key, code);
  };
  for (const [alpha2, value] of Object.entries(en)) {
    const code = iso3(alpha2);
    if (!code) continue;
    const list = (Array.isArray(value) ? value : [value]).map((n) => n.replace(/\s*\(.*\)$/, ''));
    const display = DISPLAY[alpha2] ?? list.find((n) => !n.includes(',')) ?? list[0];
    english.set(code, display);
    for (const n of [display, ...list]) if (!n.includes(',')) add(n, code);
  }
  for (const [n, code] of Object.entries(EXTRA_NAMES)) byKey.set(foldName(n), code);
  names = { byKey, english };
  return names;
}

/** The ISO3 code of a country name ("Lebanon", "the United States", "U.S."), if it is one. */
export function countryByName(name: string): string | undefined {
  return countryByKey(foldName(name));
}

/** The English name of an ISO3 code. */
export function countryName(code: string): string | undefined {
  return countryNames().english.get(code);
}

/** The ISO3 code of a folded country name. */
export function countryByKey(key: string): string | undefined {
  return countryNames().byKey.get(key.startsWith('the ') ? key.slice(4) : key);
}

/** Every folded country name. */
export function countryKeys(): Iterable<string> {
  return countryNames().byKey.keys();
}
