// Agent nouns written together: "the Senate Foreign Relations Committee", "an Iranian infantry brigade".
import { type Actor, actorWith, inCountry, type Mention, mentionWith } from '../model/index.ts';

/** Sectors of armed groups outside the state: their "forces" are theirs, not the state's army. */
const NON_STATE = new Set(['OPP', 'REB', 'UAF']);

/**
 * An agent right after another agent of a country, with none of its own, belongs to that
 * country: "the Senate Foreign Relations Committee" (USALEG), "a Labour Ministry official"
 * (JPNGOV), "an Iranian infantry brigade" (IRNMIL), "the Virginia Military Institute"
 * (USAEDU). Forces of an opposition or rebel group are that group: "Syrian opposition forces"
 * are SYROPP, not the Syrian army.
 */
export function compoundCountries(mentions: Mention[]): Mention[] {
  let out: Mention[] | undefined;
  for (let k = 1; k < mentions.length; k++) {
    const a = mentions[k - 1];
    const b = mentions[k];
    if (a.kind !== 'agent' || b.kind !== 'agent' || a.possessive || a.coordinated || b.coordinated) continue;
    if (a.sentence !== b.sentence || b.tokenStart !== a.tokenEnd || a.actors.length !== 1) continue;
    const owner = a.actors[0];
    if (owner.code.startsWith('---') || !b.actors.every((x) => x.code.startsWith('---'))) continue;
    out ??= [...mentions];
    out[k] = mentionWith(b, { actors: b.actors.map((x) => placed(x, owner)) });
  }
  return out ?? mentions;
}

function placed(actor: Actor, owner: Actor): Actor {
  if (actor.sector === 'MIL' && NON_STATE.has(owner.sector ?? ''))
    return actorWith(owner, { rules: [...actor.rules, 'forces-of-group'] });
  return inCountry(actor, owner.country, 'country-of-compound');
}
