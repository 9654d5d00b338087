// Lines that are page furniture, not story: link lists to other stories, share buttons,
// newsletter and cookie banners, captions, bylines. Only short whole lines are matched, so
// a paragraph of the story that mentions cookies or subscriptions is never dropped.
const MAX_FURNITURE_LENGTH = 200;

const PATTERNS: readonly RegExp[] = [
  /^(advertisement|advertising|sponsored( content)?|skip to (main )?content|print|email|comments?|close|menu|search|loading\W*|share|share this( article| story| page)?|share on \w+|listen to (this )?article|enlarge this image|toggle caption|hide caption|image source,? .*|getty images|ap photo|reuters)$/i,
  /^(read more|also read|read also|related|related (stories|articles|coverage|content|links)|see also|more from .{0,60}|more on this( story)?|recommended( for you)?|most (read|popular|viewed)|trending( now)?|don't miss|watch|listen)\s*[:|»>–—-]/i,
  /^(read more|also read|related stories|related articles|recommended|most read|trending now)$/i,
  /\b(sign up|subscribe)\b.{0,80}\b(newsletter|updates|inbox|e-?mail|alerts)\b/i,
  /\b(we use cookies|cookie (policy|settings|preferences|consent)|accept (all )?cookies|privacy policy|terms of (use|service))\b/i,
  /^(©|\(c\)|copyright\b)|\ball rights reserved\b/i,
  /^(photo|image|file photo|picture|caption|credit|graphic|video)\s*[:|/]/i,
  /^(follow (us|@\w+)|download (the|our) app|get the latest|click here|please enable javascript|your browser does not support)\b/i,
  /^([Bb]y|[Rr]eporting by|[Ww]riting by|[Ee]diting by|[Aa]dditional reporting by)\s+[A-Z][\w.'’-]+((,|\s+and)?\s+[A-Z][\w.'’-]+){0,7}\s*;?$/,
];

export function isFurniture(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > MAX_FURNITURE_LENGTH) return false;
  for (const re of PATTERNS) if (re.test(t)) return true;
  return false;
}
