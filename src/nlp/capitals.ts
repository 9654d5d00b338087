/** Whether a word starts with a capital letter ("Obama", "Élysée"; not "obama", "1987"). */
export function isCapitalized(text: string): boolean {
  const c = text.charCodeAt(0);
  // ASCII needs no Unicode test (most words are lower-case ASCII)
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text);
}
