// Acronyms an article defines: "the Kenya Ports Authority, KPA,", "the U.S. Interstate Commerce
// Commission (ICC)". Such an acronym names what the article spelled out, not the dictionary's
// entry of the same letters (the Korean People's Army, the International Criminal Court).
import type { Lexicon, OrganizationEntry } from '../dict/index.ts';
import type { Token } from '../model/index.ts';
import { isCapitalized } from '../nlp/capitals.ts';
import type { Lex } from './lexical.ts';

/** Any character but a letter (built once: see nlp/capitals.ts). */
const NON_LETTER = /[^\p{L}]/gu;

/** Small words a name's initials skip: "Forces for Defence of Democracy (FDD)". */
const SKIPPED = new Set(['of', 'for', 'and', 'the', 'de', 'du', 'des', 'la', 'le', 'on', 'in', '&']);
const ACRONYM = /^[A-Z]{2,6}$/;
/** How many words before an acronym its spelled-out name may take. */
const NAME_REACH = 10;

/**
 * Acronyms defined in tokens [from, to) that name something other than the dictionary entry
 * `lex` finds for them: the spelled-out name is none of that entry's names ("Gulf
 * Co-operation Council (GCC)" is the GCC's own name, hyphen aside).
 */
export function ownAcronyms(
  lexicon: Lexicon,
  tokens: readonly Token[],
  from: number,
  to: number,
  lex: ReadonlyMap<number, Lex>,
): readonly string[] {
  let out: string[] | undefined;
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i];
    // the cheap test first: this runs at every token of every sentence
    if ((tokens[i - 1].text !== '(' && tokens[i - 1].text !== ',') || !ACRONYM.test(t.text)) continue;
    const entry = lex.get(i);
    if (!entry) continue;
    const nameEnd = i - 1; // the "(" or ","
    const nameStart = spelledOut(tokens, t.text, Math.max(from, nameEnd - NAME_REACH), nameEnd);
    if (nameStart < 0) continue;
    const name = fold(
      tokens
        .slice(nameStart, nameEnd)
        .map((w) => w.text)
        .join(' '),
    );
    const codes = entry.items.map(codeOf);
    if (!codes.some((c) => c && namesOf(lexicon).get(c)?.has(name))) {
      out ??= [];
      out.push(t.text);
    }
  }
  return out ?? NONE;
}

/** No acronym defined: most sentences, so no new array for them. */
const NONE: readonly string[] = [];

function codeOf(item: Lex['items'][number]): string | undefined {
  return item.type === 'organization' || item.type === 'country' ? item.entry.code : undefined;
}

/**
 * Letters only, lower case, no plural s: "Gulf Co-operation Council" is "Gulf Cooperation
 * Council", "General Agreement on Tariff and Trade" is "… on Tariffs and Trade".
 */
function fold(s: string): string {
  return s.toLowerCase().replace(/s\b/g, '').replace(NON_LETTER, '');
}

/** Each organization code's names, folded (built once per lexicon). */
const NAMES = new WeakMap<Lexicon, Map<string, Set<string>>>();
function namesOf(lexicon: Lexicon): Map<string, Set<string>> {
  let names = NAMES.get(lexicon);
  if (!names) {
    names = new Map();
    const add = (e: Pick<OrganizationEntry, 'code' | 'phrase'>) => {
      const set = names!.get(e.code) ?? new Set<string>();
      names!.set(e.code, set);
      set.add(fold(e.phrase));
    };
    for (const e of lexicon.source.organizations) add(e);
    for (const e of lexicon.source.countries) add(e);
    NAMES.set(lexicon, names);
  }
  return names;
}

/** Where the words before `end` whose initials spell `acronym` start, or -1. */
function spelledOut(tokens: readonly Token[], acronym: string, limit: number, end: number): number {
  let k = acronym.length - 1;
  for (let i = end - 1; i >= limit; i--) {
    const w = tokens[i].text;
    if (SKIPPED.has(w.toLowerCase()) || w === "'s" || w === '’s') continue;
    if (!isCapitalized(w) || w[0] !== acronym[k]) return -1;
    if (k === 0) return i;
    k--;
  }
  return -1;
}
