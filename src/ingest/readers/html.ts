// HTML pages: decode with the page's charset, extract the story with Readability, take
// metadata from meta tags, JSON-LD and <time>, keep the raw HTML beside the text.
import { buildArticle } from '../article.ts';
import { decodeBytes } from '../charset.ts';
import type { ReadContext } from '../context.ts';
import { extractPage } from '../extract.ts';
import { errorFrom, failure, guarded } from '../result.ts';
import { isBinary } from '../sniff.ts';
import type { Hints, Reader, ReadResult, Source } from '../types.ts';

export interface PageInfo {
  input: string;
  url?: string;
  contentType?: string;
  hints?: Hints;
  id?: string;
}

/** One page's bytes as an article or an error; used by the feed, WARC and URL readers too. */
export function readPage(bytes: Uint8Array, info: PageInfo, ctx: ReadContext): ReadResult {
  if (isBinary(bytes.subarray(0, 8192)))
    return failure(
      info.input,
      'decode',
      'DYAD_E_NOT_TEXT',
      'binary content (NUL or control bytes), not HTML',
    );
  try {
    const html = decodeBytes(bytes, info.contentType).text;
    const page = extractPage(html);
    return buildArticle(
      {
        input: info.input,
        id: info.id,
        text: page.text,
        url: info.url ?? info.hints?.url,
        canonical: page.meta.canonical,
        title: page.meta.title,
        fallbackTitle: page.meta.docTitle,
        author: page.meta.author,
        published: page.meta.published,
        langHint: page.meta.lang,
        siteName: page.meta.siteName,
        rawHtml: html,
        hints: info.hints,
        web: true,
      },
      ctx,
    );
  } catch (e) {
    return { ok: false, error: errorFrom(info.input, 'extract', e) };
  }
}

async function* readHtml(source: Source, ctx: ReadContext): AsyncGenerator<ReadResult> {
  const bytes = await source.bytes(ctx.maxFileBytes);
  yield readPage(
    bytes,
    {
      input: source.name,
      url: source.url,
      contentType: source.contentType,
      hints: source.hints,
      id: source.id,
    },
    ctx,
  );
}

export const htmlReader: Reader = {
  name: 'html',
  read: (source, ctx) => guarded(source.name, 'read', readHtml(source, ctx)),
};
