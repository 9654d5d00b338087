import type { Doc, Pos, Sentence, Token } from '../model/index.ts';
import type { Stage } from '../pipeline/index.ts';
import { isBoilerplateLine } from './boilerplate.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar.ts';
import { isCapitalized } from './capitals.ts';
import { parseDateline } from './dateline.ts';
import { afterInitials } from './initials.ts';
import { isModelWord, its, readWink, winkTables } from './wink.ts';
import {
  hasModelLemma,
  lemmaOf,
  mayBeVerb,
  mayBeVerbWord,
  type WinkTokens,
  winkTokens,
} from './wink-tokens.ts';

/** Straightens curly apostrophes so dictionaries need one spelling. */
export function normalizeWord(s: string): string {
  const lower = s.toLowerCase();
  return CURLY.test(lower) ? lower.replace(CURLY_ALL, "'") : lower;
}
const CURLY = /[’‘`]/;
const CURLY_ALL = /[’‘`]/g;

/**
 * Whether wink's sentence starting at token `next` goes on with the one before it, whose tokens
 * end `tokens`: it opens with a lower-case word, a closing bracket or a comma ("(R-Ariz.) |
 * criticized", "(D-N.Y. | ) said"), or with the second letter of initials split after the first
 * ("R-S. | C., lashed out"). A line break between them always ends the sentence.
 */
function goesOn(
  values: readonly string[],
  newline: Uint8Array,
  tokens: readonly Token[],
  next: number,
): boolean {
  let i = next;
  while (i < values.length && isTabOrLineBreak(values[i])) i++;
  if (i >= values.length || newline[i]) return false;
  const v = values[i];
  if (/^[a-z]/.test(v) || v === ')' || v === ',') return true;
  const n = tokens.length;
  return /^[A-Z]\.$/.test(v) && n >= 2 && tokens[n - 1].text === '.' && /^[A-Z]$/.test(tokens[n - 2].text);
}

/** Whether wink's sentence `[first, last]`, on the line of the one before, goes on after its initials (see afterInitials). */
function goesOnAfterInitials(
  read: WinkTokens,
  newline: Uint8Array,
  tokens: readonly Token[],
  tokenStart: number,
  verbal: ReadonlySet<number>,
  [first, last]: number[],
): boolean {
  let i = first;
  while (i <= last && isTabOrLineBreak(read.values[i])) i++;
  return i <= last && !newline[i] && afterInitials(read, tokens, tokenStart, verbal, i, last);
}

/**
 * Sentences and tokens with exact UTF-16 offsets, POS tags and lemmas. wink-nlp reads the
 * whole text once; a line break always ends a sentence (wink would merge a headline into
 * the next sentence), and lines of page furniture are flagged `skip`.
 */
export function analyzeText(text: string): { sentences: Sentence[]; tokens: Token[] } {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  if (text.trim() === '') return { sentences, tokens };
  const { text: wtext, inserted, folded } = forWink(text);
  return readWink(wtext, (doc) => {
    const read = winkTokens(doc);
    const { values, pos } = read;
    const n = values.length;
    const starts = new Int32Array(n);
    const newline = new Uint8Array(n);
    let at = 0;
    let shift = 0;
    for (let i = 0; i < n; i++) {
      // Only spaces separate wink's tokens (line breaks are tokens): skip plain ones; after any
      // other (a no-break space) the token is found by the re-synchronisation below.
      while (wtext.charCodeAt(at) === 32) at++;
      // wink keeps the text losslessly; re-synchronise defensively if it ever does not.
      if (!wtext.startsWith(values[i], at)) {
        const found = wtext.indexOf(values[i], at);
        if (found >= 0) {
          if (wtext.slice(at, found).includes('\n')) newline[i] = 1;
          at = found;
        }
      }
      // offsets in wink's text → offsets in the article (minus the spaces forWink added)
      while (shift < inserted.length && inserted[shift] < at) shift++;
      starts[i] = at - shift;
      at += values[i].length;
      // line breaks and tabs are tokens in wink: not ours, but a line break starts a sentence
      if (isTabOrLineBreak(values[i]) && values[i].includes('\n') && i + 1 < n) newline[i + 1] = 1;
    }
    const boilerplate = boilerplateLines(text);
    const readings = new Map<string, Reading>();
    const close = (tokenStart: number) => {
      const index = sentences.length;
      const first = tokens[tokenStart];
      const last = tokens[tokens.length - 1];
      const sentence: Sentence = {
        index,
        start: first.start,
        end: last.end,
        tokenStart,
        tokenEnd: tokens.length,
      };
      if (boilerplate(first.start)) sentence.skip = 'boilerplate';
      sentences.push(sentence);
    };
    // our indices, in the wink sentence being read, of the noun-tagged tokens that wink's model says
    // may be verbs, or whose lemma may be one ("boards", which the model knows only as a noun, of "board")
    const verbal = new Set<number>();
    // and of unknown words of "un" and a word, which may undo a verb: see reconsiderUndoing
    const reversed = new Set<number>();
    // the first token of a sentence wink ended where the text does not ("Lindsey Graham, R-S.C.,
    // lashed out", "Sen. John McCain (R-Ariz.) criticized"): the next one goes on with it
    let carried = -1;
    for (let w = 0; w < read.sentences.length; w++) {
      const sentence = read.sentences[w];
      const firstIndex = sentence[0];
      const lastIndex = sentence[1];
      let tokenStart = carried >= 0 ? carried : tokens.length;
      carried = -1;
      for (let i = firstIndex; i <= lastIndex; i++) {
        if (isTabOrLineBreak(values[i])) continue;
        if (newline[i] && tokens.length > tokenStart) {
          close(tokenStart);
          tokenStart = tokens.length;
        }
        const start = starts[i];
        const value = values[i];
        const tag = (pos[i] ?? 'X') as Pos;
        const { lower, lemma } = wordForms(read, i);
        const token: Token = {
          // the article's own spelling where forWink gave wink a plain letter ("Erdoğan")
          text: folded ? text.slice(start, start + value.length) : value,
          lower,
          lemma,
          pos: tag,
          start,
          end: start + value.length,
          sentence: sentences.length,
        };
        if ((i === firstIndex || newline[i]) && token.pos === 'PROPN' && token.lemma === token.lower)
          reconsiderInitial(token, readings);
        else if (
          token.pos === 'NOUN' &&
          token.lemma === token.lower &&
          token.lower.endsWith('ing') &&
          tokens.length > tokenStart &&
          GERUND_AFTER.has(tokens[tokens.length - 1].lower)
        )
          reconsiderGerund(token, readings, tokens[tokens.length - 1].lower === 'been' ? read : undefined);
        else if (RE_HYPHENATED.test(token.lower) && token.lemma === token.lower)
          reconsiderReHyphenated(token, readings);
        else if (read.modelWords[i] < 0 && token.lemma === token.lower && token.pos === 'NOUN') {
          reconsiderPrefixed(token, readings);
          if (UN_PREFIXED.test(token.lower)) reversed.add(tokens.length);
        }
        // wink leaves the auxiliary "being" its own lemma: "feared being invaded by Germany"
        else if (token.pos === 'AUX' && token.lemma === 'being') token.lemma = 'be';
        else if (token.pos === 'VERB' && tokens.length > tokenStart)
          reconsiderPluralAfterTo(tokens.at(-1)!, token);
        if (token.pos === 'NOUN' && (mayBeVerb(read, i) || mayBeVerbWord(read, token.lemma)))
          verbal.add(tokens.length);
        tokens.push(token);
      }
      const next = read.sentences[w + 1]?.[0];
      if (
        tokens.length > tokenStart &&
        next !== undefined &&
        (goesOn(values, newline, tokens, next) ||
          goesOnAfterInitials(read, newline, tokens, tokenStart, verbal, read.sentences[w + 1]))
      ) {
        carried = tokenStart;
        continue;
      }
      if (tokens.length > tokenStart) close(tokenStart);
      reconsiderPlans(tokens, tokenStart);
      reconsiderVerbsAfterSubject(tokens, tokenStart, verbal);
      for (const k of reversed) if (k >= tokenStart) reconsiderUndoing(tokens, k, readings);
      verbal.clear();
      reversed.clear();
    }
    return { sentences, tokens };
  });
}

/**
 * Whether a wink token is one of its `tabCRLF` tokens. wink's splitter cuts every run of tabs
 * and line breaks out of the text as a token of its own and no other token holds one, so the
 * first character tells (asking wink each token's type costs ~2% of this stage).
 */
function isTabOrLineBreak(value: string): boolean {
  const c = value.charCodeAt(0);
  return c === 10 || c === 13 || c === 9;
}

interface WordForms {
  lower: string;
  lemma: string;
}

/**
 * Forms of model words, by POS tag and word: most tokens are such words, whose lemma wink
 * computes afresh at every token, and whose forms are the same in every text. An array per
 * tag (wink's number of it) indexed by wink's word number (~0.7 MB each) is read much faster
 * than a Map keyed by word and tag, which cost about as much as wink's own lemma.
 */
const modelForms: (WordForms | undefined)[][] = [];

/**
 * The latest forms read from `modelForms`, by a hash of word and tag: most tokens are a few
 * thousand frequent words, whose slots here (192 KB) stay in cache where the arrays' are spread
 * over megabytes (92% of lookups are answered here on AllSides articles). A slot holds one word
 * and tag (`recentKeys`), replaced by the next that hashes there.
 */
const RECENT_BITS = 14;
const recentKeys = new Int32Array(1 << RECENT_BITS).fill(-1);
const recentForms: WordForms[] = new Array(1 << RECENT_BITS);

/** The lower-cased text and lemma of token `i` of a wink document. */
function wordForms(read: WinkTokens, i: number): WordForms {
  const value = read.values[i];
  const word = read.modelWords[i];
  let byWord: (WordForms | undefined)[] | undefined;
  let key = -1;
  let slot = 0;
  if (word >= 0) {
    const tag = read.tags[i];
    key = word * 64 + tag; // tags are 6 bits
    slot = Math.imul(key, 0x9e3779b1) >>> (32 - RECENT_BITS);
    if (recentKeys[slot] === key) return recentForms[slot];
    byWord = modelForms[tag];
    if (byWord === undefined) {
      byWord = new Array(winkTables().words.intrinsicSize);
      modelForms[tag] = byWord;
    }
    const known = byWord[word];
    if (known) {
      recentKeys[slot] = key;
      recentForms[slot] = known;
      return known;
    }
  }
  const lower = normalizeWord(value);
  const lemma = lemmaOf(read, i) ?? value;
  const forms = { lower, lemma: lemma === value ? lower : normalizeWord(lemma) };
  if (byWord && hasModelLemma(read, word)) {
    byWord[word] = forms;
    recentKeys[slot] = key;
    recentForms[slot] = forms;
  }
  return forms;
}

/**
 * wink keeps a possessive whole when a punctuation mark follows it ("Romney's.", "Jones's,",
 * "Trump's—") and, having learned "Romney's" as a word, keeps it whole for the rest of the
 * text ("Romney's campaign"), where it otherwise splits it into "Romney" + "'s". A space
 * between such a possessive and the mark makes wink split every possessive the same way.
 * `inserted` holds the offsets, in the returned text, of the spaces added; `folded` tells
 * whether letters beyond Latin-1 were read as plain ones (foldExtendedLatin).
 */
export function forWink(text: string): { text: string; inserted: number[]; folded: boolean } {
  const inserted: number[] = [];
  const folded = EXTENDED_LATIN.test(text);
  const plain = folded ? foldExtendedLatin(text) : text;
  if (!plain.includes("'s") && !plain.includes('’s') && !plain.includes("'S") && !plain.includes('’S'))
    return { text: plain, inserted, folded };
  const out = plain.replace(POSSESSIVE_BEFORE_MARK, (m: string, offset: number) => {
    inserted.push(offset + m.length + inserted.length);
    return `${m} `;
  });
  return { text: out, inserted, folded };
}

/**
 * wink cuts a word at every letter beyond Latin-1 ("Erdoğan" → "Erdo" "ğ" "an", "Vučić" → "Vu"
 * "č" "i" "ć") and mistags the words around it ("will" a noun): it reads such a letter as its
 * base letter instead, one UTF-16 unit for one, so every offset stays. Tokens keep the
 * article's spelling (analyzeText); their lower-case forms and lemmas are of the plain word,
 * as are dictionary phrases, so "Erdoğan" and "Erdogan" match either spelling.
 */
function foldExtendedLatin(text: string): string {
  return text.replace(EXTENDED_LATIN_ALL, (c) => {
    let base = BASE_LETTERS.get(c);
    if (base === undefined) {
      const d = c.normalize('NFD')[0];
      base = /[A-Za-z]/.test(d) ? d : c;
      BASE_LETTERS.set(c, base);
    }
    return base;
  });
}
const EXTENDED_LATIN = /[\u0100-\u024f\u1e00-\u1eff]/;
const EXTENDED_LATIN_ALL = new RegExp(EXTENDED_LATIN.source, 'g');
/** Letters with no decomposition to a base letter, and the base letters found so far. */
const BASE_LETTERS = new Map<string, string>([
  ['ł', 'l'],
  ['Ł', 'L'],
  ['đ', 'd'],
  ['Đ', 'D'],
  ['ı', 'i'],
  ['ħ', 'h'],
  ['Ħ', 'H'],
  ['ŧ', 't'],
  ['Ŧ', 'T'],
  ['ə', 'e'],
  ['Ə', 'E'],
  ['ŋ', 'n'],
  ['Ŋ', 'N'],
  ['ƒ', 'f'],
]);
// The letter before the apostrophe is checked by a lookbehind placed after the apostrophe: a
// pattern that starts with a lookbehind is tried at every character (20 times slower).
const POSSESSIVE_BEFORE_MARK = /['’](?<=[\p{L}.]['’])[sS](?=[^\s\p{L}\p{N}])/gu;

/** Whether the line holding a character offset is page furniture. */
function boilerplateLines(text: string): (offset: number) => boolean {
  const lines = nonEmptyLines(text);
  const paragraphs = lines.map(([a, b]) => text.slice(a, b));
  const trimmed = paragraphs.map((line) => line.trim());
  const flagged = lines.filter((_, k) => isBoilerplateLine(paragraphs[k]) || repeatedParagraph(trimmed, k));
  return (offset) => flagged.some(([a, b]) => offset >= a && offset <= b);
}

/** The `[start, end)` spans of the lines that hold something (half of them are empty: paragraphs are set apart by one). */
function nonEmptyLines(text: string): [number, number][] {
  const lines: [number, number][] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (text.slice(lineStart, lineEnd).trim()) lines.push([lineStart, lineEnd]);
    lineStart = lineEnd + 1;
  }
  return lines;
}

/**
 * Whether paragraph `k` (trimmed) says word for word what the one before or after it says: a photo
 * gallery's caption, which the page gives twice (as the image's text and below it: "Netanyahu
 * meets with King Hussein of Jordan in December 1994." twice over), and which is no part of the
 * story. A story does not repeat a paragraph right after itself.
 */
function repeatedParagraph(paragraphs: readonly string[], k: number): boolean {
  return paragraphs[k - 1] === paragraphs[k] || paragraphs[k + 1] === paragraphs[k];
}

/**
 * wink tags a sentence-initial capitalised common noun as a proper noun and leaves it
 * unlemmatised ("Protesters clashed…"): re-read the lower-case word for its lemma and POS.
 */
function reconsiderInitial(token: Token, readings: Map<string, Reading>): void {
  if (token.pos !== 'PROPN' || token.lemma !== token.lower || token.text === token.text.toUpperCase()) return;
  const { lemma, pos } = readAlone(token.lower, readings);
  if (pos === 'NOUN' || pos === 'VERB' || pos === 'ADJ') {
    token.lemma = normalizeWord(lemma ?? token.lower);
    token.pos = pos as Pos;
  }
}

/**
 * wink does not know most prefixed forms of irregular verbs and reads them as nouns, their
 * own lemma ("Syrian troops retook the town", "the army overthrew the government",
 * "Republicans outspent Democrats"). A word unknown to wink that is a prefix and an irregular
 * past or participle form wink knows ("took", "threw", "spent", "drawn") is that verb.
 * Regular forms (-ed, -s, -ing) are left alone: wink reads unknown -ed words as verbs, and
 * "retweets", "copays" or "cosponsors" are nouns as often as verbs. "un-" makes adjectives
 * ("unmet needs"), so it is no such prefix.
 */
function reconsiderPrefixed(token: Token, readings: Map<string, Reading>): void {
  const m = PREFIXED_FORM.exec(token.text);
  if (!m || REGULAR_ENDING.test(m[2])) return;
  const { lemma, pos } = readAlone(m[2], readings);
  if (pos === 'VERB' && lemma !== undefined && lemma !== m[2]) {
    token.lemma = m[1] + normalizeWord(lemma);
    token.pos = 'VERB';
  }
}
/**
 * wink knows no hyphenated "re-" form and leaves it its own lemma, a noun or a verb by guess
 * ("re-imposed sanctions", "agreed to re-open its borders", "re-established ties"): the word after
 * the hyphen gives the lemma ("reimpose", as wink lemmatizes "reimposed") and, read as a verb,
 * the tag. Other readings keep their tag ("re-election" stays a noun, lemma "reelection").
 */
function reconsiderReHyphenated(token: Token, readings: Map<string, Reading>): void {
  const word = token.lower.slice(3);
  const { lemma, pos } = readAlone(word, readings);
  token.lemma = `re${normalizeWord(lemma ?? word)}`;
  if (pos === 'VERB') token.pos = 'VERB';
}
const RE_HYPHENATED = /^re-[a-z]{3,}$/;

/**
 * wink reads "plans" after a name as a noun ("The U.S. plans to begin deploying", "Obama plans
 * to meet Netanyahu"), which leaves the sentence without a verb. Right after a proper noun (or
 * the capitalised first word wink reads as a noun) and before "to" and a verb, it is the verb.
 */
function reconsiderPlans(tokens: Token[], from: number): void {
  for (let i = from + 1; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    if (t.lower !== 'plans' || t.pos !== 'NOUN') continue;
    const before = tokens[i - 1];
    const named =
      before.pos === 'PROPN' ||
      (before.pos === 'NOUN' && isCapitalized(before.text) && !isModelWord(before.lower));
    if (named && tokens[i + 1].lower === 'to' && tokens[i + 2].pos === 'VERB') t.pos = 'VERB';
  }
}

/**
 * reconsiderPrefixed leaves "un-" alone, which makes adjectives of participles ("unmet needs",
 * "unsaid"), but "un-" and an irregular past form wink knows may be a verb undoing it
 * ("Washington unfroze/NOUN Iranian assets"): between a name or subject pronoun and the start
 * of an object (opensObject), such a word is that verb, its lemma "un-" and the form's lemma.
 */
function reconsiderUndoing(tokens: Token[], i: number, readings: Map<string, Reading>): void {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (t.pos !== 'NOUN' || prev === undefined || prev.sentence !== t.sentence) return;
  const subject = named(prev) || (prev.pos === 'PRON' && SUBJECT_PRONOUNS.has(prev.text));
  if (!subject || !opensObject(tokens, i + 1)) return;
  const form = t.lower.slice(2);
  if (REGULAR_ENDING.test(form)) return;
  const { lemma, pos } = readAlone(form, readings);
  if (pos !== 'VERB' || lemma === undefined || lemma === form) return;
  t.lemma = `un${normalizeWord(lemma)}`;
  t.pos = 'VERB';
}
const UN_PREFIXED = /^un[a-z]{3,}$/;

/**
 * wink reads some verbs right after their subject as nouns, and then no verb pattern fires.
 * A noun-tagged word that wink's model knows may be a verb is that verb:
 * - after a subject pronoun, which a noun never follows ("he boards the plane", "those who
 *   support the Act", "voters who fear the economy");
 * - as an -s form after a name and before the start of its object ("Venezuela releases
 *   dozens of activists", "the U.S. trains Afghan soldiers", "Obama signs the bill"). A
 *   name before a plural noun is more often its modifier ("Republican attacks Friday",
 *   "Bush policies that", "the Medicare cuts Republicans are using"): the word after must
 *   open an object, and a clause after that object makes it a relative clause's subject.
 */
function reconsiderVerbsAfterSubject(tokens: Token[], from: number, verbal: ReadonlySet<number>): void {
  for (let i = from + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'NOUN' || !verbal.has(i) || t.text[0] !== t.lower[0]) continue;
    const prev = tokens[i - 1];
    if (prev.pos === 'PRON' && SUBJECT_PRONOUNS.has(prev.text)) t.pos = 'VERB';
    else if (named(prev) && isThirdPerson(t) && opensObject(tokens, i + 1)) t.pos = 'VERB';
  }
}
/** A name, or a capitalised word wink read as a noun ("Russia" first in its sentence). */
function named(t: Token): boolean {
  return t.pos === 'PROPN' || (t.pos === 'NOUN' && isCapitalized(t.text));
}
/** Pronouns only ever subjects ("it" and "you" are objects too). */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'who', 'He', 'She', 'They', 'We', 'Who']);

/** Whether a token is the -s form of its lemma: "releases", "trains", "rallies". */
function isThirdPerson(t: Token): boolean {
  const lemma = t.lemma;
  if (lemma === t.lower || !t.lower.endsWith('s')) return false;
  return (
    t.lower === `${lemma}s` ||
    t.lower === `${lemma}es` ||
    (lemma.endsWith('y') && t.lower === `${lemma.slice(0, -1)}ies`)
  );
}

/**
 * Whether the object of a verb starts at `j`: an article or possessive, an object pronoun, a
 * name (not a day or month: "Republican attacks Friday"), or a number noun ("dozens of"). An
 * object followed by a verb is instead the subject of a relative clause ("the shares it
 * already owns", "the cuts Republicans are using").
 */
function opensObject(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (t === undefined || t.sentence !== tokens[j - 1].sentence) return false;
  if (t.pos === 'DET') return ARTICLES.has(t.lower);
  if (t.pos === 'NOUN') return QUANTITY_NOUNS.has(t.lower) && tokens[j + 1]?.lower === 'of';
  if (t.pos === 'PRON') {
    if (POSSESSIVES.has(t.lower)) return true;
    if (!OBJECT_PRONOUNS.has(t.lower)) return false;
  } else if (t.pos !== 'PROPN' || WEEKDAY_NAMES.has(t.lower) || MONTH_NAMES.has(t.lower)) return false;
  // the object's end: the clause after it tells a relative clause's subject
  let k = j + 1;
  while (k < tokens.length && tokens[k].pos === 'PROPN' && tokens[k].sentence === t.sentence) k++;
  while (k < tokens.length && tokens[k].pos === 'ADV' && tokens[k].sentence === t.sentence) k++;
  const after = tokens[k];
  return !(after && after.sentence === t.sentence && (after.pos === 'VERB' || after.pos === 'AUX'));
}
const ARTICLES = new Set(['the', 'a', 'an', 'another']);
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'your', 'my']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'us', 'me']);
const QUANTITY_NOUNS = new Set(['dozens', 'hundreds', 'thousands', 'millions', 'scores', 'tens']);

/**
 * wink reads a plural noun after "to" as an infinitive ("responded to attacks/VERB on his
 * wealth by …", "according to reports/VERB by"), so the noun's by-agent was lost. An
 * infinitive is never a third-person -s form: after "to", such a form of a verb is the noun.
 */
function reconsiderPluralAfterTo(to: Token, token: Token): void {
  if (to.lower !== 'to' || token.lemma === token.lower || !token.lower.endsWith('s')) return;
  const stem = token.lemma.endsWith('y') ? `${token.lemma.slice(0, -1)}ie` : token.lemma;
  if (token.lower !== `${token.lemma}s` && token.lower !== `${stem}s` && token.lower !== `${token.lemma}es`)
    return;
  token.pos = 'NOUN';
  to.pos = 'ADP';
}

/**
 * wink reads some gerunds as nouns that are their own lemma ("retaliated by expelling/NOUN
 * U.S. diplomats"): after "by", which names the means, an -ing word whose stem is a verb of
 * wink's vocabulary ("expel", "use") is that verb. After other prepositions such words are as
 * often nouns ("after the meeting with", "of filing"). After "been" it is the progressive
 * ("North Korea has been railing/NOUN against"), as a noun there needs a determiner, and
 * `progressive` (the text's wink tokens) lets a stem wink's model knows may be a verb do.
 */
function reconsiderGerund(token: Token, readings: Map<string, Reading>, progressive?: WinkTokens): void {
  const base = token.lower.slice(0, -3);
  if (base.length < 2) return;
  const doubled = base.length > 3 && base.at(-1) === base.at(-2) ? base.slice(0, -1) : undefined;
  const stems = [base, `${base}e`, doubled];
  for (const stem of stems) {
    if (stem === undefined || !isModelWord(stem)) continue;
    const { lemma, pos } = readAlone(stem, readings);
    if (pos !== 'VERB') continue;
    token.lemma = normalizeWord(lemma ?? stem);
    token.pos = 'VERB';
    return;
  }
  // a progressive's stem wink reads alone as a noun but knows may be a verb: "railing" → "rail"
  // (after "by", "arming" and "wiring" stay nouns: on the samples the by-phrase's noun reading
  // decided as many subjects right as wrong)
  if (!progressive) return;
  const stem = stems.find((s) => s !== undefined && mayBeVerbWord(progressive, s));
  if (stem === undefined) return;
  token.lemma = stem;
  token.pos = 'VERB';
}

/** Words after which an -ing word of a verb's stem is that verb: see reconsiderGerund. */
const GERUND_AFTER = new Set(['by', 'been']);

const PREFIXED_FORM = /^(re|over|under|out|fore|mis|with|up)([a-z]{3,})$/;
const REGULAR_ENDING = /(?:s|ing|ed)$/;

interface Reading {
  lemma: string | undefined;
  pos: string | undefined;
}

/** Readings of words of wink's model, which are the same whatever wink read before. */
const modelReadings = new Map<string, Reading>();

/**
 * The lemma and POS wink gives a word read alone. Another word's reading can depend on the
 * words wink learned from the text being analyzed, so `textReadings` keeps those for one
 * text only.
 */
function readAlone(word: string, textReadings: Map<string, Reading>): Reading {
  const known = modelReadings.get(word) ?? textReadings.get(word);
  if (known) return known;
  let tokens = 0;
  const reading = readWink(word, (d) => {
    const out = (f: unknown) => (d.tokens() as unknown as { out(f: unknown): string[] }).out(f);
    const lemmas = out(its.lemma);
    tokens = lemmas.length;
    return { lemma: lemmas[0], pos: out(its.pos)[0] };
  });
  // A contraction's lemma may point past wink's vocabulary, at whatever word wink learned
  // last in that slot: only single words whose lemma is known for sure are kept.
  if (tokens !== 1) return reading;
  if (!isModelWord(word)) textReadings.set(word, reading);
  else if (reading.lemma !== undefined && isModelWord(reading.lemma)) {
    if (modelReadings.size >= 20_000) modelReadings.clear();
    modelReadings.set(word, reading);
  }
  return reading;
}

export const analyzeStage: Stage = {
  name: 'analyze',
  requires: ['text'],
  assigns: ['sentences', 'tokens', 'dateline'],
  run: function analyze(doc: Doc): Doc {
    const { sentences, tokens } = analyzeText(doc.article.text);
    const dateline = parseDateline(doc.article.text, doc.article.published);
    return { ...doc, sentences, tokens, dateline };
  },
};
