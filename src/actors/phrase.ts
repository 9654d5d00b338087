import type { Coder } from '../coder/index.ts';
import { type Actor, actorWith, inCountry, type Mention, type Token } from '../model/index.ts';
import { isCapitalized } from '../nlp/capitals.ts';

/** White space, then a lower-case letter (built once: see nlp/capitals.ts). */
const SPACE_THEN_LOWER = /^\s+\p{Ll}/u;

export interface ResolveOptions {
  date?: string;
  /** Text around the phrase (a sentence, or just a country name) that may tell its country. */
  context?: string;
}

export interface Resolution extends Actor {
  /** The words of the phrase that named the actor. */
  matched: string;
}

/**
 * Resolves one actor phrase ("Kenyan President William Ruto", "the Kremlin") the way the
 * coder resolves mentions in running text: the phrase is analyzed as a small article, its
 * longest actor mention wins, and a country named in the context fills a missing country.
 */
export function resolvePhrase(coder: Coder, phrase: string, opts: ResolveOptions = {}): Resolution | null {
  const text = phrase.trim();
  const doc = coder.code({ id: 'resolve', text, lang: 'en', ...(opts.date ? { published: opts.date } : {}) });
  // one actor, or an apposition naming one actor twice ("FSB, Russia's security service")
  const best = longest(
    doc.mentions.filter((m) => m.actors.length > 0 && m.actors.every((a) => a.code === m.actors[0].code)),
  );
  if (!best) return employer(coder, doc.tokens, text, opts) ?? contextOnly(coder, opts);
  let actor: Actor =
    best.actors.length === 1
      ? best.actors[0]
      : actorWith(best.actors[0], { rules: [...best.actors[0].rules, 'apposition'] });
  // "an amusement park in Kabul": the phrase names something located in a country
  // ("regions across Indonesia": a division of the land is located there, and is no actor)
  if (best.placeOnly && best.start > 0) {
    const head = doc.tokens.find((t) => !DETERMINERS.has(t.lower));
    actor =
      head && LAND_UNITS.has(head.lemma)
        ? actorWith(actor, { code: actor.country, sector: null, rules: [...actor.rules, 'land-unit-in'] })
        : actorWith(actor, {
            code: `${actor.country}CVL`,
            sector: 'CVL',
            rules: [...actor.rules, 'located-in'],
          });
  }
  // "Syrian island": a demonym modifying a noun that is no agent tells the country only
  else if (
    best.kind === 'country' &&
    best.end < text.length &&
    SPACE_THEN_LOWER.test(text.slice(best.end)) &&
    isCapitalized(text.slice(best.start)) &&
    !/\s/.test(text.slice(best.start, best.end).trim())
  ) {
    const next = doc.tokens.find((t) => t.start >= best.end);
    if (next?.pos === 'NOUN')
      actor = actorWith(actor, {
        code: actor.country,
        sector: null,
        rules: [...actor.rules, 'modifier-only'],
      });
  }
  if (actor.country === '---' && opts.context) {
    const ctx = contextOnly(coder, opts);
    if (ctx) actor = inCountry(actor, ctx.country, 'context-country');
  }
  return { ...actor, matched: text.slice(best.start, best.end) };
}

const DETERMINERS = new Set(['the', 'a', 'an', 'some', 'many', 'several', 'all']);
/** Divisions of the land: located in a country, but no actor ("regions across Indonesia"). */
const LAND_UNITS = new Set(['region', 'area', 'province', 'district', 'territory', 'part', 'zone']);

/**
 * "army accountant", "embassy driver": a person named by the institution they work for, with a
 * head noun the dictionaries do not know, takes that institution's actor.
 */
function employer(
  coder: Coder,
  tokens: readonly Token[],
  text: string,
  opts: ResolveOptions,
): Resolution | null {
  const last = tokens.at(-1);
  if (tokens.length < 2 || !last || last.pos !== 'NOUN' || isCapitalized(last.text)) return null;
  const shorter = text.slice(0, last.start).trimEnd();
  const r = resolvePhrase(coder, shorter, { ...(opts.date ? { date: opts.date } : {}) });
  if (!r?.sector || r.matched.length === 0 || !shorter.endsWith(r.matched)) return null;
  return { ...r, rules: [...r.rules, 'employer-of'] };
}

function longest(mentions: readonly Mention[]): Mention | undefined {
  let best: Mention | undefined;
  for (const m of mentions) if (!best || m.end - m.start > best.end - best.start) best = m;
  return best;
}

function contextOnly(coder: Coder, opts: ResolveOptions): Resolution | null {
  if (!opts.context) return null;
  const doc = coder.code({
    id: 'context',
    text: opts.context,
    lang: 'en',
    ...(opts.date ? { published: opts.date } : {}),
  });
  const m = doc.mentions.find((x) => x.actors.length === 1 && x.actors[0].country !== '---');
  if (!m) return null;
  const a = m.actors[0];
  return {
    code: a.country,
    country: a.country,
    sector: null,
    rules: [...a.rules, 'context-only'],
    matched: '',
  };
}
