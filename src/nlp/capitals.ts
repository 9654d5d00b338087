// The letter classes of a word's first character. tsx (esbuild) rewrites a regular expression
// literal with a Unicode property escape (`/^\p{Lu}/u`) into `new RegExp(…)`, so one written
// inside a function builds a new object at every call: each is built once here, and ASCII,
// most words, needs none of them.
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const LETTER_START = /^\p{L}/u;

/** Whether a word starts with a capital letter ("Obama", "Élysée"; not "obama", "1987"). */
export function isCapitalized(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(text);
}

/** Whether a word starts with a lower-case letter ("talks", "état"; not "Talks", "'s", "1987"). */
export function isLowerInitial(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_START.test(text);
}

/** Whether a word starts with a letter of any case ("Obama", "talks", "Élysée"; not "1987", "-"). */
export function isLetterInitial(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_START.test(text);
}
