/**
 * Page furniture that is not part of the story: links to other stories, captions,
 * newsletter and cookie text, bylines. Such lines are kept in the text (offsets stay
 * valid) but never coded.
 */
const LINE_PATTERNS: readonly RegExp[] = [
  /^\s*(read more|also read|read also|related|related stories|related coverage|see also|more from|more on this|more:|recommended|watch|listen|trending|advertisement|sponsored)\b\s*[:|-]?/i,
  /^\s*(click here|sign up|subscribe|follow us|share this|share on|download the app|get the latest)\b/i,
  // a bracketed link to the outlet's other stories: "(Also on POLITICO: Reince Priebus: 'Prosecute Obama')"
  /^\s*\(\s*also (on|from|at|in) [A-Z][^:()]{0,40}:/i,
  /^\s*(photos?|images?|file photo|pictures?|caption|videos?|credit|source|graphic)\s*[:|/]/i,
  // a photo gallery run together on one line: "… Hide Caption 2 of 9 Photos: …"
  /\bhide caption \d+ of \d+\b/i,
  // a video player's titles of other stories: "JUST WATCHED … Replay More Videos … MUST WATCH …"
  /\b(JUST WATCHED|MUST WATCH)\b|\bReplay More Videos\b/,
  /^\s*(enlarge this image|toggle caption|hide caption|listen to article|share this article)\b/i,
  /^\s*(©|\(c\)|copyright\b)/i,
  /\b(all rights reserved|cookie(s)? (policy|settings)|privacy policy|terms of (use|service))\b/i,
  /^\s*(by|reporting by|writing by|editing by|additional reporting by)\s+[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3}\s*(;|,|$)/,
  /\((photo|image|picture)s?:[^)]*\)\s*$/i,
];

export function isBoilerplateLine(line: string): boolean {
  for (const re of LINE_PATTERNS) if (re.test(line)) return true;
  return false;
}
