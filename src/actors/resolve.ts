import type { LexItem, Office, PersonEntry } from '../dict/index.ts';
import { inRange } from '../dict/index.ts';
import { type Actor, newActor } from '../model/index.ts';
import type { Sector } from '../ontology/sectors.ts';

/** The office a person holds on `date` (the latest one when no date is known). */
export function officeOn(person: PersonEntry, date: string | undefined): Office | undefined {
  if (!date) return person.offices.at(-1);
  return person.offices.find((o) => inRange(date, o));
}

/** A person acting in one of their offices. */
export function officeActor(person: PersonEntry, office: Office, rules: string[]): Actor {
  return newActor(
    office.code,
    office.code.slice(0, 3),
    sectorOf(office.code),
    rules,
    person.name,
    office.title,
  );
}

/**
 * A person's actor on a date: the code of the office held then; between or after offices,
 * their last country with sector ELI (a former official still acts politically).
 */
export function personActor(person: PersonEntry, date: string | undefined, rules: string[] = []): Actor {
  const office = officeOn(person, date);
  if (office) return officeActor(person, office, [...rules, office.id]);
  const past = person.offices.filter((o) => !o.from || !date || o.from <= date).at(-1) ?? person.offices[0];
  const country = past ? past.code.slice(0, 3) : '---';
  return newActor(
    `${country}ELI`,
    country,
    'ELI',
    [...rules, person.id, 'person:no-office-on-date'],
    person.name,
  );
}

export function sectorOf(code: string): Sector | null {
  return code.length >= 6 ? (code.slice(3, 6) as Sector) : null;
}

/**
 * Picks the person an alias means on a date: the one the article already named in full
 * (`rememberedName`: "Foreign Minister Avigdor Lieberman … Lieberman"), else one in office
 * then, else the first listed. `rememberedName` is asked only when the alias names several.
 */
export function pickPerson(
  items: readonly LexItem[],
  date: string | undefined,
  countryHint?: string,
  rememberedName?: () => string | undefined,
): PersonEntry | undefined {
  const only = onlyPerson(items);
  if (only !== MANY) return only;
  const people = items
    .filter((i): i is Extract<LexItem, { type: 'person' }> => i.type === 'person')
    .map((i) => i.entry);
  const name = rememberedName?.();
  const named = name === undefined ? undefined : people.find((p) => p.name === name);
  if (named) return named;
  const inOffice = people.filter(
    (p) => officeOn(p, date) && (!date || p.offices.some((o) => inRange(date, o))),
  );
  const hinted = countryHint ? inOffice.filter((p) => officeOn(p, date)?.code.startsWith(countryHint)) : [];
  return hinted[0] ?? inOffice[0] ?? people[0];
}

/** onlyPerson's answer when an alias names more than one person. */
const MANY = Symbol('many people');

/**
 * The one person among `items` (undefined for none), or MANY: most aliases name at most one,
 * and chunkAt asks at nearly every match, so this makes no arrays for them.
 */
function onlyPerson(items: readonly LexItem[]): PersonEntry | undefined | typeof MANY {
  let only: PersonEntry | undefined;
  for (const i of items) {
    if (i.type !== 'person') continue;
    if (only) return MANY;
    only = i.entry;
  }
  return only;
}

/**
 * Organizations valid on the date (entries may carry `dates=FROM..TO`): the first valid one,
 * else (with no date) the first listed. A loop: chunkAt calls this for nearly every match.
 */
export function pickOrganization(items: readonly LexItem[], date: string | undefined) {
  let first: Extract<LexItem, { type: 'organization' }>['entry'] | undefined;
  for (const i of items) {
    if (i.type !== 'organization') continue;
    if (inRange(date, i.entry)) return i.entry;
    first ??= i.entry;
  }
  return date ? undefined : first;
}

export function makeActor(
  country: string,
  sector: Sector | null,
  rules: string[],
  extra: Pick<Actor, 'name' | 'office'> = {},
): Actor {
  const code = country.length === 3 && sector && !isFullCode(country) ? `${country}${sector}` : country;
  return newActor(code, country.slice(0, 3), sector, rules, extra.name, extra.office);
}

function isFullCode(code: string): boolean {
  return code.length >= 6;
}
