import { actorWith, type Doc, type Mention, type Token } from '../model/index.ts';

/** Plural pronouns between "them" and a group before it: a sign of a second group, or of one "them" already stood for. */
const PLURAL_PRONOUNS = new Set(['they', 'them', 'their', 'theirs', 'themselves', 'we', 'us', 'our']);

/** Whether a mention names a group or several actors, which "them" may stand for: "rebels", "Iran and Iraq". */
export function isPluralMention(doc: Doc, m: Mention): boolean {
  if (m.possessive || m.placeOnly || m.kind === 'pronoun') return false;
  if (m.actors.length > 1 || m.kind === 'people') return true;
  return m.kind === 'agent' && m.collective === true && /s$/.test(doc.tokens[m.tokenEnd - 1].lower);
}

/** Whether a token is a plural noun: "the cuts", "the talks" ("them" may be those). */
function pluralNoun(t: Token): boolean {
  return (t.pos === 'NOUN' || t.pos === 'PROPN') && t.lower !== t.lemma && t.lower.endsWith('s');
}

/** Words between a verb or preposition and the group it governs: "urged the seven Republican senators". */
const MODIFIER_TAGS = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'PRON']);

/**
 * Whether a mention is the object of a verb or preposition before it ("criticized Republican
 * senators", "a letter to Obama and Kerry") and not the subject of a verb right after it ("farmers
 * refusing to grow them", "the candidates tend not to emphasize them"): an object pronoun does
 * not stand for its own clause's subject.
 */
function governedObject(doc: Doc, m: Mention, from: number): boolean {
  const t = doc.tokens;
  const after = t[m.tokenEnd];
  if (after && after.sentence === m.sentence && (after.pos === 'VERB' || after.pos === 'AUX')) return false;
  let i = m.tokenStart - 1;
  while (i >= from && MODIFIER_TAGS.has(t[i].pos) && !pluralNoun(t[i])) i--;
  return i >= from && (t[i].pos === 'VERB' || t[i].pos === 'ADP');
}

/**
 * The mention "them" at token `i` stands for: the nearest plural noun before it in its own
 * sentence (from token `from`) must head a group actor or a coordination that a verb or
 * preposition governs ("Obama criticized Republican senators for delaying the nomination,
 * accusing them of playing politics"; "a letter to Obama and Kerry, urging them"). A plural noun
 * of no actor nearer to it ("called for averting the cuts … them"), or another plural pronoun
 * between, leaves it unread. `mentions` holds the sentence's mentions, in token order.
 */
export function themAntecedent(
  doc: Doc,
  mentions: readonly Mention[],
  i: number,
  from: number,
): Mention | undefined {
  let k = mentions.length - 1;
  for (let j = i - 1; j >= from; j--) {
    while (k >= 0 && mentions[k].tokenStart > j) k--;
    const m = k >= 0 && mentions[k].tokenEnd > j ? mentions[k] : undefined;
    if (m) {
      if (m.kind === 'pronoun' && PLURAL_PRONOUNS.has(doc.tokens[m.tokenStart].lower)) return undefined;
      if (isPluralMention(doc, m)) {
        if (governedObject(doc, m, from)) return m;
      } else {
        // "members of Congress": a plural noun the mention holds is what "them" stands for
        for (let x = m.tokenStart; x < m.tokenEnd; x++) if (pluralNoun(doc.tokens[x])) return undefined;
      }
      j = m.tokenStart;
      continue;
    }
    const t = doc.tokens[j];
    if (PLURAL_PRONOUNS.has(t.lower) || pluralNoun(t)) return undefined;
  }
  return undefined;
}

/**
 * Whether "them" at `i` is the object of a verb joined to the clause before by a comma or "and"
 * (", accusing them", "and praised them"): that verb shares the clause's subject, so "them" is
 * a group that clause acted on. Elsewhere a "them" is too often its own clause's people or an
 * act held in prospect ("teachers who despised them", "has the power to … detain them").
 */
function joinedVerbBefore(tokens: readonly Token[], i: number, from: number): boolean {
  const verb = tokens[i - 1];
  const join = tokens[i - 2];
  return i - 2 >= from && verb.pos === 'VERB' && (join.text === ',' || join.lower === 'and');
}

/**
 * "them" in tokens `[from, to)` of a sentence whose mentions are `merged`, as the group its
 * nearest plural noun names (see `themAntecedent`).
 */
export function themMentions(doc: Doc, merged: readonly Mention[], from: number, to: number): Mention[] {
  const out: Mention[] = [];
  for (let i = from; i < to; i++) {
    const t = doc.tokens[i];
    if (t.lower !== 'them' || t.pos !== 'PRON' || !joinedVerbBefore(doc.tokens, i, from)) continue;
    const a = themAntecedent(doc, merged, i, from);
    if (!a) continue;
    out.push({
      start: t.start,
      end: t.end,
      sentence: t.sentence,
      tokenStart: i,
      tokenEnd: i + 1,
      kind: 'pronoun',
      actors: a.actors.map((x) => actorWith(x, { rules: [...x.rules, 'pronoun:them'] })),
      possessive: undefined,
      collective: true,
      coordinated: a.actors.length > 1 ? true : undefined,
      placeOnly: undefined,
    });
  }
  return out;
}
