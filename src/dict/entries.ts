import type { Sector } from '../ontology/sectors.ts';
import type { DateRange } from './lines.ts';

/** `city` and `region` come from the gazetteer, not from countries.txt. */
export type CountryKind = 'name' | 'demonym' | 'people' | 'capital' | 'seat' | 'city' | 'region';
export type AgentKind = 'title' | 'body' | 'group' | 'member';

export interface CountryEntry {
  id: string;
  code: string;
  kind: CountryKind;
  phrase: string;
}

export interface AgentEntry {
  id: string;
  sector: Sector;
  kind: AgentKind;
  phrase: string;
}

export interface Office extends DateRange {
  id: string;
  code: string;
  title: string;
}

export interface PersonEntry {
  id: string;
  name: string;
  /** All names the person is matched by, the canonical one first. */
  names: string[];
  offices: Office[];
  ambiguous: boolean;
}

export interface OrganizationEntry extends DateRange {
  id: string;
  code: string;
  phrase: string;
  kind?: string;
  /** The sector of a known group's organ (`sector=JUD` for the ICJ under UNO). */
  sector?: Sector;
}

/** One word of a verb pattern. */
export type PatternWord =
  /** Alternatives, each one word or a run of adjacent words ("(step down|resign)"). */
  | {
      type: 'word';
      words: string[];
      runs?: string[][];
      /** Every inflected form of `words` (set by the compiler). */
      forms?: ReadonlySet<string>;
      /** Per run, the inflected forms of each of its words (set by the compiler). */
      runForms?: ReadonlySet<string>[][];
      /** `formBits` of every form in `forms`, or-ed (set by the compiler). */
      formBits?: number;
    }
  | { type: 'gap' }
  | { type: 'target' };

export interface VerbPattern {
  id: string;
  /** CAMEO code, or `---` for a guard. */
  code: string;
  source: string;
  words: PatternWord[];
  /** Number of literal words: the pattern's weight when two overlap. */
  weight: number;
  symmetric: boolean;
  mode?: string;
  contexts: string[];
  passive: boolean;
  /** `slot-only`: the target is the actor filling the `$` slot exactly, or there is no event. */
  slotOnly?: boolean;
  /** `reversed`: the subject receives the act from the actor in the `$` slot ("received aid from $"). */
  reversed?: boolean;
  /** `mutual`: the event is between coordinated subjects or with the actor after "with"; what follows is its topic. */
  mutual?: boolean;
  /** `noun`: the anchor must be read as a noun ("the protests in Cairo", not "protested in Cairo"). */
  noun?: boolean;
  /** `verb`: the anchor must not be read as a noun or adjective ("pressed Congress for", not "press reports … for"). */
  verb?: boolean;
}

export interface IssueEntry {
  id: string;
  context: string;
  phrase: string;
}

/** An ethnic group or a religion (dictionaries/groups.txt): the third part of a CAMEO actor code. */
export type GroupKind = 'ethnic' | 'religion';

export interface GroupEntry {
  id: string;
  /** CAMEO ethnic or religion code (`KUR`, `MOS`). */
  code: string;
  kind: GroupKind;
  phrase: string;
}

export interface Dictionaries {
  countries: CountryEntry[];
  agents: AgentEntry[];
  people: PersonEntry[];
  organizations: OrganizationEntry[];
  verbs: VerbPattern[];
  issues: IssueEntry[];
  groups: GroupEntry[];
}
