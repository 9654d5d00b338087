import type { Actor, Doc, Mention, Token } from '../model/index.ts';
import type { PatternMatch } from './patterns.ts';

/** Mentions of one named individual: helping a person is political support, not aid. */
const INDIVIDUAL_KINDS = new Set<Mention['kind']>(['person', 'title-name']);
/** Sectors that give aid for a state (or none: an international organization, UNO, NAT, OPC). */
const AIDING_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'IGO']);

function state(a: Actor): boolean {
  return a.country !== '---' && (a.sector === null || AIDING_SECTORS.has(a.sector));
}

/**
 * The verb "help" is aid (070, announced 033) only between states and international bodies of
 * different countries: "Venezuela would lend crude to help Ecuador meet export commitments",
 * "NATO is poised to do more to help Ukraine", "France will help Mali". Help to a person, a
 * party, a people or compatriots is campaign support or domestic policy: "Russia intervened
 * to help Trump win", "Obama to help Democrats ahead of the 2014 elections", "efforts to help
 * Americans receiving insurance cancellation notices".
 */
export function helpBetweenStates(doc: Doc, m: PatternMatch, source: Mention, target: Mention): boolean {
  if (doc.tokens[m.anchor].lemma !== 'help') return true;
  if (INDIVIDUAL_KINDS.has(target.kind)) return false;
  return source.actors.every(
    (a) => state(a) && target.actors.every((b) => state(b) && a.country !== b.country),
  );
}

/**
 * "help" governs no act after it: the act helped is coded as its own ("would do anything other
 * than help support American automakers" is support, "helped Iraq fight Islamic State" a fight
 * by Iraq), and one that follows further on is no complement of it ("has been helped by his
 * successful order to kill Osama bin Laden").
 */
export function helpVerb(tokens: readonly Token[], m: PatternMatch): boolean {
  return m.pattern.words.length === 2 && tokens[m.anchor].lemma === 'help';
}
