import { type GroupEntry, type Lexicon, longestMatch } from '../dict/index.ts';
import { actorWith, type Mention, mentionWith, type Token } from '../model/index.ts';
import { STATE_SECTORS } from '../ontology/sectors.ts';

/**
 * Organs of a state, and international bodies: CAMEO writes a group code after people, not
 * after a government, army or court ("Iraqi Kurds" IRQCVLKUR, "Hutu rebels" BDIREBHUT; a
 * Kurdish minister is IRQGOV).
 */
const ORGANS: ReadonlySet<string> = new Set([...STATE_SECTORS, 'IGO']);

/** The kinds of mention a group word describes: agent nouns and peoples, not named people or bodies. */
const GROUP_KINDS = new Set<Mention['kind']>(['agent', 'people']);

/** Words of a noun phrase before its agent noun: "Moslem fundamentalist demonstrators". */
const MODIFIERS = new Set(['ADJ', 'NOUN', 'PROPN']);

/** What ends the words of an agent phrase that describe it: "inhabitants of the Syrian Golan", "rebel group, FDD". */
const PHRASE_ENDS = new Set(['ADP', 'PUNCT']);

/** How far before its agent noun a group word may stand. */
const REACH = 3;

/** The group entry a phrase in tokens `[from, to)` names (dictionaries/groups.txt), if any. */
function groupIn(
  lexicon: Lexicon,
  tokens: readonly Token[],
  from: number,
  to: number,
): GroupEntry | undefined {
  for (let i = from; i < to; i++) {
    const m = longestMatch(lexicon.groups, tokens, i, to);
    if (!m) continue;
    // a group word in a name says nothing of its people: "Islamic State militants", "Muslim Brotherhood supporters"
    const name = longestMatch(lexicon.actors, tokens, i, to);
    if (
      name &&
      name.end > m.end &&
      name.items.some((it) => it.type === 'organization' || it.type === 'person')
    ) {
      i = name.end - 1;
      continue;
    }
    return m.items.at(-1)!;
  }
  return undefined;
}

/**
 * Gives the actors of each agent or people mention the ethnic group or religion its words name
 * (the mention's words before any preposition, or the adjectives and nouns right before it): "Iraqi Kurds", "ethnic
 * Albanians", "Druze inhabitants", "the main Hutu rebel group", "Moslem fundamentalist
 * demonstrators". State organs are left as they are; so are mentions another mention's words end right before.
 */
export function withGroups(lexicon: Lexicon, tokens: readonly Token[], mentions: Mention[]): Mention[] {
  if (lexicon.groups.next.size === 0) return mentions;
  let previousEnd = 0;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const limit = previousEnd;
    previousEnd = Math.max(previousEnd, m.tokenEnd);
    if (!GROUP_KINDS.has(m.kind) || m.possessive || m.placeOnly) continue;
    if (!m.actors.some((a) => a.sector !== null && !ORGANS.has(a.sector))) continue;
    let from = m.tokenStart;
    const sentenceStart = Math.max(limit, m.tokenStart - REACH);
    while (from > sentenceStart && MODIFIERS.has(tokens[from - 1].pos)) from--;
    // the words before a preposition or comma: "the leader of Islamic Jihad" is not Muslim by name
    let end = m.tokenStart;
    while (end < m.tokenEnd && !PHRASE_ENDS.has(tokens[end].pos)) end++;
    const group = groupIn(lexicon, tokens, from, end);
    if (!group) continue;
    // the entry goes first: the last rule says how the country was found (actors/article-country.ts)
    mentions[k] = mentionWith(m, {
      actors: m.actors.map((a) =>
        a.sector !== null && !ORGANS.has(a.sector)
          ? actorWith(a, { group: group.code, rules: [group.id, ...a.rules] })
          : a,
      ),
    });
  }
  return mentions;
}
