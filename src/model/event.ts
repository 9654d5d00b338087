import type { PloverType, Quad } from '../ontology/cameo.ts';
import type { DateGranularity } from './attributes.ts';
import type { TextSpan } from './span.ts';

/**
 * One coded event: who did what to whom. This record is a stable contract: `dyad code
 * --format jsonl` prints it, the store keeps it, the exports and `dyad eval` read it.
 */
export interface Event {
  /** The input's id (or the file name without extension). */
  article: string;
  /** Index of the sentence in the article. */
  sentence: number;
  source: string;
  target: string;
  source_name: string | null;
  target_name: string | null;
  cameo: string;
  plover: PloverType | null;
  mode: string | null;
  symmetric: boolean;
  goldstein: number;
  /** PLOVER grouping: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quad: Quad | null;
  /** `YYYY-MM-DD`. */
  date: string | null;
  location: string | null;
  negated: boolean;
  /** The exact words carrying the event: verb pattern, source and target mentions. */
  evidence: TextSpan[];
  /** The verb pattern that fired, as `file:line`. */
  rule: string;
  /** 0..1, from how the event was found (direct subject–verb–object is highest). */
  confidence: number;
  /** PLOVER contexts from topic words in the sentence. */
  contexts: string[];
  /** How source and target were resolved (dictionary entries and coder rules). */
  source_rule: string;
  target_rule: string;
  /** How `date` was found: a stated day, a weekday resolved by tense, a relative word, the dateline, the article date. */
  date_granularity?: DateGranularity;
  /**
   * The ethnic group or religion the source (target) is named by ("Iraqi Kurds" → `KUR`,
   * "Druze inhabitants" → `DRZ`), from dictionaries/groups.txt: CAMEO's third code part. The
   * codes themselves stay country + sector, as shared/ANNOTATION.md defines them;
   * `withGroupCodes` writes the part into them, as CAMEO and PETRARCH do.
   */
  source_group?: string;
  target_group?: string;
}

/** `e` with its actors' groups written into their codes (`IRQCVL` + `KUR` → `IRQCVLKUR`), as CAMEO does. */
export function withGroupCodes(e: Event): Event {
  if (!e.source_group && !e.target_group) return e;
  const coded = (code: string, group: string | undefined) =>
    group && code.length === 6 ? code + group : code;
  return { ...e, source: coded(e.source, e.source_group), target: coded(e.target, e.target_group) };
}
