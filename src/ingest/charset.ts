// Bytes to text with the right decoder: the byte-order mark first, then the HTTP header,
// then <meta charset> or the XML declaration, then UTF-8 if it is valid, else windows-1252
// (what browsers assume for undeclared Western pages). Bad bytes become U+FFFD, never a throw.
const latin1 = new TextDecoder('latin1');
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The charset parameter of a media type (`text/html; charset=Shift_JIS`). */
export function charsetOfContentType(contentType: string | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '');
  return m?.[1];
}

function bomCharset(bytes: Uint8Array): { label: string; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { label: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', skip: 2 };
  return undefined;
}

/** `<meta charset>`, `<meta http-equiv content="…charset=…">` or `<?xml encoding="…"?>` near the start. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = latin1.decode(bytes.subarray(0, 4096));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1];
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta?.[1];
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return undefined;
  }
}

// Node 20's windows-1252 decoder is ISO-8859-1 underneath: bytes 0x80–0x9F come out as C1
// controls instead of curly quotes, dashes and the euro sign. This table puts them right.
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]);
}

function decodeWith(decoder: TextDecoder, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  return decoder.encoding === 'windows-1252' ? fixWindows1252(text) : text;
}

export interface Decoded {
  text: string;
  /** The WHATWG name of the encoding used (`utf-8`, `windows-1252`, `shift_jis`). */
  encoding: string;
}

export function decodeBytes(bytes: Uint8Array, contentType?: string): Decoded {
  const bom = bomCharset(bytes);
  if (bom) {
    const d = new TextDecoder(bom.label);
    return { text: d.decode(bytes.subarray(bom.skip)), encoding: d.encoding };
  }
  const declared = decoderFor(charsetOfContentType(contentType)) ?? decoderFor(declaredCharset(bytes));
  // An undeclared page that is not valid UTF-8 is almost always windows-1252.
  if (!declared) {
    try {
      return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
    } catch {
      const d = new TextDecoder('windows-1252');
      return { text: decodeWith(d, bytes), encoding: d.encoding };
    }
  }
  return { text: decodeWith(declared, bytes), encoding: declared.encoding };
}
