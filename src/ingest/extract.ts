// The story in a page: metadata first (Readability rewrites the document), then
// Readability's article element as block text; the whole body when Readability finds none.
import { Readability } from '@mozilla/readability';
import { htmlLang, parseDocument } from './html-dom.ts';
import { type PageMeta, pageMeta } from './html-meta.ts';
import { blockText } from './html-text.ts';

export interface ExtractedPage {
  text: string;
  meta: PageMeta;
  /** `readability` when it found an article, `body` for the fallback. */
  method: 'readability' | 'body';
}

/** Readability gives up on bigger trees: whole-page text is used instead. */
const MAX_ELEMENTS = 20_000;
/**
 * Readability's time grows faster than quadratically with nesting depth (1,000 levels take
 * seconds, 2,000 nearly a minute). Real pages stay far below this; deeper ones are read whole.
 */
const MAX_DEPTH = 150;

/** True when the tree has more elements or more levels than Readability handles in time. */
function tooBig(root: Node): boolean {
  const stack: [Node, number][] = [[root, 0]];
  let elements = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_DEPTH || ++elements > MAX_ELEMENTS) return true;
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) stack.push([c, depth + 1]);
  }
  return false;
}

export function extractPage(html: string): ExtractedPage {
  const doc = parseDocument(html);
  const meta = pageMeta(doc, htmlLang(html));
  let text = '';
  const whole = tooBig(doc.documentElement);
  if (!whole) {
    try {
      const article = new Readability<Node>(doc, {
        serializer: (el) => el,
        charThreshold: 300,
      }).parse();
      if (article?.content) text = blockText(article.content);
      meta.docTitle = article?.title?.trim() || meta.docTitle;
      meta.author ??= article?.byline?.trim() || undefined;
      meta.published ??= article?.publishedTime ?? undefined;
    } catch {
      // Readability throws on trees it cannot handle (too many elements, odd nodes).
    }
  }
  if (text.trim().length > 0) return { text, meta, method: 'readability' };
  // Readability rewrote the document it failed on; a tree it never saw is still whole.
  const body = (whole ? doc : parseDocument(html)).body;
  return { text: body ? blockText(body, { page: true }) : '', meta, method: 'body' };
}
