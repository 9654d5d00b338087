// Scripts (except JSON-LD), styles and comments are never text: removing them before
// parsing makes the tree and the parse smaller. A scan with indexOf, linear however many
// unclosed tags a hostile page holds (a regex would rescan the rest of the page for each).
const BLOCKS = [
  { open: '<script', close: '</script' },
  { open: '<style', close: '</style' },
  { open: '<!--', close: '-->' },
] as const;

function isTagStart(lower: string, at: number): boolean {
  const c = lower[at];
  return (
    c === undefined ||
    c === '>' ||
    c === '/' ||
    c === ' ' ||
    c === '\t' ||
    c === '\n' ||
    c === '\r' ||
    c === '\f'
  );
}

export function stripNonText(html: string): string {
  const lower = html.toLowerCase();
  // Lower-casing changed some lengths (rare letters such as İ): offsets would not match.
  if (lower.length !== html.length) return html;
  const parts: string[] = [];
  const next = BLOCKS.map((b) => lower.indexOf(b.open));
  let i = 0;
  for (;;) {
    for (let k = 0; k < BLOCKS.length; k++)
      if (next[k] >= 0 && next[k] < i) next[k] = lower.indexOf(BLOCKS[k].open, i);
    let k = -1;
    for (let j = 0; j < BLOCKS.length; j++) if (next[j] >= 0 && (k < 0 || next[j] < next[k])) k = j;
    if (k < 0) break;
    const { open, close } = BLOCKS[k];
    const start = next[k];
    const comment = k === 2;
    if (!comment && !isTagStart(lower, start + open.length)) {
      next[k] = lower.indexOf(open, start + 1);
      continue;
    }
    const bodyStart = comment ? start + open.length : lower.indexOf('>', start) + 1;
    if (bodyStart === 0) break;
    const closeAt = lower.indexOf(close, bodyStart);
    const end =
      closeAt < 0
        ? html.length
        : comment
          ? closeAt + close.length
          : lower.indexOf('>', closeAt) + 1 || html.length;
    const keep = k === 0 && lower.slice(start, bodyStart).includes('application/ld+json');
    parts.push(html.slice(i, keep ? end : start));
    i = end;
    if (closeAt < 0) break;
  }
  parts.push(html.slice(i));
  return parts.join('');
}
