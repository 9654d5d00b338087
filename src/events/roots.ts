/** CAMEO roots whose events may take the conversation partner as an unstated target. */
const IMPLICIT_TARGET_ROOTS = new Set(['03', '04', '05']);
/** Whether an event may take the conversation partner as its unstated target (see implicitPartner). */
export function takesImplicitTarget(code: string): boolean {
  return IMPLICIT_TARGET_ROOTS.has(code.slice(0, 2));
}

/**
 * CAMEO roots whose act, with coordinated subjects and no target, is done between them:
 * statements, intents, consultations, material cooperation ("A and B agreed", "A and B
 * met") and fighting ("A and B clashed"). Appeals, praise, aid and concessions of two
 * subjects go to a third party the sentence may not name ("the U.S. and the Bank of England
 * asked banks to…", "Obama and Rubio speaking up for immigration reform", "funded by the
 * United States, Canada and Mexico"); signing and other mutual acts are marked `symmetric`.
 */
export const MUTUAL_ROOTS = new Set(['01', '03', '04', '06', '19']);
/**
 * Roots whose act is never aimed at the people of the place it is set in: a meeting, talks or
 * a call "in Washington", "at a summit in Tokyo" (a visit's place is its target through the
 * pattern's mode instead), and criticism of something that happened there ("condemned the
 * attack in Benghazi", "ridiculed the comment during a campaign stop in Iowa"). Appeals and
 * inquiries name the place of what they are about: "pleaded with Western nations to let
 * inspectors in Syria finish", "looked into the incident in Israel"; statements too ("expressed
 * a hope that moderates within Iran…", "took responsibility for what happened in Benghazi").
 * Praise and support name the place of what they back, not its people: "welcomed the accord
 * reached in Geneva", "build support for military action in Syria" (at home or abroad alike).
 * Sympathy is left out (SYMPATHY below).
 */
const NOT_AT_PLACE_ROOTS = new Set(['01', '02', '04', '05', '09', '11']);
/** Sympathy is with the people of the place: "expressed sorrow for the shootings in South Carolina". */
const SYMPATHY = '018';
/** Intents to give support or aid go to a third party, like the acts (roots 05, 07): "three countries had offered assistance". */
export const ONE_WAY_INTENTS = new Set(['032', '033']);
/**
 * Roots whose act in a place of the actor's own country is set there, not aimed at its people;
 * force posture too: "Japan has deployed missile defense systems around Tokyo".
 */
export const SET_AT_HOME_ROOTS = new Set(['02', '03', '05', '06', '07', '15']);
/**
 * Roots whose act a purpose clause after it does not share, besides visits (place modes): "met
 * to plan their next attack on Obama" has its own objects, as has the infinitive of the
 * pattern's own noun ("held talks to discuss Iran's program").
 */
export const PURPOSE_CLAUSE_ROOTS = new Set(['04']);
/**
 * Whether a purpose clause or the infinitive of the pattern's own noun has objects of their own:
 * the roots above, and a deal signed (057, "reached a deal to reopen the government").
 */
export function purposeEnds(code: string): boolean {
  return PURPOSE_CLAUSE_ROOTS.has(code.slice(0, 2)) || code === '057';
}
/**
 * Roots that reject or disapprove of someone else's proposal, whose infinitive states what the
 * proposer wants done: "rejected proposals to sanction Uganda", "resisted calls to arm the
 * rebels", "opposed a plan to punish Uganda". Who would be sanctioned is no target of the
 * rejection; the proposer is, when named before ("resisted calls by McCain to arm…").
 */
const OTHERS_PROPOSAL_ROOTS = new Set(['11', '12']);
/**
 * Whether the infinitive of a proposal in the pattern has objects of its own: the roots above, and
 * a denial (016), whose suggestion's infinitive is the suggester's wish ("rejected the suggestion
 * to impose sanctions on Iran" aims at no Iran).
 */
export function proposalEnds(code: string): boolean {
  return OTHERS_PROPOSAL_ROOTS.has(code.slice(0, 2)) || code === '016';
}
/**
 * Roots whose "that"-clause states the source's own act, whose object is its target: intents
 * and threats ("pledged that it would send troops to Mali", "warned it would not give notice
 * before attacking South Korea"). Other roots' clauses hold a claim or a demand, aimed at their
 * subject at most ("rejected claims that his White House leaked secrets to the media").
 */
const OWN_ACT_CLAUSE_ROOTS = new Set(['03', '13']);
export function clauseIsOwnAct(code: string): boolean {
  return OWN_ACT_CLAUSE_ROOTS.has(code.slice(0, 2));
}
/**
 * Roots of acts aimed at whoever made their object: investigations and demands besides the
 * reactions below ("investigating remarks Holder made", "demanded the release of prisoners
 * Uganda holds", "derided the promises Obama made").
 */
const MAKER_AIMED_ROOTS = new Set(['09', '10', '11', '12', '13', '14']);
export function makerAimed(code: string): boolean {
  return MAKER_AIMED_ROOTS.has(code.slice(0, 2));
}
/** Roots of reactions (disapprove, reject, threaten, protest): "protested after Israel seized the ship" aims at Israel. */
export const REACTION_ROOTS = new Set(['11', '12', '13', '14']);
/**
 * Demands name the place of what they ask for ("called for an intervention in Mali", "demanding
 * an end to the flow of weapons into the Gaza Strip"); only a demand made in the demanders' own
 * country is aimed there, at its government: "Saudi activists published a declaration demanding
 * political changes in Saudi Arabia".
 */
export function demandsOfHomeGovernment(code: string): boolean {
  return code.startsWith('10') && !CALMING_DEMANDS.some((c) => code.startsWith(c));
}
/**
 * Demands for calm, a ceasefire, mediation or a settlement are made of the parties where they
 * fight: "called for calm in Libya", "called for a ceasefire in Gaza".
 */
const CALMING_DEMANDS = ['1056', '106', '107'];

/** Whether code `code`'s act is never aimed at a place's people: also a meeting to come (036, "will meet in Bahrain"). */
export function notAtPlace(code: string): boolean {
  return (NOT_AT_PLACE_ROOTS.has(code.slice(0, 2)) && code !== SYMPATHY) || code === '036';
}
