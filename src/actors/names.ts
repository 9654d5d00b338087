import type { AgentEntry, LexItem, Lexicon, PersonEntry } from '../dict/index.ts';
import type { Actor, Token } from '../model/index.ts';
import { isLetterInitial } from '../nlp/capitals.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../nlp/index.ts';
import { itemOf, type Lex } from './lexical.ts';
import type { ChunkContext } from './mentions.ts';
import { officeActor, officeOn, sectorOf } from './resolve.ts';
import { BARE_RANKS, isCapitalized, MARSHAL_NOT_AFTER, RANK_COMPOUND_HEADS, RANK_NON_NAME } from './words.ts';

/**
 * "The US commander in Iraq, General David Petraeus" in a story from his CIA years: a title
 * whose sector differs from the office held on the date, but matches another office the
 * person held, picks that office (the latest one begun by the date, else the earliest after).
 */
export function titledOffice(
  person: PersonEntry,
  date: string | undefined,
  titles: readonly Extract<LexItem, { type: 'agent' }>[],
  rules: readonly string[],
): Actor | undefined {
  // only military ranks: a civilian title before a name may be a past office while NGEC's
  // cases code the office held on the date ("Chief Minister Jam Kamal Khan Alyani" as senator)
  const title = titles.find((t) => t.entry.kind === 'title' && t.entry.sector === 'MIL');
  if (!title || !date) return undefined;
  const current = officeOn(person, date);
  if (!current || sectorOf(current.code) === title.entry.sector) return undefined;
  const matching = person.offices.filter((o) => sectorOf(o.code) === title.entry.sector);
  const office = matching.filter((o) => !o.from || o.from <= date).at(-1) ?? matching[0];
  if (!office) return undefined;
  return officeActor(person, office, [...rules, office.id, 'title-picks-office']);
}

const RANK_ENTRIES = new Map<string, AgentEntry>();

/**
 * "General David Petraeus", "Marshal Zhukov", "Justice Antonin Scalia": a bare rank is a
 * military title (a judge's, for "Justice") only when capitalized, not the second half of
 * another office ("Attorney General", "Fire Marshal"),
 * and followed by a personal name — a dictionary person, a surname the people dictionary
 * knows, or two to four capitalized words none of which names an institution ("General
 * Motors", "General Assembly", "General Election Day").
 */
export function rankBeforeName(
  ctx: ChunkContext,
  k: number,
  to: number,
  lex: Map<number, Lex>,
): Extract<LexItem, { type: 'agent' }> | undefined {
  const tokens = ctx.doc.tokens;
  if (k >= to || k + 1 >= to || lex.has(k) || !BARE_RANKS.has(tokens[k].text)) return undefined;
  // "ex-Attorney General": the last part of a hyphenated word
  const prev =
    k > 0 && tokens[k - 1].sentence === tokens[k].sentence ? tokens[k - 1].lower.split('-').at(-1)! : '';
  if (RANK_COMPOUND_HEADS.has(prev)) return undefined;
  const rank = tokens[k].lower;
  if (rank === 'marshal' && MARSHAL_NOT_AFTER.has(prev)) return undefined;
  let named = false;
  if (itemOf(lex.get(k + 1), 'person')) named = true;
  else if (isNameStart(ctx, k + 1, to, lex)) {
    const end = nameSpan(ctx, k + 1, to, lex);
    const words = tokens.slice(k + 1, end);
    const institutional = words.some((t) => RANK_NON_NAME.has(t.lower) || t.text === t.text.toUpperCase());
    named =
      !institutional &&
      (words.length >= 2 || (words.length === 1 && ctx.lexicon.surnames.has(words[0].lower)));
  }
  if (!named) return undefined;
  let entry = RANK_ENTRIES.get(rank);
  if (!entry) {
    const sector = BARE_RANKS.get(tokens[k].text)!;
    entry = {
      id: sector === 'MIL' ? 'rank-before-name' : 'title-before-name',
      sector,
      kind: 'title',
      phrase: rank,
    };
    RANK_ENTRIES.set(rank, entry);
  }
  return { type: 'agent', entry } as Extract<LexItem, { type: 'agent' }>;
}

export function isNameStart(ctx: ChunkContext, i: number, to: number, lex: Map<number, Lex>): boolean {
  if (i >= to) return false;
  const t = ctx.doc.tokens[i];
  if (itemOf(lex.get(i), 'person')) return true;
  return (
    t.pos === 'PROPN' &&
    isCapitalized(t.text) &&
    !lex.has(i) &&
    isLetterInitial(t.text) &&
    // "leaders Friday morning", "the minister in March": a date, not a name ("Prime Minister May" is one)
    !WEEKDAY_NAMES.has(t.lower) &&
    !(MONTH_NAMES.has(t.lower) && t.lower !== 'may')
  );
}

/** The one country whose dictionary people bear this surname, if there is exactly one. */
export function surnameCountry(lexicon: Lexicon, surname: string): string | undefined {
  const people = lexicon.surnames.get(surname);
  if (!people) return undefined;
  const countries = new Set<string>();
  for (const p of people)
    for (const o of p.offices) if (o.code.length >= 6) countries.add(o.code.slice(0, 3));
  return countries.size === 1 ? [...countries][0] : undefined;
}

/** "Tom King has…": a one-word title at the end of a name is a surname. */
function surnameLike(tokens: readonly Token[], k: number, to: number, lex: Map<number, Lex>): boolean {
  const l = lex.get(k)!;
  if (l.end - l.start !== 1 || !l.items.every((it) => it.type === 'agent')) return false;
  const next = k + 1 < to ? tokens[k + 1] : undefined;
  return !next || !(next.pos === 'PROPN' && isCapitalized(next.text));
}

export function nameSpan(ctx: ChunkContext, i: number, to: number, lex: Map<number, Lex>): number {
  const tokens = ctx.doc.tokens;
  let k = i;
  while (
    k < to &&
    k - i < 4 &&
    tokens[k].pos === 'PROPN' &&
    isCapitalized(tokens[k].text) &&
    !(k > i && lex.has(k) && !surnameLike(tokens, k, to, lex))
  )
    k++;
  return k;
}

export function remember(ctx: ChunkContext, name: string, actor: Actor): void {
  const words = name.split(/\s+/);
  learn(ctx, name.toLowerCase(), actor);
  if (words.length > 1) learn(ctx, words[words.length - 1].toLowerCase(), actor);
}

function learn(ctx: ChunkContext, key: string, actor: Actor): void {
  ctx.memory.set(key, actor);
  for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1))
    ctx.namePrefixes.add(key.slice(0, at));
  ctx.namePrefixes.add(key);
}

/** The longest remembered name of one to four words from `i`. */
export function rememberedAt(
  ctx: ChunkContext,
  i: number,
  to: number,
): { actor: Actor; end: number } | undefined {
  const tokens = ctx.doc.tokens;
  if (ctx.memory.size === 0 || !isCapitalized(tokens[i].text)) return undefined;
  // each key is built on the one before, and only while some name starts with it: a key that
  // starts none has no longer one that is a name, and most capitalized words start none
  const n = Math.min(4, to - i);
  let key = tokens[i].lower;
  let actor: Actor | undefined;
  let end = i;
  for (let k = 1; k <= n && ctx.namePrefixes.has(key); k++) {
    const a = ctx.memory.get(key);
    if (a) {
      actor = a;
      end = i + k;
    }
    if (k < n) key = `${key} ${tokens[i + k].lower}`;
  }
  return actor ? { actor, end } : undefined;
}

/** An agent starts at `k`, or after one adjective ("a Kenya-based armed group"). */
export function agentAfter(lex: Map<number, Lex>, k: number, to: number): boolean {
  for (let j = k; j < to && j <= k + 1; j++) if (itemOf(lex.get(j), 'agent')) return true;
  return false;
}
