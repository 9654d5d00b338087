import type {
  AgentEntry,
  CountryEntry,
  Dictionaries,
  GroupEntry,
  IssueEntry,
  OrganizationEntry,
  PatternWord,
  PersonEntry,
  VerbPattern,
} from './entries.ts';
import { inflections } from './inflect.ts';
import { readKeyCache, writeKeyCache } from './key-cache.ts';
import { insertPhrase, newTrie, phraseKeys, type TrieNode } from './trie.ts';
import { formBits } from './word-filter.ts';

/** What a phrase in the actor trie can stand for. */
export type LexItem =
  | { type: 'country'; entry: CountryEntry }
  | { type: 'agent'; entry: AgentEntry }
  | { type: 'person'; entry: PersonEntry }
  | { type: 'organization'; entry: OrganizationEntry };

export interface AnchorIndex {
  /** Patterns with no word after the anchor ("demand", "demand $"): always tried. */
  always: VerbPattern[];
  /**
   * Patterns by each form of their first word after the anchor, past any gap or `$` slot
   * ("demand * release" under "release"): tried only when that word is near the anchor.
   */
  byNext: Map<string, VerbPattern[]>;
}

/** Dictionaries compiled for matching: built once per process (or worker). */
export interface Lexicon {
  actors: TrieNode<LexItem>;
  issues: TrieNode<IssueEntry>;
  /** Ethnic and religious group words (dictionaries/groups.txt). */
  groups: TrieNode<GroupEntry>;
  /** Verb patterns by anchor word (lemma or lower-case form). */
  anchors: Map<string, VerbPattern[]>;
  /** The same patterns indexed by their next word, so a frequent anchor ("call") tries only those that can match. */
  anchorIndex: Map<string, AnchorIndex>;
  /** Last word of every person's names (lower case) → the people bearing it. */
  surnames: Map<string, PersonEntry[]>;
  /** Country code → its first `name` entry (for names and lint). */
  countryNames: Map<string, string>;
  source: Dictionaries;
}

/**
 * Compiles dictionaries for matching. Phrase keys come from the key cache when it holds
 * them (`cache: false` skips it, `cacheFile` names another file); wink reads every phrase
 * as a fresh text, so cached and freshly computed keys are the same.
 */
export function compileLexicon(d: Dictionaries, opts: { cache?: boolean; cacheFile?: string } = {}): Lexicon {
  const cache = opts.cache === false ? new Map<string, string[]>() : readKeyCache(opts.cacheFile);
  const before = cache.size;
  const keysOf = (phrase: string): string[] => {
    let k = cache.get(phrase);
    if (!k) {
      k = phraseKeys(phrase);
      cache.set(phrase, k);
    }
    return k;
  };
  const actors = newTrie<LexItem>();
  // Later entries for the same phrase and type override earlier ones (user folders last).
  const add = (phrase: string, item: LexItem) => insertPhrase(actors, keysOf(phrase), item);
  for (const entry of d.countries) add(entry.phrase, { type: 'country', entry });
  for (const entry of d.agents) add(entry.phrase, { type: 'agent', entry });
  for (const entry of d.organizations) add(entry.phrase, { type: 'organization', entry });
  for (const entry of d.people) for (const name of new Set(entry.names)) add(name, { type: 'person', entry });

  const issues = newTrie<IssueEntry>();
  for (const entry of d.issues) insertPhrase(issues, keysOf(entry.phrase), entry);
  const groups = newTrie<GroupEntry>();
  for (const entry of d.groups) insertPhrase(groups, keysOf(entry.phrase), entry);
  if (opts.cache !== false && cache.size !== before) writeKeyCache(cache, opts.cacheFile);

  const anchors = new Map<string, VerbPattern[]>();
  const formSets = new Map<string, ReadonlySet<string>>();
  for (let k = 0; k < d.verbs.length; k++) {
    const p = uniformPattern(d.verbs[k], formSets);
    d.verbs[k] = p;
    const first = p.words[0];
    if (first.type !== 'word') continue;
    for (const w of first.forms ?? first.words) {
      const list = anchors.get(w);
      if (list) list.push(p);
      else anchors.set(w, [p]);
    }
  }
  // the forms of one anchor word ("receive", "received", "receiving"…) hold the same patterns:
  // they share one index, built once
  const order = new Map(d.verbs.map((p, i) => [p, i]));
  const built = new Map<string, AnchorIndex>();
  const anchorIndex = new Map<string, AnchorIndex>();
  for (const [key, list] of anchors) {
    const signature = list.map((p) => order.get(p)).join(',');
    let index = built.get(signature);
    if (!index) {
      index = indexByNext(list);
      built.set(signature, index);
    }
    anchorIndex.set(key, index);
  }
  const surnames = new Map<string, PersonEntry[]>();
  for (const p of d.people) {
    for (const last of new Set(p.names.map((n) => n.trim().split(/\s+/).at(-1)!.toLowerCase()))) {
      const l = surnames.get(last);
      if (l) l.push(p);
      else surnames.set(last, [p]);
    }
  }
  const countryNames = new Map<string, string>();
  for (const c of d.countries)
    if (c.kind === 'name' && !countryNames.has(c.code)) countryNames.set(c.code, c.phrase);
  return { actors, issues, groups, anchors, anchorIndex, surnames, countryNames, source: d };
}

/**
 * A pattern with every optional field present (undefined when unset, so JSON is unchanged),
 * in the order the parser sets them, and its words with their inflected forms: patterns and
 * words of one shape each keep matchPattern and its readers from being re-optimized for
 * every new combination of options.
 */
function uniformPattern(p: VerbPattern, formSets: Map<string, ReadonlySet<string>>): VerbPattern {
  return {
    id: p.id,
    code: p.code,
    source: p.source,
    words: p.words.map((w) => uniformWord(w, formSets)),
    weight: p.weight,
    symmetric: p.symmetric,
    contexts: p.contexts,
    passive: p.passive,
    mode: p.mode,
    slotOnly: p.slotOnly,
    reversed: p.reversed,
    noun: p.noun,
    verb: p.verb,
    mutual: p.mutual,
  };
}

/**
 * One set for each list of forms, however many pattern words have it: of the ~10,000 sets
 * the verb patterns' words and runs make, about a third differ ("to", "with", "against" are
 * in hundreds of patterns). The sets are never changed after compiling.
 */
function sharedForms(
  words: readonly string[],
  formSets: Map<string, ReadonlySet<string>>,
): ReadonlySet<string> {
  const forms = new Set(words.flatMap(inflections));
  const key = [...forms].join('|');
  const known = formSets.get(key);
  if (known) return known;
  formSets.set(key, forms);
  return forms;
}

function uniformWord(w: PatternWord, formSets: Map<string, ReadonlySet<string>>): PatternWord {
  if (w.type !== 'word') return w;
  const forms = sharedForms(w.words, formSets);
  // the test before the set: the matcher asks ~500 tokens per article, each set cold in cache
  let bits = 0;
  for (const f of forms) bits |= formBits(f);
  return {
    type: 'word',
    words: w.words,
    runs: w.runs,
    forms,
    // each word of a run keeps its own forms: "military aid" must match "aid" second
    runForms: w.runs?.map((run) => run.map((x) => sharedForms([x], formSets))),
    formBits: bits,
  };
}

/** One anchor's patterns by the first word after the anchor; those with none are always tried. */
function indexByNext(list: readonly VerbPattern[]): AnchorIndex {
  const index: AnchorIndex = { always: [], byNext: new Map() };
  for (const p of list) {
    const next = p.words.find((w, k) => k > 0 && w.type === 'word');
    if (next?.type !== 'word') {
      index.always.push(p);
      continue;
    }
    for (const f of next.forms ?? next.words) {
      const l = index.byNext.get(f);
      if (l) l.push(p);
      else index.byNext.set(f, [p]);
    }
  }
  return index;
}
