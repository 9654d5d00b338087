import type { Coder } from '../coder/index.ts';
import type { Actor, Mention } from '../model/index.ts';

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
  if (!best) return contextOnly(coder, opts);
  let actor: Actor =
    best.actors.length === 1
      ? best.actors[0]
      : { ...best.actors[0], rules: [...best.actors[0].rules, 'apposition'] };
  // "an amusement park in Kabul": the phrase names something located in a country
  if (best.placeOnly && best.start > 0)
    actor = { ...actor, code: `${actor.country}CVL`, sector: 'CVL', rules: [...actor.rules, 'located-in'] };
  // "Syrian island": a demonym modifying a noun that is no agent tells the country only
  else if (
    best.kind === 'country' &&
    best.end < text.length &&
    /^\s+\p{Ll}/u.test(text.slice(best.end)) &&
    /^\p{Lu}/u.test(text.slice(best.start)) &&
    !/\s/.test(text.slice(best.start, best.end).trim())
  ) {
    const next = doc.tokens.find((t) => t.start >= best.end);
    if (next?.pos === 'NOUN')
      actor = { ...actor, code: actor.country, sector: null, rules: [...actor.rules, 'modifier-only'] };
  }
  if (actor.country === '---' && opts.context) {
    const ctx = contextOnly(coder, opts);
    if (ctx)
      actor = {
        ...actor,
        code: `${ctx.country}${actor.sector ?? ''}`,
        country: ctx.country,
        rules: [...actor.rules, 'context-country'],
      };
  }
  return { ...actor, matched: text.slice(best.start, best.end) };
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
