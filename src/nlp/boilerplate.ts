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

/** A photo credit closing a caption: "(AP Photo/Richard Drew)", "REUTERS/Larry Downing", "AFP PHOTO / …". */
const PHOTO_CREDIT =
  /(\(AP Photo\/[^)]*\)|\(?\bREUTERS\/ ?[A-Z][^)]*\)?|\bAFP PHOTO\b.*|\((Getty Images|Photo by)[^)]*\))\s*$/;
/**
 * The date that closes a photo caption, after a comma, with no "on": "Trump shakes hands with Putin
 * in Helsinki, Finland, July 16, 2018.", "…, Saturday, Aug. 2, 2014."; also a quote's attribution
 * ("— BBC, March 5, 1975"). Prose puts a date after "on" ("met on July 16, 2018").
 */
const CAPTION_DATE =
  /,\s+((Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+\d{1,2},\s+\d{4}\.?\s*$/;
/** Captions are short: a longer line ending in a date is a paragraph of the story. */
const CAPTION_LENGTH = 400;
/** How much of a line's end the caption patterns read (they are anchored there). */
const TAIL = 160;

export function isBoilerplateLine(line: string): boolean {
  for (const re of LINE_PATTERNS) if (re.test(line)) return true;
  const tail = line.length > TAIL ? line.slice(-TAIL) : line;
  return PHOTO_CREDIT.test(tail) || (line.trim().length <= CAPTION_LENGTH && CAPTION_DATE.test(tail));
}
