// Plain text and Markdown: one input, one article.
import { buildArticle } from '../article.ts';
import { decodeBytes } from '../charset.ts';
import type { ReadContext } from '../context.ts';
import { markdownToText } from '../markdown.ts';
import { failure, guarded } from '../result.ts';
import { isBinary, sniff } from '../sniff.ts';
import type { Reader, ReadResult, Source } from '../types.ts';

async function* readText(source: Source, ctx: ReadContext): AsyncGenerator<ReadResult> {
  const bytes = await source.bytes(ctx.maxFileBytes);
  if (isBinary(bytes)) {
    yield failure(source.name, 'read', 'DYAD_E_NOT_TEXT', 'looks binary (NUL or control bytes), not text');
    return;
  }
  const { text } = decodeBytes(bytes, source.contentType);
  const markdown = sniff(source.head, { name: source.name, contentType: source.contentType }) === 'markdown';
  const md = markdown ? markdownToText(text) : { text };
  yield buildArticle(
    {
      input: source.name,
      id: source.id,
      text: md.text,
      url: md.url ?? source.url,
      title: md.title,
      published: md.published,
      author: md.author,
      lang: md.lang,
      hints: source.hints,
    },
    ctx,
  );
}

export const textReader: Reader = {
  name: 'text',
  read: (source, ctx) => guarded(source.name, 'read', readText(source, ctx)),
};
