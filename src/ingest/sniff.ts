// What an input is, from its first bytes first and its name or media type second: servers
// and file names lie more often than content does.
import { constants, gunzipSync } from 'node:zlib';

export type Kind = 'empty' | 'binary' | 'warc' | 'html' | 'feed' | 'jsonl' | 'markdown' | 'text';

export interface SniffHints {
  name?: string;
  contentType?: string;
}

const latin1 = new TextDecoder('latin1');
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.byteLength < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

/** The first bytes of a gzip stream, inflated as far as they go. */
function gunzipHead(head: Uint8Array): Uint8Array {
  try {
    return gunzipSync(head, { finishFlush: constants.Z_SYNC_FLUSH });
  } catch {
    return new Uint8Array(0);
  }
}

/** True when the bytes hold NULs or many control characters: not text in any 8-bit charset. */
export function looksBinary(head: Uint8Array): boolean {
  const n = Math.min(head.byteLength, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return n > 0 && control / n > 0.05;
}

/** The head as text for pattern checks (UTF-16 by its BOM, else byte per character). */
function headText(head: Uint8Array): string {
  if (startsWith(head, [0xff, 0xfe])) return utf16le.decode(head.subarray(2, 4096));
  if (startsWith(head, [0xfe, 0xff])) return utf16be.decode(head.subarray(2, 4096));
  const start = startsWith(head, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  return latin1.decode(head.subarray(start, start + 4096));
}

function isUtf16(head: Uint8Array): boolean {
  return startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff]);
}

/** Binary content: not UTF-16 (whose text holds NULs) and full of NUL or control bytes. */
export function isBinary(head: Uint8Array): boolean {
  return !isUtf16(head) && looksBinary(head);
}

const FEED_ROOT = /<(rss|feed|rdf:RDF)[\s>]/i;
const HTML_START =
  /^<(!doctype\s+html|html|head|body|meta|title|div|p|article|section|main|h[1-6]|table|span|a|br|img|ul|!--)[\s>/]/i;
const MARKDOWN_NAME = /\.(md|markdown|mdown|mkd)$/i;

function kindOfText(text: string, hints: SniffHints): Kind {
  const t = text.trimStart();
  const type = (hints.contentType ?? '').toLowerCase();
  if (t === '') return 'empty';
  if (t.startsWith('<?xml') || t.startsWith('<rss') || t.startsWith('<feed') || t.startsWith('<rdf:RDF')) {
    return FEED_ROOT.test(t.slice(0, 4096)) ? 'feed' : 'html';
  }
  if (HTML_START.test(t) || /<html[\s>]/i.test(t.slice(0, 1024))) return 'html';
  if (t.startsWith('{') || t.startsWith('[')) {
    if (/jsonfeed\.org\/version/.test(t.slice(0, 4096)) || type.includes('feed+json')) return 'feed';
    return 'jsonl';
  }
  if (MARKDOWN_NAME.test(hints.name ?? '') || type.includes('markdown')) return 'markdown';
  if (type.includes('html') && t.startsWith('<')) return 'html';
  return 'text';
}

export function sniff(head: Uint8Array, hints: SniffHints = {}): Kind {
  if (head.byteLength === 0) return 'empty';
  if (startsWith(head, [0x1f, 0x8b])) {
    const inner = gunzipHead(head);
    return latin1.decode(inner.subarray(0, 5)) === 'WARC/' ? 'warc' : 'binary';
  }
  const magic = latin1.decode(head.subarray(0, 5));
  if (magic === 'WARC/') return 'warc';
  if (magic === '%PDF-') return 'binary';
  if (isBinary(head)) return 'binary';
  return kindOfText(headText(head), hints);
}
