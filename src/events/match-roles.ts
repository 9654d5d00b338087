import { HONORIFICS } from '../actors/index.ts';
import { type Actor, actorWith, type Doc, type Mention, type Token } from '../model/index.ts';
import type { SentenceContext } from './context.ts';
import type { PatternMatch } from './patterns.ts';
import { canAct, type Role } from './roles.ts';

/**
 * The mentions other than those made only of a pattern's own words and followed by its
 * preposition ("opposition" in "express * opposition to", "troops" in "send troops to"): the
 * preposition names the target. A pattern's other words may name it ("refuse to accept *
 * refugees", "grant (aid agencies) access to"). A force the pattern ends on is sent, not the
 * target, unless the pattern's code (`code`) is a protest or a violent act.
 */
export function withoutPatternWords(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  positions: readonly number[],
  code: string | null,
): readonly Mention[] {
  const sends = !ROOTS_ENDING_ON_A_PARTY.has(code?.slice(0, 2) ?? '');
  const ofPattern = (x: Mention) => {
    const next = tokens[x.tokenEnd];
    // "dispatched police", "stationed 30,000 troops", "sent four warships": the force the
    // pattern ends on is sent, not the target (a violent act's last word is its victim)
    const force = sends && x.tokenEnd - 1 === positions.at(-1) && x.actors.every((a) => FORCES.has(a.sector));
    if (!force && (!positions.includes(x.tokenEnd) || (next.pos !== 'ADP' && next.lower !== 'to')))
      return false;
    for (let i = x.tokenStart; i < x.tokenEnd; i++) if (!positions.includes(i)) return false;
    return true;
  };
  return mentions.some(ofPattern) ? mentions.filter((x) => !ofPattern(x)) : mentions;
}

/** Roots whose patterns end on the party acted on: "opened fire on protesters", "clashed with police". */
const ROOTS_ENDING_ON_A_PARTY = new Set(['14', '17', '18', '19', '20']);
const FORCES = new Set<string | null>(['MIL', 'COP']);

/**
 * A `slot-only` pattern's target is the actor filling its `$` slot exactly, from the slot to
 * the next pattern word ("said on Tuesday that Sudan must") or starting at a final slot (in the
 * passive, the subject); nothing else stands in for it.
 */
export function slotFilled(tokens: readonly Token[], m: PatternMatch, target: Role | undefined): boolean {
  const at = m.targetAt;
  if (!target || at === undefined) return false;
  const next = m.positions.find((p) => p >= at);
  // in the passive the object a final slot stands for is the subject: "was executed by Iran"
  if (target.rule === 'target:passive-subject') return next === undefined;
  if (target.rule !== 'target:pattern-slot') return false;
  // a courtesy title before the name is left outside its mention: "scoffed at Mr. Romney's bid"
  let start = at;
  while (start < target.mention.tokenStart && HONORIFICS.has(tokens[start].lower)) start++;
  // a slot that ends the pattern ("received aid from $") takes the actor starting there
  if (target.mention.tokenStart !== start) return false;
  return (
    next === undefined ||
    target.mention.tokenEnd === next ||
    conjunctUntil(tokens, target.mention.tokenEnd, next)
  );
}

/** Words of a noun phrase the dictionaries need not know: "his Rwandan Patriotic Front". */
const CONJUNCT_WORDS = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * Whether the words from `from` to `next` join another noun phrase to the actor that ends at
 * `from`: "said that President Kagame and his Rwandan Patriotic Front must agree", where no
 * mention covers the second conjunct.
 */
function conjunctUntil(tokens: readonly Token[], from: number, next: number): boolean {
  if (from >= next || (tokens[from].lower !== 'and' && tokens[from].lower !== 'or')) return false;
  if (next - from < 2 || next - from > 7) return false;
  for (let k = from + 1; k < next; k++) if (!CONJUNCT_WORDS.has(tokens[k].pos)) return false;
  return true;
}

/**
 * A place after the pattern (or, for a protest, just before it) as the target: its people
 * ("shelled Aleppo": SYRCVL), or for a protest its government ("a rally in Lagos to protest").
 */
/** How far after the anchor the place whose people an act is aimed at may stand. */
export const PLACE_REACH = 12;

export function placeTarget(
  ctx: SentenceContext,
  anchor: number,
  exclude: ReadonlySet<string>,
  protest = false,
  reach = PLACE_REACH,
): { role: Role; actor: Actor } | undefined {
  const t = ctx.doc.tokens;
  for (const m of ctx.mentions) {
    // a protest's place may come first ("a rally in Lagos to protest"), in the same clause
    if (protest && m.placeOnly && m.tokenEnd <= anchor && anchor - m.tokenEnd <= 8) {
      if (t.slice(m.tokenEnd, anchor).some((x) => x.text === ';' || x.text === ',' || x.pos === 'VERB'))
        continue;
    } else if (
      m.tokenStart <= anchor ||
      !(m.placeOnly || (!protest && ownCountryAsPlace(t, m, exclude))) ||
      m.tokenStart - anchor > reach
    )
      continue;
    else if (t.slice(anchor, m.tokenStart).some((x) => x.text === ';' || x.text === ',')) break;
    const a = m.actors[0];
    if (!a || exclude.has(a.country) || a.country.length !== 3) continue;
    const sector = protest ? 'GOV' : 'CVL';
    const code = `${a.country}${sector}`;
    if (protest && exclude.has(code)) continue;
    const [rule, why] = protest
      ? ['target:government-of-protest-place', 'protest-against-place-government']
      : ['target:people-of-place', 'place-as-population'];
    return { role: { mention: m, rule }, actor: actorWith(a, { code, sector, rules: [...a.rules, why] }) };
  }
  return undefined;
}

/** Words that set what follows in a place: "in northern parts of South Sudan". */
const IN_PLACE = new Set(['in', 'across', 'throughout']);

/**
 * Whether mention `m` names the acting side's own country as where the act is set ("Kiir lifted
 * a state of emergency in northern parts of South Sudan"): a country name after "in" (a part
 * of it between) whose actors are all excluded as the source's own.
 */
function ownCountryAsPlace(tokens: readonly Token[], m: Mention, exclude: ReadonlySet<string>): boolean {
  if (m.kind !== 'country' || m.possessive || !m.actors.every((a) => exclude.has(a.code))) return false;
  for (let k = m.tokenStart - 1; k >= Math.max(0, m.tokenStart - 5); k--) {
    const w = tokens[k];
    if (IN_PLACE.has(w.lower)) return true;
    if (w.pos === 'VERB' || w.pos === 'PUNCT' || (w.pos === 'ADP' && w.lower !== 'of')) return false;
  }
  return false;
}

/** Whether token `i` heads mention `x`: its last word, or the word before its place ("protesters in Tehran"). */
export function headedBy(tokens: readonly Token[], x: Mention, i: number): boolean {
  if (i < x.tokenStart || i >= x.tokenEnd) return false;
  return i === x.tokenEnd - 1 || tokens[i + 1].pos === 'ADP';
}

/** `role` when its mention opens the object of the preposition at `prep`: "to (the Libyan) coast". */
export function objectOfPreposition(doc: Doc, role: Role | undefined, prep: number): Role | undefined {
  if (!role) return undefined;
  for (let i = prep + 1; i < role.mention.tokenStart; i++)
    if (doc.tokens[i].pos !== 'DET' && doc.tokens[i].pos !== 'ADJ' && doc.tokens[i].pos !== 'NUM')
      return undefined;
  return role;
}

/**
 * "a U.S. drone strike", "an Israeli drone attack": the doer's mention ends on the first noun of a
 * compound event noun the pattern goes on with, so it modifies the noun as a possessor would. The
 * noun is the pattern's anchor, or with `inside` a later word ("were killed in a U.S. drone strike").
 */
export function modifierOfCompoundNoun(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  m: PatternMatch,
  inside = false,
): Role | undefined {
  const p = m.positions;
  for (let k = inside ? 1 : 0; k < (inside ? p.length - 1 : 1); k++) {
    if (tokens[p[k]].pos !== 'NOUN' || p[k + 1] !== p[k] + 1) continue;
    const x = mentions.find(
      (x) => x.tokenStart < p[k] && x.tokenEnd === p[k] + 1 && !x.coordinated && canAct(x),
    );
    if (x) return { mention: x, rule: 'source:possessor-of-event-noun' };
  }
  return undefined;
}

/**
 * "Police said demonstrators gathered outside the embassy", "when supporters and demonstrators
 * got into fights and protests": a pattern that opens with the actor's own noun names its
 * source; the mention that ends on the anchor is the doer, not a subject before it.
 */
export function agentAtAnchor(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  m: PatternMatch,
): Role | undefined {
  if (tokens[m.anchor].pos !== 'NOUN') return undefined;
  const x = mentions.find((x) => x.tokenStart <= m.anchor && x.tokenEnd === m.anchor + 1 && canAct(x));
  return x && { mention: x, rule: 'source:agent-named-by-pattern' };
}

/** Nouns of events and agreements a capital before them names the place of: "the Paris accord". */
const HELD_EVENTS = new Set([
  'accord',
  'agreement',
  'deal',
  'pact',
  'treaty',
  'protocol',
  'declaration',
  'communique',
  'convention',
  'charter',
  'framework',
  'process',
  'talk',
  'negotiation',
  'summit',
  'conference',
  'meeting',
  'forum',
  'attack',
  'bombing',
  'massacre',
]);

/**
 * A capital naming where an event was held: "criticized the Paris accord", "praised the Geneva
 * talks". It is no party to it, as "the Beijing government" is.
 */
export function capitalNamingEvent(tokens: readonly Token[], x: Mention): boolean {
  if (x.kind !== 'capital' || x.possessive) return false;
  const next = tokens[x.tokenEnd];
  return (
    next?.pos === 'NOUN' && next.sentence === tokens[x.tokenStart].sentence && HELD_EVENTS.has(next.lemma)
  );
}
