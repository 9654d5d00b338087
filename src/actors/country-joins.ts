// Mentions joined with the country phrase beside them: "Iranian Revolutionary Guards", "Officials from Japan".
import { actorWith, inCountry, type Mention, mentionWith, type Token } from '../model/index.ts';
import { STATE_SECTORS } from '../ontology/sectors.ts';

/**
 * Each mention followed by one it joins with (`join` returns the joined mention), the two
 * replaced by that one; `mentions` are one sentence's, in token order. The input array itself
 * when nothing joins, as in most sentences.
 */
function joinPairs(mentions: Mention[], join: (a: Mention, b: Mention) => Mention | undefined): Mention[] {
  let out: Mention[] | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const a = mentions[k];
    const joined = k + 1 < mentions.length ? join(a, mentions[k + 1]) : undefined;
    if (joined) {
      out ??= mentions.slice(0, k);
      out.push(joined);
      k++;
    } else out?.push(a);
  }
  return out ?? mentions;
}

/**
 * "Iranian Revolutionary Guards", "U.S. Customs and Border Protection": a country or demonym
 * right before an organization of that same country is part of its name, not an actor of its
 * own (which would stand as a second party, IRNGOV beside IRNMIL); the joined mention keeps
 * the organization's actors.
 */
export function joinNationalOrganizations(mentions: Mention[]): Mention[] {
  return joinPairs(mentions, (a, b) =>
    a.kind === 'country' &&
    !a.possessive &&
    b.kind === 'organization' &&
    a.tokenEnd === b.tokenStart &&
    a.actors.length === 1 &&
    b.actors.length > 0 &&
    b.actors.every((x) => x.country === a.actors[0].country)
      ? mentionWith(b, { start: a.start, tokenStart: a.tokenStart })
      : undefined,
  );
}

/**
 * "Officials from Japan met…", "Troops from Chad attacked…": a clause's subject naming people
 * without a country, followed by "from" and a country, is that country's. Only at the start of
 * a clause: "withdrew troops from Iraq" are not Iraq's troops. Refugees are where they fled
 * from wherever they stand ("sent food to refugees from Rwanda", "refugees fleeing Liberia",
 * "fleeing from"), except "from" right after a verb ("repatriated refugees from Thailand" are
 * leaving Thailand).
 */
export function agentsFromCountry(
  tokens: readonly Token[],
  mentions: Mention[],
  sentenceStart: number,
): Mention[] {
  return joinPairs(mentions, (a, c) => {
    if (
      a.kind !== 'agent' ||
      a.possessive ||
      a.actors.length === 0 ||
      !a.actors.every((x) => x.code.startsWith('---')) ||
      (c.kind !== 'country' && c.kind !== 'capital') ||
      c.possessive ||
      c.actors.length !== 1
    )
      return undefined;
    const word = tokens[a.tokenEnd]?.lower;
    const fled =
      a.actors.every((x) => x.sector === 'REF') &&
      ((word === 'fleeing' &&
        (c.tokenStart === a.tokenEnd + 1 ||
          (c.tokenStart === a.tokenEnd + 2 && tokens[a.tokenEnd + 1].lower === 'from'))) ||
        (word === 'from' &&
          c.tokenStart === a.tokenEnd + 1 &&
          !afterVerb(tokens, a.tokenStart, sentenceStart)));
    if (
      !fled &&
      (word !== 'from' ||
        c.tokenStart !== a.tokenEnd + 1 ||
        !opensClause(tokens, a.tokenStart, sentenceStart))
    )
      return undefined;
    const country = c.actors[0].country;
    return mentionWith(a, {
      end: c.end,
      tokenEnd: c.tokenEnd,
      actors: a.actors.map((x) => inCountry(x, country, 'agent-from-country')),
    });
  });
}

/** Mention kinds that name a body people serve in: "the Russian embassy", "the State Department", "the FBI". */
const BODY_KINDS: ReadonlySet<Mention['kind']> = new Set(['agent', 'organization', 'seat']);

/**
 * "Officials from the Iranian foreign ministry met…", "expelled two diplomats from the Russian
 * embassy", "received ministers from the Georgian government": state servants named without a
 * country (officials, ministers, diplomats, troops), followed by "from" and a body with a
 * country of its own, serve in that body and take its code. Anywhere in the clause, unlike
 * `agentsFromCountry`: a body, unlike a country, is no place one is sent from or withdrawn
 * from ("withdrew troops from Iraq").
 */
export function agentsFromBody(tokens: readonly Token[], mentions: Mention[]): Mention[] {
  return joinPairs(mentions, (a, c) => {
    if (
      a.kind !== 'agent' ||
      a.possessive ||
      a.actors.length === 0 ||
      !a.actors.every((x) => x.code.startsWith('---') && STATE_SECTORS.has(x.sector ?? '')) ||
      !BODY_KINDS.has(c.kind) ||
      c.possessive ||
      c.actors.length !== 1 ||
      c.tokenStart !== a.tokenEnd + 1 ||
      tokens[a.tokenEnd].lower !== 'from'
    )
      return undefined;
    const body = c.actors[0];
    if (body.country.length !== 3 || body.country === '---') return undefined;
    return mentionWith(a, {
      end: c.end,
      tokenEnd: c.tokenEnd,
      actors: [actorWith(body, { rules: [...body.rules, 'agent-from-body'] })],
    });
  });
}

/** The index of the word before the phrase at `start` and its determiners, numbers and adjectives (below `sentenceStart` if none). */
function beforePhrase(tokens: readonly Token[], start: number, sentenceStart: number): number {
  let i = start - 1;
  while (
    i >= sentenceStart &&
    (tokens[i].pos === 'DET' || tokens[i].pos === 'NUM' || tokens[i].pos === 'ADJ')
  )
    i--;
  return i;
}

/** Whether the phrase at `start` opens its clause: only a determiner between it and the sentence start, a comma or "that". */
function opensClause(tokens: readonly Token[], start: number, sentenceStart: number): boolean {
  const i = beforePhrase(tokens, start, sentenceStart);
  if (i < sentenceStart) return true;
  const t = tokens[i];
  return t.text === ',' || t.lower === 'that' || t.pos === 'SCONJ';
}

/** Whether the phrase at `start` is a verb's object: "repatriated (the) refugees". */
function afterVerb(tokens: readonly Token[], start: number, sentenceStart: number): boolean {
  const i = beforePhrase(tokens, start, sentenceStart);
  return i >= sentenceStart && tokens[i].pos === 'VERB';
}
