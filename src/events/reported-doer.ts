// The doer of an act reported just before, as the target of a reaction that names the act only
// by a noun: "Israel launched air strikes on Hezbollah targets … Lebanon's Prime Minister
// condemned the strikes" is Lebanon's disapproval of Israel.
import type { Actor } from '../model/index.ts';
import type { SentenceContext } from './context.ts';
import type { PatternMatch } from './patterns.ts';
import type { Role } from './roles.ts';
import { FORCE_ROOTS } from './words.ts';

/** How many sentences back the reported act may stand (0: the same sentence). */
const WINDOW = 2;
/** Reactions: disapproval (11) and rejection (12) of what someone did. */
const REACTIONS = new Set(['11', '12']);

/** Each noun of `nouns` naming an act of one of the CAMEO `roots`. */
function naming(nouns: readonly string[], roots: ReadonlySet<string>): [string, ReadonlySet<string>][] {
  return nouns.map((n) => [n, roots]);
}

/** Nouns that name an act, with the CAMEO roots of the acts each may name. */
const ACT_NOUNS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...naming(
    [
      'attack',
      'strike',
      'airstrike',
      'raid',
      'bombing',
      'bombardment',
      'shelling',
      'assault',
      'offensive',
      'incursion',
      'invasion',
      'killing',
      'killings',
      'massacre',
      'shooting',
    ],
    FORCE_ROOTS,
  ),
  ...naming(['blockade'], new Set(['19', '16'])),
  ...naming(['sanction', 'sanctions', 'embargo'], new Set(['16'])),
  ...naming(
    ['arrest', 'arrests', 'detention', 'expulsion', 'deportation', 'crackdown', 'execution'],
    new Set(['17']),
  ),
  ...naming(['accusation', 'accusations', 'allegation', 'allegations'], new Set(['11'])),
]);
/** Determiners that point back to something already told: "the strikes", "these attacks". */
const BACK_POINTING = new Set(['the', 'these', 'those', 'this', 'that', 'such']);
/** Words that may stand between the determiner and the act noun: "the latest Israeli air strikes". */
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'NUM']);

/**
 * The doer of the act a reaction names by a back-pointing noun right after its pattern ("condemned
 * the strikes", "rejected these accusations"), when an act of that kind was coded in this or the
 * previous two sentences by an actor other than the reacting one: the latest such act's source.
 * Undefined when the noun is no act noun, is not pointed back to, or no such act was coded.
 */
export function reportedDoer(
  ctx: SentenceContext,
  m: PatternMatch,
  sources: readonly Actor[],
): { role: Role; actor: Actor } | undefined {
  if (!REACTIONS.has(m.pattern.code.slice(0, 2))) return undefined;
  const roots = actNounAfter(ctx, m.positions.at(-1)! + 1);
  if (!roots) return undefined;
  const own = new Set(sources.map((a) => a.country));
  for (let i = ctx.recent.length - 1; i >= 0; i--) {
    const x = ctx.recent[i];
    if (x.sentence < ctx.s.index - WINDOW) break;
    if (!roots.has(x.code.slice(0, 2)) || own.has(x.a.country) || x.a.code.startsWith('---')) continue;
    return { role: { ...x.aRole, rule: 'target:doer-of-reported-act' }, actor: x.a };
  }
  return undefined;
}

/** The roots of the act named by a back-pointing noun phrase starting at token `k`, if any. */
function actNounAfter(ctx: SentenceContext, k: number): ReadonlySet<string> | undefined {
  const t = ctx.doc.tokens;
  const end = ctx.s.tokenEnd;
  if (k >= end || !BACK_POINTING.has(t[k].lower)) return undefined;
  let head: number | undefined;
  for (let i = k + 1; i < end && i <= k + 4 && MODIFIER_POS.has(t[i].pos); i++)
    if (t[i].pos === 'NOUN') head = i;
  if (head === undefined) return undefined;
  // the noun heads its phrase: "the strikes", not "the strike force"
  const after = t[head + 1];
  if (after && after.pos === 'NOUN') return undefined;
  return ACT_NOUNS.get(t[head].lower) ?? ACT_NOUNS.get(t[head].lemma);
}
