/** Combining marks (built once: see nlp/capitals.ts). */
const MARKS = /\p{M}+/gu;
/** Runs of characters that are neither letters nor digits (built once: see nlp/capitals.ts). */
const NON_WORD = /[^\p{L}\p{N}]+/gu;
/** Letters that Unicode decomposition leaves whole. */
const SPECIAL: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};

/**
 * The lookup key of a place name: accents folded, lower case, apostrophes and ʿayn marks
 * dropped (`Kuril’sk` → `kurilsk`), any other run of punctuation or space one space
 * (`Port-au-Prince` → `port au prince`, `Washington, D.C.` → `washington d c`).
 */
export function foldName(s: string): string {
  let key = FOLDED.get(s);
  if (key === undefined) {
    // the place scan folds every capitalised word of every sentence: keep recent answers
    if (FOLDED.size >= 50_000) FOLDED.clear();
    key = fold(s);
    FOLDED.set(s, key);
  }
  return key;
}
const FOLDED = new Map<string, string>();

function fold(s: string): string {
  // Most names are plain ASCII: skip Unicode decomposition for them.
  if (/^[\x20-\x7e]*$/.test(s))
    return s
      .toLowerCase()
      .replace(/['`]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return s
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/[øæœßłđðþıħ]/g, (c) => SPECIAL[c])
    .replace(/['’‘`ʻʼʿʾ]/g, '')
    .replace(NON_WORD, ' ')
    .trim();
}
