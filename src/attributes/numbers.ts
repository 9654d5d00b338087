import type { Count, CountQualifier } from '../model/attributes.ts';
import type { Token } from '../model/index.ts';

const UNITS: Record<string, number> = {};
for (const [
  i,
  w,
] of 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
  .split(' ')
  .entries())
  UNITS[w] = i;
for (const [i, w] of 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').entries())
  UNITS[w] = (i + 2) * 10;
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };
const MULTIPLIERS = new Set(['dozen', 'hundred', 'thousand', 'million', 'billion']);
const BIG = new Set(['thousands', 'millions']);
const HYPHENATED =
  /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/;
const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);

/** Vague quantities as the smallest and largest number they can mean. */
const VAGUE: Record<string, [number, number | null]> = {
  dozens: [24, 99],
  scores: [40, 99],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  millions: [2e6, null],
  several: [3, 9],
  handful: [2, 5],
  few: [2, 5],
};

/** Words before a number and what they do to it. */
const QUALIFIERS: [string[], CountQualifier][] = [
  [['at', 'least'], 'at-least'],
  [['no', 'fewer', 'than'], 'at-least'],
  [['a', 'minimum', 'of'], 'at-least'],
  [['more', 'than'], 'more-than'],
  [['over'], 'more-than'],
  [['upwards', 'of'], 'more-than'],
  [['in', 'excess', 'of'], 'more-than'],
  [['up', 'to'], 'up-to'],
  [['as', 'many', 'as'], 'up-to'],
  [['at', 'most'], 'up-to'],
  [['fewer', 'than'], 'fewer-than'],
  [['less', 'than'], 'fewer-than'],
  [['nearly'], 'nearly'],
  [['almost'], 'nearly'],
  [['close', 'to'], 'nearly'],
  [['about'], 'about'],
  [['around'], 'about'],
  [['roughly'], 'about'],
  [['approximately'], 'about'],
  [['some'], 'about'],
  [['an', 'estimated'], 'about'],
  [['estimated'], 'about'],
  [['between'], 'range'],
];

/** First words a count can start with (qualifiers, number words, vague quantities). */
const STARTS = new Set<string>([
  ...QUALIFIERS.map(([w]) => w[0]),
  ...Object.keys(UNITS),
  ...Object.keys(VAGUE),
  'a',
  'an',
  'tens',
]);

/** Cheap test before `parseCount`: whether a count may start at this token. */
export function mayStartCount(t: Token): boolean {
  if (t.pos === 'NUM' || STARTS.has(t.lower)) return true;
  const c = t.text.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  const dash = t.lower.indexOf('-');
  return dash > 0 && t.lower.slice(0, dash) in UNITS;
}

const DIGITS = /^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$/;
const DIGIT_RANGE = /^(\d[\d,]*)[-–](\d[\d,]*)$/;

export interface ParsedCount extends Count {
  /** Token range of the number words, qualifier included. */
  from: number;
  to: number;
}

function digits(s: string): number {
  return Number(s.replace(/,/g, ''));
}

interface Core {
  low: number;
  high: number | null;
  vague: boolean;
  to: number;
}

/** "twenty-five", "twenty - five", "a hundred", "3.5 million", "two dozen". */
function wordNumber(tokens: readonly Token[], i: number, limit: number): Core | undefined {
  let value: number;
  let j = i;
  const t = tokens[i];
  const hyphenated = HYPHENATED.exec(t.lower);
  if ((t.lower === 'a' || t.lower === 'an') && j + 1 < limit && MULTIPLIERS.has(tokens[j + 1].lower)) {
    value = 1;
    j++;
  } else if (DIGITS.test(t.text)) {
    value = digits(t.text);
    j++;
  } else if (t.lower in UNITS) {
    value = UNITS[t.lower];
    j++;
    if (TENS.has(t.lower) && j + 1 < limit && tokens[j].text === '-' && tokens[j + 1].lower in UNITS) {
      value += UNITS[tokens[j + 1].lower];
      j += 2;
    }
  } else if (hyphenated) {
    value = UNITS[hyphenated[1]] + UNITS[hyphenated[2]];
    j++;
  } else return undefined;
  // "a dozen", "two dozen", "3.5 million"
  while (j < limit && MULTIPLIERS.has(tokens[j].lower)) {
    value *= tokens[j].lower === 'dozen' ? 12 : SCALES[tokens[j].lower];
    j++;
  }
  if (t.lower === 'a' || t.lower === 'an') {
    if (j === i + 1) return undefined;
  }
  return { low: value, high: value, vague: false, to: j };
}

/** "dozens of", "hundreds of thousands of", "tens of thousands of", "several", "a handful of". */
function vagueNumber(tokens: readonly Token[], i: number, limit: number): Core | undefined {
  let j = i;
  if (
    tokens[j].lower === 'a' &&
    j + 1 < limit &&
    (tokens[j + 1].lower === 'few' || tokens[j + 1].lower === 'handful')
  )
    j++;
  let scale = 1;
  if (tokens[j].lower === 'tens' && tokens[j + 1]?.lower === 'of' && BIG.has(tokens[j + 2]?.lower ?? '')) {
    scale = 10;
    j += 2;
  }
  const v = VAGUE[tokens[j].lower];
  if (!v || j >= limit) return undefined;
  j++;
  // "hundreds of thousands"
  if (tokens[j]?.lower === 'of' && j + 1 < limit && BIG.has(tokens[j + 1].lower)) {
    scale *= tokens[j + 1].lower === 'thousands' ? 1000 : 1e6;
    j += 2;
  }
  const high = v[1] === null ? null : (v[1] + 1) * scale - 1;
  return { low: v[0] * scale, high, vague: true, to: j };
}

function core(tokens: readonly Token[], i: number, limit: number): Core | undefined {
  if (i >= limit) return undefined;
  const range = DIGIT_RANGE.exec(tokens[i].text);
  if (range) return { low: digits(range[1]), high: digits(range[2]), vague: false, to: i + 1 };
  return wordNumber(tokens, i, limit) ?? vagueNumber(tokens, i, limit);
}

const QUALIFIERS_BY_FIRST = new Map<string, [string[], CountQualifier][]>();
for (const q of QUALIFIERS) {
  const list = QUALIFIERS_BY_FIRST.get(q[0][0]);
  if (list) list.push(q);
  else QUALIFIERS_BY_FIRST.set(q[0][0], [q]);
}

function qualifierAt(
  tokens: readonly Token[],
  i: number,
  limit: number,
): [CountQualifier, number] | undefined {
  for (const [words, q] of QUALIFIERS_BY_FIRST.get(tokens[i].lower) ?? []) {
    if (i + words.length >= limit) continue;
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) ok = tokens[i + k].lower === words[k];
    if (ok) return [q, i + words.length];
  }
  return undefined;
}

/**
 * A count starting at token `i`: digits ("1,200", "3.5 million", "10-15"), words ("nineteen",
 * "twenty-five", "a dozen"), vague quantities ("dozens", "hundreds of thousands"), with a
 * qualifier ("at least", "more than", "up to", "about", "between … and …").
 */
export function parseCount(tokens: readonly Token[], i: number, limit: number): ParsedCount | undefined {
  const qual = qualifierAt(tokens, i, limit);
  const at = qual ? qual[1] : i;
  const c = core(tokens, at, limit);
  if (!c) return undefined;
  // "of" after a vague quantity belongs to the count: "dozens of people"
  let to = c.to;
  let low: number | null = c.low;
  let high: number | null = c.high;
  let qualifier: CountQualifier = c.vague ? 'vague' : c.low !== c.high ? 'range' : 'exact';
  // "between 10 and 15", "10 to 15", "two or three"
  const joiner = tokens[to]?.lower;
  if ((joiner === 'and' && qual?.[0] === 'range') || joiner === 'to' || joiner === 'or') {
    const second = core(tokens, to + 1, limit);
    if (second && !second.vague && !c.vague && second.low > c.low) {
      to = second.to;
      // "the toll rose from 10 to 15": the count is the later number
      if (joiner === 'to' && tokens[i - 1]?.lower === 'from') low = second.low;
      high = second.high;
      qualifier = low === high ? 'exact' : 'range';
    }
  }
  if (qual && qual[0] !== 'range') {
    qualifier = qual[0];
    const n = low ?? 0;
    if (qualifier === 'at-least') high = null;
    else if (qualifier === 'more-than') {
      low = c.vague ? n : n + 1;
      high = null;
    } else if (qualifier === 'up-to') {
      high = high ?? n;
      low = null;
    } else if (qualifier === 'fewer-than') {
      high = n - 1;
      low = null;
    } else if (qualifier === 'nearly') low = null;
  }
  if (qual?.[0] === 'range' && qualifier !== 'range') return undefined;
  if (tokens[to]?.lower === 'of' && c.vague) to++;
  return { low, high, qualifier, from: i, to };
}
