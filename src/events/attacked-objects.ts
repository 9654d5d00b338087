// What a politician's attack hits when it is words: a policy, or the public a policy hurts.
import type { Doc, Mention } from '../model/index.ts';

/**
 * What an attack on "Japan's tight-fisted fiscal policy" or "Obama's health care law" hits:
 * the noun the possessive target modifies. A policy, law or plan is attacked with words; a
 * "program", "position" or "facility" is left alone (those can be bombed).
 */
export function policyOfTarget(doc: Doc, target: Mention): boolean {
  if (!target.possessive) return false;
  const noun = possessedNoun(doc, target.tokenEnd);
  return noun !== undefined && POLICY_NOUNS.has(noun);
}

/** The last noun of the noun phrase starting at `i` ("tight-fisted fiscal policy" → policy). */
function possessedNoun(doc: Doc, i: number): string | undefined {
  let noun: string | undefined;
  for (let k = i; k < Math.min(doc.tokens.length, i + 6); k++) {
    const t = doc.tokens[k];
    if (t.pos === 'NOUN' || t.pos === 'PROPN') noun = t.lower;
    else if (noun !== undefined || !PHRASE_PARTS.has(t.pos)) break;
  }
  return noun;
}
const PHRASE_PARTS = new Set(['ADJ', 'ADV', 'PUNCT', 'VERB', 'NUM']);
const POLICY_NOUNS = new Set([
  'policy',
  'policies',
  'law',
  'laws',
  'bill',
  'bills',
  'legislation',
  'budget',
  'budgets',
  'proposal',
  'proposals',
  'plan',
  'plans',
  'agenda',
  'reform',
  'reforms',
  'record',
  'stance',
  'remarks',
  'comments',
  'statement',
  'statements',
  'decision',
  'decisions',
  'rhetoric',
  'strategy',
  'handling',
  'investments',
  'tax',
  'taxes',
  'spending',
  'ads',
  'speech',
]);

/** Members of the public a policy hurts: "attacks on middle-class families", "attacking children". */
const POLICY_VICTIMS = new Set([
  'family',
  'families',
  'child',
  'children',
  'kid',
  'kids',
  'worker',
  'workers',
  'voter',
  'voters',
  'senior',
  'seniors',
  'retiree',
  'retirees',
  'woman',
  'women',
  'student',
  'students',
  'teacher',
  'teachers',
  'immigrant',
  'immigrants',
  'taxpayer',
  'taxpayers',
  'homeowner',
  'homeowners',
  'consumer',
  'consumers',
]);

/** Whether the target's head noun names members of the public a policy hurts ("families"). */
export function namesPolicyVictims(doc: Doc, target: Mention): boolean {
  return POLICY_VICTIMS.has(doc.tokens[target.tokenEnd - 1]?.lower ?? '');
}
