// Text of an element with its block structure kept: one paragraph per block, a line break
// per <br>. Walks the tree with an explicit stack, so deep nesting cannot overflow.
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
]);
/** Never text of the story: code, media, controls, captions. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'PICTURE',
  'FIGCAPTION',
  'BUTTON',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  'INPUT',
  'LABEL',
  'HEAD',
  'TITLE',
  'DIALOG',
]);
/** Also skipped when reading a whole page rather than an extracted article. */
const PAGE_CHROME = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FORM', 'MENU']);

const ELEMENT = 1;
const TEXT = 3;
const BREAK = '\n\n';

export function blockText(root: Node, opts: { page?: boolean } = {}): string {
  const out: string[] = [];
  const stack: (Node | typeof BREAK)[] = [root];
  let pre = 0;
  const preEnds = new Set<Node>();
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item === BREAK) {
      out.push(BREAK);
      continue;
    }
    if (preEnds.has(item)) {
      preEnds.delete(item);
      pre--;
      continue;
    }
    if (item.nodeType === TEXT) {
      const t = item.nodeValue ?? '';
      out.push(pre > 0 ? t : t.replace(/[ \t\n\r\f]+/g, ' '));
      continue;
    }
    if (item.nodeType !== ELEMENT) continue;
    const tag = (item as Element).tagName?.toUpperCase() ?? '';
    if (SKIP.has(tag) || (opts.page && PAGE_CHROME.has(tag))) continue;
    if (tag === 'BR') {
      out.push('\n');
      continue;
    }
    if (tag === 'TD' || tag === 'TH') out.push(' ');
    const block = BLOCK.has(tag);
    if (block) {
      out.push(BREAK);
      stack.push(BREAK);
    }
    if (tag === 'PRE') {
      pre++;
      preEnds.add(item);
      stack.push(item);
    }
    const children: Node[] = [];
    for (let c = item.firstChild; c; c = c.nextSibling) children.push(c);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return out.join('');
}
