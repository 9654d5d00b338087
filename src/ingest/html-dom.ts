// Parsing HTML with linkedom. linkedom is fast but not an HTML5 tree builder: a fragment
// becomes its own root and content outside <body> is lost, so every page is rebuilt into
// <html><head>…</head><body>…</body></html> before parsing.
import { parseHTML } from 'linkedom';
import { stripNonText } from './html-strip.ts';

const HEAD = /<head\b[^>]*>([\s\S]*?)<\/head\s*>/i;
const HEAD_ONLY = /<title\b[^>]*>[\s\S]*?<\/title\s*>|<(meta|link|base)\b[^>]*>/gi;
const WRAPPERS = /<!doctype[^>]*>|<\?xml[^>]*\?>|<\/?(html|head|body)\b[^>]*>/gi;

/** The `lang` attribute of <html>, which rebuilding the page drops. */
export function htmlLang(html: string): string | undefined {
  return /<html\b[^>]*\blang\s*=\s*["']?([\w-]+)/i.exec(html.slice(0, 8192))?.[1];
}

export function parseDocument(source: string): Document {
  const html = stripNonText(source);
  const headMatch = HEAD.exec(html);
  let head: string;
  let body: string;
  if (headMatch) {
    head = headMatch[1];
    body = html.slice(0, headMatch.index) + html.slice(headMatch.index + headMatch[0].length);
  } else {
    const found = html.match(HEAD_ONLY) ?? [];
    head = found.join('');
    body = found.length ? html.replace(HEAD_ONLY, '') : html;
  }
  body = body.replace(WRAPPERS, '');
  head = head.replace(WRAPPERS, '');
  const { document } = parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);
  return document as unknown as Document;
}
