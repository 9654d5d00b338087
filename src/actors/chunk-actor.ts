// The actor an actor phrase names, from what `chunkAt` read of it (chunk.ts), and the kind of
// its mention.
import { type Actor, actorWith, type Mention, newActor } from '../model/index.ts';
import { type Sector, STATE_SECTORS } from '../ontology/sectors.ts';
import type { Chunk } from './chunk.ts';
import type { ChunkContext } from './mentions.ts';
import { remember, surnameCountry } from './names.ts';
import { officePlaceCountry } from './office-place.ts';
import { makeActor } from './resolve.ts';
import { COLLECTIVE_PEOPLE_NOUNS } from './words.ts';

/** The phrase's actor; sets the mention's kind and whether it is collective. */
export function chunkActor(ctx: ChunkContext, ch: Chunk, mention: Mention): Actor {
  const { titles, rules, person, former } = ch;
  if (ch.leaderBody) {
    // "the Obama administration": the name is remembered as the government it named
    if (person && ch.name) remember(ctx, ch.name, ch.leaderBody);
    return ch.leaderBody;
  }
  if (ch.served) {
    return makeActor(ch.served.country, ch.served.sector, [...rules, ...ch.served.rules, 'aide-speaks-for'], {
      office: titles[titles.length - 1].entry.phrase,
    });
  }
  if (person) {
    let actor = person;
    mention.kind = 'person';
    // between offices a person is an elite, unless the text gives the office they hold now
    if (actor.sector === 'ELI' && titles.length > 0 && !former) {
      const c = actor.country !== '---' ? actor.country : (ch.country ?? '---');
      actor = actorWith(actor, {
        code: `${c}${titles[0].entry.sector}`,
        country: c,
        sector: titles[0].entry.sector,
        rules: [...actor.rules, 'title-gives-current-office'],
      });
    }
    if (former && actor.sector !== 'ELI')
      actor = actorWith(actor, {
        code: `${actor.country}ELI`,
        sector: 'ELI',
        rules: [...actor.rules, 'former'],
      });
    if (ch.name) remember(ctx, ch.name, actor);
    return actor;
  }
  const { org, countryKind, name } = ch;
  const sector: Sector | null = ch.company
    ? 'BUS'
    : (ch.body ?? titles[0]?.entry.sector ?? defaultSector(countryKind, org));
  let base = org ?? ch.country ?? '---';
  // "President Bush", "Judge Rivera": an unknown surname with a title, which the people
  // dictionary knows in one country only, is of that country; a full name the dictionary
  // does not hold is someone else ("Gov. Scott Walker" is not Chile's Ignacio Walker)
  if (base === '---' && ch.surname && titles.length > 0 && !name?.includes(' ')) {
    const c = surnameCountry(ctx.lexicon, ch.surname);
    if (c) {
      base = c;
      rules.push('surname-in-dictionary');
    }
  }
  // "Missouri Rep. Todd Akin", "Gov. Scott Walker of Wisconsin", "Rep. Darrell Issa, R-Calif.":
  // an office of a state or province is of its country
  if (base === '---' && titles.length > 0 && STATE_SECTORS.has(titles[0].entry.sector)) {
    const c = officePlaceCountry(ctx.doc.tokens, ch.first, ch.last);
    if (c) {
      base = c;
      rules.push('office-of-division');
    }
  }
  // an office or institution named without a country, in a datelined story: the dateline's
  if (
    base === '---' &&
    ctx.homeCountry &&
    titles.length > 0 &&
    titles[0].entry.kind !== 'group' &&
    titles[0].entry.kind !== 'member' &&
    STATE_SECTORS.has(titles[0].entry.sector)
  ) {
    base = ctx.homeCountry;
    rules.push('dateline-country');
  }
  const finalSector = former ? 'ELI' : sector;
  let actor: Actor;
  if (org && org.length >= 6) {
    // a national institution ("CIA" USASPY); "a former CIA official" is an elite
    actor = former
      ? makeActor(org.slice(0, 3), 'ELI', [...rules, 'former'])
      : newActor(org, org.slice(0, 3), org.slice(3, 6) as Sector, rules);
  } else if (org) {
    // a known group (UNO, EEC) keeps its code; an agent or the entry gives the sector ("EU legislators")
    actor = newActor(org, org, titles[0]?.entry.sector ?? ch.orgSector ?? null, rules);
  } else actor = makeActor(base, finalSector, rules);
  if (titles.length > 0) {
    actor.office = titles.map((t) => t.entry.phrase).join(' and ');
    const head = ctx.doc.tokens[ch.last - 1];
    // "the people of Ukraine": the title's own last word, not the chunk's
    const titleHead = titles.at(-1)!.entry.phrase.split(' ').at(-1) ?? '';
    if (
      titles.at(-1)!.entry.kind === 'body' ||
      head.lemma !== head.lower ||
      COLLECTIVE_PEOPLE_NOUNS.has(head.lower) ||
      COLLECTIVE_PEOPLE_NOUNS.has(titleHead)
    )
      mention.collective = true;
  }
  if (name) {
    actor.name = name;
    mention.kind = 'title-name';
    actor.rules.push('title-infers-code');
    remember(ctx, name, actor);
  }
  if (ch.company || ch.body) mention.kind = 'organization';
  else if (!titles.length) mention.kind = kindOfPlace(countryKind, org);
  return actor;
}

/** The mention kind of a phrase naming only a country, place or organization. */
function kindOfPlace(countryKind: string | undefined, org: string | undefined): Mention['kind'] {
  if (countryKind === 'capital') return 'capital';
  if (countryKind === 'city' || countryKind === 'region') return 'place';
  if (countryKind === 'seat') return 'seat';
  if (countryKind === 'people') return 'people';
  return org ? 'organization' : 'country';
}

function defaultSector(countryKind: string | undefined, org: string | undefined): Sector | null {
  if (org) return null;
  // a city acting stands for its people (PLOVER's convention); a country, capital or region for its government
  return countryKind === 'people' || countryKind === 'city' ? 'CVL' : 'GOV';
}
