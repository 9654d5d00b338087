import { DETERMINERS } from '../actors/words.ts';
import type { Doc, Mention, Token } from '../model/index.ts';
import { actNounOwner } from './act-nouns.ts';
import { controlledDoer } from './object-control.ts';
import { possessorOfAct } from './possessed-acts.ts';
import { recalledAct } from './recalled-acts.ts';
import { antecedent, closedRelatives, doneActBeforeRelative, subjectRelative } from './relatives.ts';
import { canAct, isModifier, prevWord, prevWordIndex, type Role } from './roles.ts';
import {
  objectBeforeAdjunct,
  objectOfCoordinatedVerb,
  openedClauseSubject,
  reportedUnnamedSubject,
  unknownOwner,
  unnamedSubject,
  unownedCharge,
} from './subject-clues.ts';
import {
  HEAD_MODIFIERS,
  PARTITIVE_HEADS,
  PREPOSITIONS,
  QUOTES,
  RELATIVE_WORDS,
  REPORTING,
  SUBJECT_PRONOUNS,
  VOICING_VERBS,
  verbBefore,
} from './words.ts';

const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her']);
/**
 * Verbs of starting, carrying on or raising one's own act: "Iraqi forces have begun their
 * assault on Mosul", "the rebels stepped up their attacks" (the act is the subject's).
 */
const OWN_ACT_VERBS: ReadonlySet<string> = new Set([
  'begin',
  'start',
  'resume',
  'mount',
  'wage',
  'conduct',
  'step',
  'ramp',
  'escalate',
  'expand',
  'widen',
  'press',
]);

/**
 * True when `m` is the object of "of" in a partitive subject that opens the clause: every
 * word from the clause start to the "of" is a determiner, number, adjective or partitive
 * head ("Tens of thousands of students", "A member of the parliament").
 */
function partitiveSubject(tokens: readonly Token[], m: Mention, sentenceStart: number): boolean {
  let i = m.tokenStart - 1;
  // "hundreds of vociferous protesters"
  while (i > sentenceStart && tokens[i].pos === 'ADJ') i--;
  if (tokens[i]?.lower !== 'of') return false;
  let heads = 0;
  for (i--; i >= sentenceStart; i--) {
    const t = tokens[i];
    if (t.text === ',' || t.lower === 'that') break;
    if (PARTITIVE_HEADS.has(t.lower) || PARTITIVE_HEADS.has(t.lemma)) heads++;
    else if (!(t.lower === 'of' || t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'ADJ' || t.pos === 'ADV'))
      return false;
  }
  return heads > 0;
}

/**
 * Nouns of an office whose holder acts for the body named by "of" after it: "the head of
 * Hamas", "the policy director of the Obama campaign", "the chairman of the Federal Reserve".
 */
const OFFICE_HEADS = new Set([
  'head',
  'chief',
  'director',
  'chairman',
  'chairwoman',
  'chair',
  'president',
  'secretary',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'commander',
  'speaker',
  'manager',
  'ambassador',
  'envoy',
]);

/**
 * True when `m` is the object of "of" after an office noun that heads the subject: "The head
 * of Hamas criticized Israel", "James Kvaal, the policy director of the Obama campaign,
 * accused Mr. Romney" (the holder acts for the body). Only determiners, adjectives and one
 * noun of the office ("policy director") may stand before the office noun. An apposition to a
 * named person ("Curtis Scaparrotti, director of the Joint Staff, called") leaves the subject
 * to the person.
 */
function officeSubject(
  tokens: readonly Token[],
  left: readonly Mention[],
  m: Mention,
  sentenceStart: number,
): boolean {
  let i = m.tokenStart - 1;
  while (i > sentenceStart && tokens[i].pos === 'DET') i--;
  if (tokens[i]?.lower !== 'of' || i - 1 < sentenceStart) return false;
  const head = tokens[i - 1];
  if (!OFFICE_HEADS.has(head.lower) && !OFFICE_HEADS.has(head.lemma)) return false;
  let j = i - 2;
  if (j >= sentenceStart && tokens[j].pos === 'NOUN') j--;
  while (j >= sentenceStart && (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ')) j--;
  if (j < sentenceStart) return true;
  if (tokens[j].text !== ',') return false;
  // "Person, the director of X,", "Senator Max Baucus of Montana, the chairman of the Senate
  // Finance Committee,": a name the dictionaries know before the apposition (alone or joined
  // with the office it holds) is the subject
  return !left.some(
    (x) =>
      x.tokenStart < j && (x.tokenEnd > i - 1 || tokens.slice(x.tokenEnd, j).every((t) => t.text !== ',')),
  );
}

/**
 * The clause subject left of the anchor: the nearest mention that is not a possessive or
 * modifier, not a place, and not the object of a preposition. Nominal anchors take their
 * possessor or modifier ("Iran's attack", "the American withdrawal"); a participle after a
 * comma ("…, discussing") takes the subject of the main clause.
 */
export function findSource(
  doc: Doc,
  mentions: readonly Mention[],
  anchor: number,
  sentenceStart: number,
  sentenceEnd: number,
): Role | undefined {
  const tokens = doc.tokens;
  const a = tokens[anchor];
  // a verb right after the quotation it closes: '"Media is going down," warned the Syrian
  // army' has its speaker after it; 'a "kick in the gut for middle-class families," blaming
  // Obama' its subject before the quotation. Nobody named inside the quotation is its subject.
  const open = a.pos === 'VERB' ? quotationBefore(tokens, anchor, sentenceStart) : -1;
  if (open >= 0) {
    // only a quotation that opens the sentence leaves the subject to follow its verb
    const speaker =
      open > sentenceStart || a.lower.endsWith('ing')
        ? undefined
        : mentions.find(
            (m) => m.tokenStart > anchor && m.tokenStart <= anchor + 2 && canAct(m) && !m.possessive,
          );
    if (speaker) return { mention: speaker, rule: 'source:speaker-after-quotation' };
    mentions = mentions.filter((m) => m.tokenEnd <= open || m.tokenStart > anchor);
  }
  const left = mentions.filter((m) => m.tokenEnd <= anchor && canAct(m));
  if (left.length === 0) return undefined;
  // "prompted 23 House Republicans to call on Obama", "called on Obama and Holder to prosecute":
  // the infinitive after a control verb's object is the object's act, whoever the clause's subject
  const doer = controlledDoer(tokens, mentions, anchor, sentenceStart);
  if (doer === 'unknown') return undefined;
  if (doer) return { mention: doer, rule: 'source:object-of-control-verb' };
  // "Russia's decision to expel Ukrainian diplomats", "the Chinese decision to send warships":
  // the infinitive after an actor's noun of deciding or trying is that actor's act
  const owner = a.pos === 'VERB' ? actNounOwner(tokens, left, anchor, sentenceStart, sentenceEnd) : undefined;
  if (owner) return { mention: owner, rule: 'source:owner-of-act-noun' };
  // "its supply of drones": the possessor is a pronoun we do not resolve, unless a verb of
  // repeating or voicing governs the noun: "the ILO reiterated its demand that…" is the ILO's
  const before1 = anchor > sentenceStart ? tokens[anchor - 1] : undefined;
  if (a.pos === 'NOUN' && before1 && POSSESSIVE_PRONOUNS.has(before1.lower)) {
    // "stepped up their attacks": the verb before its particle
    const verb = tokens[anchor - 2]?.lower === 'up' ? anchor - 3 : anchor - 2;
    if (
      verb <= sentenceStart ||
      tokens[verb].pos !== 'VERB' ||
      !(VOICING_VERBS.has(tokens[verb].lemma) || OWN_ACT_VERBS.has(tokens[verb].lemma))
    )
      return undefined;
    const owner = findSource(doc, mentions, verb, sentenceStart, sentenceEnd);
    return owner && { mention: owner.mention, rule: 'source:subject-of-verb-governing-its-noun' };
  }
  if (
    a.pos === 'NOUN' &&
    (unownedCharge(tokens, anchor, sentenceStart) || unknownOwner(tokens, mentions, anchor))
  )
    return undefined;
  // "Obama's push for Congress to vote", "Democrats’ new, multipronged attack on Romney": the act
  // a possessive owns is its owner's, not the clause subject's; an owner no actor names is unknown
  const possessor = possessorOfAct(tokens, mentions, anchor, sentenceStart);
  if (possessor === 'unknown') return undefined;
  if (possessor) return { mention: possessor, rule: 'source:possessor-of-event-noun' };
  // possessor or modifier of a nominal anchor
  const nearest = left.at(-1)!;
  // "Moscow's granting of asylum": a gerund right after a possessive is its owner's act
  if (a.pos === 'VERB' && nearest.possessive && nearest.tokenEnd === anchor && a.lower.endsWith('ing'))
    return { mention: nearest, rule: 'source:possessor-of-event-noun' };
  // "the Dhaka meeting", "the Geneva talks": a capital before an event noun is where it is held
  if (
    a.pos === 'NOUN' &&
    isModifier(tokens, nearest, sentenceEnd) &&
    !(nearest.kind === 'capital' && !nearest.possessive)
  ) {
    const between = tokens.slice(nearest.tokenEnd, anchor);
    if (between.every((t) => t.pos === 'ADJ' || t.pos === 'PART' || t.lower === "'s" || t.lower === '’s')) {
      return { mention: nearest, rule: 'source:possessor-of-event-noun' };
    }
  }
  // participial clause: ", discussing …" → subject of the main clause
  const before = anchor > sentenceStart ? tokens[anchor - 1] : undefined;
  if (a.lower.endsWith('ing') && before?.text === ',' && !afterAuxAside(tokens, anchor - 1, sentenceStart)) {
    const candidates = left.filter(
      (m) => !isModifier(tokens, m, sentenceEnd) && !PREPOSITIONS.has(prevWord(tokens, m)?.lower ?? ''),
    );
    // "Matthews exploded at RNC chairman Reince Priebus, alleging that…": an actor after a verb
    // of its stretch is that verb's object, not the subject ("After meeting Putin, Obama left,
    // saying…" has its subject after the fronted clause's comma)
    const subject = candidates.find((m) => !verbEarlierInStretch(tokens, m, sentenceStart));
    if (subject) return { mention: subject, rule: 'source:main-clause-subject-of-participle' };
    if (candidates.length > 0) return undefined;
  }
  // "Kerry called Lavrov before meeting with Netanyahu", "will visit Canada and Japan before
  // starting negotiations with banks": a gerund right after "before", "after", "while"… is the
  // main clause subject's act, not that of the object of the clause's verb
  if (a.lower.endsWith('ing') && before && TIME_SUBORDINATORS.has(before.lower)) {
    const subject = gerundClauseSubject(tokens, left, sentenceStart, sentenceEnd);
    return subject && { mention: subject, rule: 'source:main-clause-subject-of-participle' };
  }
  // "Russia punished Ukraine by expelling its diplomats": a gerund after "by" names the means
  // of the verb before it, whose subject acts, not that verb's object
  if (a.pos === 'VERB' && a.lower.endsWith('ing') && before?.lower === 'by') {
    const verb = meansOf(tokens, anchor - 1, sentenceStart);
    const main = verb >= 0 ? findSource(doc, mentions, verb, sentenceStart, sentenceEnd) : undefined;
    if (main) return { mention: main.mention, rule: 'source:main-clause-subject-of-participle' };
  }
  // "sent supplies to the rebels fighting the Assad government": a participle right after a
  // noun phrase is said of it (a reduced relative clause), whatever governs the phrase
  if (
    a.pos === 'VERB' &&
    a.lower.endsWith('ing') &&
    nearest.tokenEnd === anchor &&
    !nearest.possessive &&
    !messageAddressee(tokens, nearest)
  )
    return { mention: nearest, rule: 'source:noun-before-participle' };
  // "rejected a resolution condemning Uganda", "a petition by the rice industry seeking relief":
  // a participle right after a noun is said of that noun; its actor is who made it
  if (a.pos === 'VERB' && a.lower.endsWith('ing') && before?.pos === 'NOUN') {
    const made = makerOfNounBefore(tokens, left, anchor, sentenceStart);
    if (made !== 'subject') return made && { mention: made, rule: 'source:maker-of-noun-before-participle' };
  }
  // subject relative clause: "Hamas, which attacked Israel" → its antecedent, or no one
  const rel = subjectRelative(tokens, left, anchor, sentenceStart);
  if (rel >= 0) {
    const m = antecedent(tokens, left, rel, sentenceStart);
    if (m) return { mention: m, rule: 'source:relative-clause-antecedent' };
    // "the rebels carried out an attack that killed 12 soldiers": the act noun's doer
    const verb = doneActBeforeRelative(tokens, rel, sentenceStart);
    const doer = verb >= 0 ? findSource(doc, mentions, verb, sentenceStart, sentenceEnd) : undefined;
    return doer && { mention: doer.mention, rule: 'source:doer-of-act-before-relative' };
  }
  // "Romney, who met Netanyahu last year, criticized …": the relative clause's actors are not the subject
  const enclosed = closedRelatives(tokens, anchor, sentenceStart);
  if (
    a.pos === 'VERB' &&
    (unnamedSubject(tokens, left, anchor, sentenceStart) ||
      reportedUnnamedSubject(tokens, left, anchor, sentenceStart))
  )
    return undefined;
  for (let k = left.length - 1; k >= 0; k--) {
    const m = left[k];
    if (objectOfCoordinatedVerb(tokens, m, anchor, sentenceStart)) continue;
    if (a.pos === 'NOUN' && objectBeforeAdjunct(tokens, m, anchor, sentenceStart)) continue;
    const gap = tokens.slice(m.tokenEnd, anchor);
    if (gap.some((t) => t.text === ';')) break;
    if (isModifier(tokens, m, sentenceEnd) || roleAfterAs(tokens, m, sentenceStart)) continue;
    // "Officials who met Putin praised Obama", "Those who support Uganda criticized Kenya": the
    // object of a subject relative clause right before the verb is not its subject; the
    // clause's antecedent is, when it names an actor
    const rel = relativeObjectBefore(tokens, m, anchor, sentenceStart);
    if (rel >= 0) {
      const owner = left.find((x) => x.tokenEnd === rel && !x.possessive);
      return owner ? { mention: owner, rule: 'source:relative-clause-antecedent' } : undefined;
    }
    if (includedInSubject(tokens, left, m, anchor, sentenceStart))
      return { mention: m, rule: 'source:named-in-unnamed-subject' };
    if (memberOfNamedGroup(tokens, left, m, sentenceStart)) continue;
    if (enclosed.some(([from, to]) => m.tokenStart > from && m.tokenEnd <= to)) continue;
    // "The Nigerian Union of Teachers, the umbrella union for primary school teachers, announced":
    // an actor inside an apposition, after its own head noun, is no subject; the name before it is
    const named = namedBeforeApposition(tokens, left, m, anchor, sentenceStart);
    if (named) return { mention: named, rule: 'source:named-before-apposition' };
    // "…, with Russia accusing Ukraine of lying", "after the North shelled an island": the word
    // before the mention opens a clause whose subject it is
    const opened = openedClauseSubject(tokens, prevWordIndex(tokens, m), m, anchor);
    if (opened) return { mention: m, rule: opened };
    if (
      (PREPOSITIONS.has(prevWord(tokens, m)?.lower ?? '') ||
        prepositionalConjunct(tokens, m, sentenceStart)) &&
      m.tokenStart > sentenceStart
    ) {
      if (partitiveSubject(tokens, m, sentenceStart)) return { mention: m, rule: 'source:partitive-subject' };
      if (officeSubject(tokens, left, m, sentenceStart))
        return { mention: m, rule: 'source:office-of-subject' };
      if (likeInSubject(tokens, left, m, sentenceStart))
        return { mention: m, rule: 'source:named-in-unnamed-subject' };
      continue;
    }
    // "Erdogan told reporters that he would meet Netanyahu": whom one tells is no subject of
    // what one tells them; the unresolved "he" there is the teller, named before
    if (toldAddressee(tokens, m, anchor, sentenceStart)) continue;
    // "officials praised Uganda last year before they criticized Tanzania": a verb's object is no
    // subject of a later verb whose own subject is a pronoun left unresolved
    if (objectBeforePronounSubject(tokens, m, anchor, sentenceStart)) return undefined;
    // "North Korea has threatened Japan, and its missile tests have been carried out in defiance
    // of Beijing's warnings": a clause after ", and" has a subject of its own, no actor
    if (unnamedSubjectAfterConjunction(tokens, mentions, m.tokenEnd, anchor)) return undefined;
    // "Romney was critical of the administration in the aftermath of the attack on the U.S.
    // Embassy": a subject named before other actors did not do an act the text recalls
    if (k < left.length - 1 && recalledAct(tokens, anchor, sentenceStart)) return undefined;
    return {
      mention: m,
      rule: k === left.length - 1 ? 'source:nearest-subject' : 'source:subject-before-prepositional-phrase',
    };
  }
  return undefined;
}

/** Words after which a gerund opens an adjunct of time or manner: "before meeting", "after holding talks". */
const TIME_SUBORDINATORS = new Set(['before', 'after', 'while', 'without', 'upon', 'since', 'besides']);

/**
 * The subject of the clause a gerund adjunct ("before meeting with …") hangs on: the nearest
 * mention before it that is no verb's direct object, no preposition's object and no modifier
 * ("Iran freed the British sailors after holding talks" → Iran). None when every actor named
 * there is an object: the subject is then someone no mention names.
 */
function gerundClauseSubject(
  tokens: readonly Token[],
  left: readonly Mention[],
  sentenceStart: number,
  sentenceEnd: number,
): Mention | undefined {
  for (let k = left.length - 1; k >= 0; k--) {
    const m = left[k];
    if (isModifier(tokens, m, sentenceEnd) || PREPOSITIONS.has(prevWord(tokens, m)?.lower ?? '')) continue;
    // "said Obama met Putin before…" has its subject after the verb of saying; "told reporters
    // after meeting…" its addressee
    const verb = verbBefore(tokens, m.tokenStart, sentenceStart);
    if (verb && (!REPORTING.has(verb.lemma) || TELLING.has(verb.lemma))) continue;
    return m;
  }
  return undefined;
}

/** Determiners and possessive pronouns that open a clause's subject after ", and". */
const SUBJECT_OPENERS = new Set(['the', 'its', 'their', 'his', 'her', 'a', 'an', 'this', 'these', 'those']);
/** Subject pronouns that open a clause of their own. */
const CLAUSE_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
/** Tags of the words of a subject noun phrase between its opener and its verb. */
const SUBJECT_WORDS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'CCONJ', 'ADV']);

/**
 * Whether a clause opens between `from` and the anchor: ", and" or ", but", a noun phrase no
 * mention names, opened by a determiner or possessive, and a finite verb of its own before the
 * anchor ("…, and its tests have been carried out in defiance of"; "…, and his message was a call
 * for"). Its subject, not an actor before the comma, did the act.
 */
function unnamedSubjectAfterConjunction(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  from: number,
  anchor: number,
): boolean {
  for (let c = from; c + 2 < anchor; c++) {
    if (tokens[c].text !== ',' || (tokens[c + 1].lower !== 'and' && tokens[c + 1].lower !== 'but')) continue;
    if (!SUBJECT_OPENERS.has(tokens[c + 2].lower)) continue;
    let v = c + 3;
    while (v < anchor && SUBJECT_WORDS.has(tokens[v].pos)) v++;
    if (v >= anchor || v === c + 3) continue;
    const verb = tokens[v];
    const finite = verb.pos === 'AUX' || (verb.pos === 'VERB' && !verb.lower.endsWith('ing'));
    if (!finite) continue;
    if (mentions.some((x) => x.tokenStart > c && x.tokenStart < v)) continue;
    // "…, but the measure was vetoed by Christie": the anchor's own verb group, whose subject
    // the passive makes its target; "…, and the campaign has indicated that they will meet": a
    // pronoun subject of a clause of its own stands nearer the anchor
    const between = tokens.slice(v + 1, anchor);
    if (between.every((t) => t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART')) continue;
    if (between.some((t) => t.pos === 'PRON' && CLAUSE_PRONOUNS.has(t.lower))) continue;
    return true;
  }
  return false;
}

/** Verbs whose object is told something: "told reporters that he…", "assured Iran he…". */
const TELLING = new Set(['tell', 'assure', 'inform', 'remind', 'brief', 'promise']);
/** The pronouns a teller names itself by in what it tells. */
const TELLER_PRONOUNS = new Set(['he', 'she']);

/**
 * Whether mention `m` is whom a verb of telling right before it tells ("told reporters",
 * "assured Iran") and "he" or "she" opens the clause told, right after it or after "that",
 * before the anchor: that pronoun is the teller's, not the addressee's.
 */
function toldAddressee(tokens: readonly Token[], m: Mention, anchor: number, sentenceStart: number): boolean {
  const verb = verbBefore(tokens, m.tokenStart, sentenceStart);
  if (!verb || !TELLING.has(verb.lemma)) return false;
  const k = tokens[m.tokenEnd]?.lower === 'that' ? m.tokenEnd + 1 : m.tokenEnd;
  return k < anchor && TELLER_PRONOUNS.has(tokens[k].lower);
}

/**
 * Whether mention `m` is the object of a verb right before it ("praised Uganda", "arming Moammar
 * Gadhafi") and a subject pronoun stands between it and the verb at `anchor`: that pronoun,
 * which no mention resolved, is the subject. "Iraq said it had repelled…" keeps its subject, and
 * a person may be one of "they" ("Obama meets Putin … and they discuss").
 */
function objectBeforePronounSubject(
  tokens: readonly Token[],
  m: Mention,
  anchor: number,
  sentenceStart: number,
): boolean {
  if (!verbBefore(tokens, m.tokenStart, sentenceStart)) return false;
  for (let k = m.tokenEnd; k < anchor; k++) {
    const w = tokens[k].lower;
    if (SUBJECT_PRONOUNS.has(w) && !(w === 'they' && m.kind === 'person')) return true;
  }
  return false;
}

/**
 * Verbs whose object is someone else's product: "rejected a resolution condemning Uganda",
 * "complained about an ad campaign encouraging residents to…", "vetoed a bill imposing…".
 */
const OTHERS_PRODUCT_VERBS = new Set([
  'reject',
  'oppose',
  'veto',
  'block',
  'condemn',
  'criticize',
  'denounce',
  'dismiss',
  'ban',
  'complain',
  'ridicule',
  'mock',
  'decry',
  'challenge',
  'overturn',
  'receive',
  'review',
  'cite',
  'quote',
  'answer',
]);

/**
 * Who acts in a participle right after the noun at `anchor - 1`, the object of the clause's
 * verb: the actor after "by" or the possessor in the noun's phrase ("a petition by the rice
 * industry seeking relief", "Uganda's plan seeking aid") or else no one, when the verb takes
 * someone else's product ("rejected a resolution condemning Uganda"); otherwise 'subject': the
 * noun is the subject's own ("issued a statement condemning Uganda", "spent millions on ads
 * attacking Obama"), or no verb governs it in its clause.
 */
function makerOfNounBefore(
  tokens: readonly Token[],
  left: readonly Mention[],
  anchor: number,
  sentenceStart: number,
): Mention | undefined | 'subject' {
  let verb = -1;
  for (let k = anchor - 1; k >= sentenceStart; k--) {
    const t = tokens[k];
    if (t.text === ',' || t.text === ';' || t.pos === 'SCONJ' || RELATIVE_WORDS.has(t.lower)) break;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      verb = k;
      break;
    }
  }
  if (verb < 0 || tokens[verb].pos !== 'VERB' || !OTHERS_PRODUCT_VERBS.has(tokens[verb].lemma))
    return 'subject';
  const inPhrase = left.filter((m) => m.tokenStart > verb);
  if (inPhrase.length === 0) return undefined;
  const owner = inPhrase.find((m) => m.possessive || tokens[m.tokenStart - 1]?.lower === 'by');
  return owner ?? 'subject';
}

/**
 * Whether a verb stands between mention `m` and the comma (or sentence start) before it. A
 * participle after a determiner modifies a noun ("The toppled leader's Muslim Brotherhood"),
 * and the speaker right after a reporting verb is its subject ("said Sen. Mark Pryor").
 */
function verbEarlierInStretch(tokens: readonly Token[], m: Mention, sentenceStart: number): boolean {
  if (m.tokenStart > sentenceStart && REPORTING.has(tokens[m.tokenStart - 1].lemma)) return false;
  for (let i = m.tokenStart - 1; i >= sentenceStart && tokens[i].text !== ','; i--)
    if (tokens[i].pos === 'VERB' && tokens[i - 1]?.pos !== 'DET') return true;
  return false;
}

/**
 * The active verb whose means a "by" at `by` introduces: the nearest verb before it in the
 * clause ("punished Ukraine by"), or -1 when it is passive ("was weakened by fighting") or
 * a comma, a subordinator or another gerund comes first.
 */
function meansOf(tokens: readonly Token[], by: number, sentenceStart: number): number {
  for (let v = by - 1; v >= sentenceStart; v--) {
    const t = tokens[v];
    // "to tell Marines that by refusing …, Congress is failing": the clause it opens follows
    if (t.text === ',' || t.text === ';' || t.pos === 'SCONJ' || t.lower === 'that') return -1;
    if (t.pos !== 'VERB') continue;
    if (t.lower.endsWith('ing')) return -1;
    let k = v - 1;
    while (k >= sentenceStart && tokens[k].pos === 'ADV') k--;
    return k >= sentenceStart && (tokens[k].lemma === 'be' || tokens[k].lemma === 'get') ? -1 : v;
  }
  return -1;
}

/**
 * Verbs whose object may be the subject of a clause after it ("say the president is", "demanded
 * Republicans refuse", "made people appreciate"). participles.ts has its own, narrower
 * CLAUSE_TAKING for the verb before a bare noun phrase; the two differ on purpose.
 */
const CLAUSE_OBJECT_VERBS = new Set([
  ...REPORTING,
  'demand',
  'ask',
  'want',
  'expect',
  'hope',
  'think',
  'believe',
  'fear',
  'know',
  'see',
  'hear',
  'insist',
  'urge',
  'require',
  'make',
  'let',
  'have',
  'get',
  'help',
]);
/** Relative words opening a subject relative clause: "officials who met Putin", "countries that back Iran". */
const SUBJECT_RELATIVES = new Set(['who', 'that', 'which']);

/**
 * Where the relative word stands when `m` is the object of the verb of a subject relative clause
 * that ends right before the anchor ("Officials who met Putin praised"), or -1.
 */
function relativeObjectBefore(
  tokens: readonly Token[],
  m: Mention,
  anchor: number,
  sentenceStart: number,
): number {
  for (let i = m.tokenEnd; i < anchor; i++) if (tokens[i].pos !== 'ADV' && tokens[i].pos !== 'AUX') return -1;
  let v = m.tokenStart - 1;
  while (v > sentenceStart && (tokens[v].pos === 'DET' || tokens[v].pos === 'ADJ')) v--;
  // "groups that say the president is deporting", "a group that demanded Republicans refuse":
  // the word after a verb of saying, wanting or making opens a clause of its own
  if (v <= sentenceStart || tokens[v].pos !== 'VERB' || CLAUSE_OBJECT_VERBS.has(tokens[v].lemma)) return -1;
  let r = v - 1;
  while (
    r > sentenceStart &&
    (tokens[r].pos === 'ADV' || tokens[r].pos === 'AUX' || tokens[r].pos === 'PART')
  )
    r--;
  return r > sentenceStart && SUBJECT_RELATIVES.has(tokens[r].lower) ? r : -1;
}

/** Words opening the members named inside a group: "Western nations, including Britain, …". */
const INCLUDING = new Set(['including', 'notably', 'especially', 'particularly']);

/**
 * "Western countries, including Britain and France, condemned…", "Critics, including the European
 * Commission, accuse…": the group is no actor the dictionaries know (or has no country), so the
 * members named between commas right before the verb act for it.
 */
function includedInSubject(
  tokens: readonly Token[],
  left: readonly Mention[],
  m: Mention,
  anchor: number,
  sentenceStart: number,
): boolean {
  const p = m.tokenStart - 1;
  if (p - 2 < sentenceStart || !INCLUDING.has(tokens[p].lower) || tokens[p - 1].text !== ',') return false;
  if (tokens[m.tokenEnd]?.text !== ',') return false;
  for (let i = m.tokenEnd + 1; i < anchor; i++)
    if (!['AUX', 'ADV', 'PART'].includes(tokens[i].pos)) return false;
  const head = tokens[p - 2];
  if (head.pos !== 'NOUN') return false;
  return unplacedGroup(left, p - 2);
}

/** Whether the group noun at `i` names no actor, or only one with no country: "Western countries", "rights groups". */
function unplacedGroup(left: readonly Mention[], i: number): boolean {
  const group = left.find((x) => x.tokenStart <= i && x.tokenEnd > i);
  return !group || group.actors.every((a) => a.country === '---');
}

/**
 * "Russian aircraft including helicopter gunships killed…": a member named after "including"
 * right behind a group the dictionaries place in a country is part of that group, which acts.
 */
function memberOfNamedGroup(
  tokens: readonly Token[],
  left: readonly Mention[],
  m: Mention,
  sentenceStart: number,
): boolean {
  let p = m.tokenStart - 1;
  while (p > sentenceStart && HEAD_MODIFIERS.has(tokens[p].pos)) p--;
  if (p <= sentenceStart || !INCLUDING.has(tokens[p].lower)) return false;
  const end = tokens[p - 1].text === ',' ? p - 1 : p;
  const group = left.find((x) => x.tokenEnd === end);
  return !!group && !group.possessive && group.actors.some((a) => a.country !== '---');
}

/**
 * "Old enemies like Hezbollah and Hamas continue to threaten Israel", "Gun rights groups like the
 * National Rifle Association … are calling out the president": the actors after "like" name the
 * members of a group noun no actor covers (or one with no country), as "such as" and "including" do.
 */
function likeInSubject(
  tokens: readonly Token[],
  left: readonly Mention[],
  m: Mention,
  sentenceStart: number,
): boolean {
  const p = m.tokenStart - 1;
  if (p - 1 < sentenceStart || tokens[p].lower !== 'like' || tokens[p - 1].pos !== 'NOUN') return false;
  // "cities like Oakland": a place names no member acting
  if (m.kind === 'place' || m.kind === 'capital') return false;
  return unplacedGroup(left, p - 1);
}

/** "a letter to Obama calling on him", "an ad against Romney accusing him", "a piece in a newspaper criticizing": the participle is the letter's. */
const ADDRESSEE_PREPOSITIONS = new Set(['to', 'against', 'with', 'at', 'in', 'for']);
/** Addressee prepositions that mostly name a place: "troops in Iraq fighting ISIS". */
const PLACE_PREPOSITIONS = new Set(['at', 'in']);
/**
 * Nouns of a message, a meeting or a visit, whose sender or attendee does what a participle
 * after its addressee says: "a letter to Obama urging him", "an appearance with Peres accusing Russia".
 */
const MESSAGE_NOUNS = new Set([
  'letter',
  'call',
  'ad',
  'advert',
  'advertisement',
  'commercial',
  'video',
  'piece',
  'article',
  'column',
  'editorial',
  'op-ed',
  'statement',
  'message',
  'appeal',
  'note',
  'memo',
  'cable',
  'email',
  'e-mail',
  'tweet',
  'post',
  'petition',
  'speech',
  'address',
  'interview',
  'report',
  'complaint',
  'resolution',
  'motion',
  'bill',
  'amendment',
  'warning',
  'plea',
  'request',
  'campaign',
  'meeting',
  'conference',
  'session',
  'hearing',
  'summit',
  'talk',
  'debate',
  'briefing',
  'rally',
  'event',
  'appearance',
  'ceremony',
  'forum',
  'gathering',
  'dinner',
  'visit',
  'trip',
  'tour',
]);

/**
 * True when `m` is the object of an addressee preposition whose governor is a message ("a
 * letter to Obama urging him", "calls to Congress demanding a resolution", "ads in Ohio
 * attacking Romney") or a verb ("said in Washington accusing"), so a participle after it is
 * the message's or the clause subject's. A participle after the object of a preposition that
 * a thing governs ("sent supplies to the rebels fighting the Assad government", "weapons for
 * militias battling the army"), or after a group named by its members whatever governs it
 * ("suggested to foreign leaders visiting the summit"), is said of that object.
 */
function messageAddressee(tokens: readonly Token[], m: Mention): boolean {
  const p = prevWordIndex(tokens, m);
  if (p < 0 || !ADDRESSEE_PREPOSITIONS.has(tokens[p].lower)) return false;
  // "troops in Iraq fighting ISIS": a place is where the participle's doer is
  if (PLACE_PREPOSITIONS.has(tokens[p].lower) || m.kind === 'place' || m.kind === 'capital') return true;
  const governor = tokens[p - 1];
  // "suggested Wednesday to foreign leaders visiting the summit": a group named by its members
  // does what its participle says, whatever governs it
  if (governor?.pos !== 'NOUN') return !namedByMembers(tokens, m);
  return MESSAGE_NOUNS.has(governor.lemma) || MESSAGE_NOUNS.has(governor.lower.replace(/s$/, ''));
}

/**
 * A group named by its members: an agent ("foreign leaders") or a named group whose words end
 * in a plural common noun ("contra rebels", "the contras", "Houthi rebels").
 */
function namedByMembers(tokens: readonly Token[], m: Mention): boolean {
  if (m.kind === 'agent') return true;
  const last = tokens[m.tokenEnd - 1];
  return last.pos === 'NOUN' && last.lower !== last.lemma;
}

/**
 * "in Britain and France", "to Israel, Jordan or Egypt": a name joined by "and"/"or" (and commas
 * before it) to a preposition's object is that preposition's object as well. Only names stand
 * between the joints ("After talks with Iran, Russia agreed" has no "and": Russia is a subject).
 */
function prepositionalConjunct(tokens: readonly Token[], m: Mention, sentenceStart: number): boolean {
  let i = m.tokenStart - 1;
  if (i <= sentenceStart || (tokens[i].lower !== 'and' && tokens[i].lower !== 'or')) return false;
  while (
    i > sentenceStart &&
    (tokens[i].lower === 'and' || tokens[i].lower === 'or' || tokens[i].text === ',')
  ) {
    i--;
    if (tokens[i].pos !== 'PROPN') return false;
    while (i > sentenceStart && (tokens[i].pos === 'PROPN' || tokens[i].pos === 'DET')) i--;
    if (PREPOSITIONS.has(tokens[i].lower)) return true;
  }
  return false;
}

/** Punctuation that ends the words of a quotation before its closing mark: '"…," warned', '"…?" asked'. */
const QUOTE_ENDS = new Set([',', '.', '!', '?', '...', '…']);

/**
 * Where the quotation that closes right before `anchor` opens ('"Media is going down," warned'),
 * or -1 when none closes there.
 */
function quotationBefore(tokens: readonly Token[], anchor: number, sentenceStart: number): number {
  if (
    anchor - 2 < sentenceStart ||
    !QUOTES.has(tokens[anchor - 1].text) ||
    tokens[anchor - 1].text === '“' ||
    !QUOTE_ENDS.has(tokens[anchor - 2].text)
  )
    return -1;
  for (let i = anchor - 3; i >= sentenceStart; i--) if (QUOTES.has(tokens[i].text)) return i;
  return -1;
}

/**
 * "we come together as a United Kingdom, but also we're good at welcoming people", "the campus
 * where he gave his first address as a U.S. senator, and he chided Congress": "as a" after a
 * verb or a noun names a role, not a subject ("as the president met Netanyahu" opens a
 * clause). Set off at the start or after a comma or "who", the role is the subject's own:
 * "As an FBI agent, I interrogated terrorists", "Obama, who as a candidate criticized Bush".
 */
function roleAfterAs(tokens: readonly Token[], m: Mention, sentenceStart: number): boolean {
  let i = m.tokenStart;
  if (tokens[i].lower !== 'a' && tokens[i].lower !== 'an') {
    i--;
    while (i > sentenceStart && tokens[i].pos === 'ADJ') i--;
    if (tokens[i]?.lower !== 'a' && tokens[i]?.lower !== 'an') return false;
  }
  if (i - 1 <= sentenceStart || tokens[i - 1].lower !== 'as') return false;
  const before = tokens[i - 2];
  return before.text !== ',' && before.pos !== 'PRON';
}

/**
 * Whether the comma at `comma` closes an aside opened right after an auxiliary, so that the
 * -ing verb after it is the auxiliary's progressive, not a participial clause: "Israel, the
 * occupying power, is, once more, escalating its military campaign".
 */
function afterAuxAside(tokens: readonly Token[], comma: number, sentenceStart: number): boolean {
  for (let k = comma - 1; k > sentenceStart && comma - k <= 4; k--) {
    if (tokens[k].text !== ',') continue;
    return tokens[k - 1].pos === 'AUX';
  }
  return false;
}

/** Tags of a verb, which no apposition holds. */
const VERBAL_TAGS = new Set(['VERB', 'AUX']);

/**
 * The actor named right before a comma-enclosed apposition that holds mention `m` after the
 * apposition's own head noun, when the verb at `anchor` (or one whose clause holds it, with no
 * actor between) follows the apposition's closing comma: "The Nigerian Union of Teachers (NUT),
 * the umbrella union for primary school teachers, announced…". The apposition opens with an article and holds no verb; `m` is no head of it
 * ("the main rebel group in Turkey" names the subject again and is left alone).
 */
function namedBeforeApposition(
  tokens: readonly Token[],
  left: readonly Mention[],
  m: Mention,
  anchor: number,
  sentenceStart: number,
): Mention | undefined {
  let close = m.tokenEnd;
  while (close < anchor && tokens[close].text !== ',') {
    if (VERBAL_TAGS.has(tokens[close].pos)) return undefined;
    close++;
  }
  if (close >= anchor) return undefined;
  // the clause's verb follows the closing comma: the anchor, or a verb whose clause holds it
  // ("…, announced Thursday that it has called off a strike")
  let v = close + 1;
  while (v < anchor && (tokens[v].pos === 'ADV' || tokens[v].pos === 'AUX')) v++;
  if (v < anchor && (tokens[v].pos !== 'VERB' || left.some((x) => x.tokenStart > close))) return undefined;
  let open = m.tokenStart - 1;
  let head = false;
  while (open > sentenceStart && tokens[open].text !== ',') {
    if (VERBAL_TAGS.has(tokens[open].pos) || tokens[open].text === ';') return undefined;
    if (tokens[open].pos === 'NOUN') head = true;
    open--;
  }
  if (!head || open <= sentenceStart || !DETERMINERS.has(tokens[open + 1].lower)) return undefined;
  // "(NUT)": an alias in brackets may stand between the name and the comma
  let end = open;
  if (tokens[end - 1]?.text === ')') {
    const par = tokens.slice(sentenceStart, end).findLastIndex((t) => t.text === '(');
    if (par >= 0) end = sentenceStart + par;
  }
  // "From Istanbul, the head of the Syrian National Coalition, …": a fronted place is no subject
  return left.find(
    (x) =>
      x.tokenEnd === end &&
      !x.possessive &&
      !x.placeOnly &&
      !PREPOSITIONS.has(prevWord(tokens, x)?.lower ?? ''),
  );
}
