import { inflections } from '../dict/inflect.ts';
import type { CasualtyKind } from '../model/attributes.ts';
import type { PloverType } from '../ontology/cameo.ts';
import { words } from './words.ts';

// Word lists of the casualty finder, by lemma. Data, not logic.

/** A word → kind map from lines of `kind: word word …`. */
function kinds(list: string): ReadonlyMap<string, CasualtyKind> {
  const out = new Map<string, CasualtyKind>();
  for (const line of list.split('\n')) {
    const [kind, ws] = line.split(':');
    if (ws) for (const w of ws.trim().split(/\s+/)) out.set(w, kind.trim() as CasualtyKind);
  }
  return out;
}

/** A count's own noun says what happened: "19 dead", "30 injured", "200 arrests". */
export const CASUALTY_HEADS = kinds(`
  killed: dead death fatality body kill
  wounded: wound wounded injure injured injury
  casualties: casualty
  arrested: arrest detention detain
  missing: missing
  abducted: hostage
`);

/** A predicate after the counted people: "were killed", "died", "remain missing", "fled". */
export const PREDICATES = kinds(`
  killed: kill die dead perish behead execute slay massacre murder
  wounded: wound wounded injure injured hurt
  arrested: arrest detain jail imprison round
  displaced: displace flee evacuate uproot homeless
  abducted: abduct kidnap seize
  missing: missing
`);

/** A verb before the count: "killed at least 19", "arrested dozens of protesters". */
export const ACTIVE_VERBS = kinds(`
  killed: kill execute behead massacre claim
  wounded: wound injure hurt
  arrested: arrest detain jail imprison round
  displaced: displace uproot evacuate
  abducted: abduct kidnap
  troops: deploy send dispatch mobilize mobilise station withdraw mass
`);

/** Words between a subject and its predicate: "who were killed", "have reportedly died". */
export const PREDICATE_GAP = words(`
  who that were was are is be been being have has had reportedly also all later since still now
  remain remained remains left confirmed believed feared to allegedly either subsequently were
  later
`);

export const PERSON_NOUNS = words(`
  people person civilian soldier troop protester protestor demonstrator policeman policewoman
  officer police militant fighter insurgent rebel member resident villager migrant refugee child
  kid woman man men women children student worker journalist guard marine sailor personnel
  activist supporter inmate prisoner suspect hostage citizen national tourist passenger pilgrim
  worshipper family youth teen teenager farmer miner official employee staff crew victim other
  others life adult baby infant girl boy jihadist gunman attacker assailant bomber terrorist
  combatant servicemember serviceman paramilitary militiaman cadet recruit trooper commando doctor
  nurse peacekeeper diplomat lawmaker dissident mourner spectator fan voter paratrooper reservist
  airman guardsman militiamen individual marcher rioter detainee agent contractor settler
  palestinian israeli afghan iraqi syrian american pakistani relative defendant opponent critic
  blogger monk nun priest cleric pupil schoolchild schoolgirl schoolboy athlete commander leader
  chief general colonel captain lieutenant sergeant major commandant
`);

export const TROOP_NOUNS = words(`
  troop soldier marine paratrooper reservist serviceman servicemember personnel trooper commando
  sailor airman guardsman peacekeeper
`);

export const PROTEST_NOUNS: ReadonlySet<string> = new Set([
  'protester',
  'protestor',
  'demonstrator',
  'marcher',
  'rioter',
]);

/** A sentence about a protest makes counted people protesters: "thousands of people rallied". */
export const PROTEST_CUES = words(`
  protest rally march demonstrate demonstration sit-in riot picket crowd street
`);

const IRREGULAR: [string, string][] = [
  ['kidnapped', 'kidnap'],
  ['kidnapping', 'kidnap'],
  ['slain', 'slay'],
  ['fled', 'flee'],
  ['sent', 'send'],
  ['lost', 'lose'],
];

/** Inflected forms of the casualty verbs → their base, for words wink leaves unlemmatized ("abducted"). */
export const VERB_FORMS: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>(IRREGULAR);
  for (const base of [...PREDICATES.keys(), ...ACTIVE_VERBS.keys()])
    for (const form of inflections(base)) if (!out.has(form)) out.set(form, base);
  return out;
})();

/** Every word that may make a sentence worth scanning for counts. */
export const SENTENCE_CUES: ReadonlySet<string> = new Set([
  ...CASUALTY_HEADS.keys(),
  ...VERB_FORMS.keys(),
  ...TROOP_NOUNS,
  ...PROTEST_NOUNS,
  ...PROTEST_CUES,
  'toll',
]);

/** The event types a casualty count belongs to, in order of preference per kind. */
export const EVENT_TYPES: Record<CasualtyKind, readonly PloverType[]> = {
  killed: ['ASSAULT', 'COERCE'],
  wounded: ['ASSAULT', 'COERCE'],
  casualties: ['ASSAULT', 'COERCE'],
  missing: ['ASSAULT', 'COERCE'],
  displaced: ['ASSAULT', 'COERCE'],
  arrested: ['COERCE', 'ASSAULT'],
  abducted: ['COERCE', 'ASSAULT'],
  protesters: ['PROTEST', 'COERCE'],
  troops: ['MOBILIZE', 'ASSAULT'],
};

export const CASUALTY_EVENT_TYPES: ReadonlySet<PloverType> = new Set([
  'ASSAULT',
  'COERCE',
  'PROTEST',
  'MOBILIZE',
]);
