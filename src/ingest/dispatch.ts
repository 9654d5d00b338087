// Bytes to the reader that fits them, decided by sniffing the content.
import type { ReadContext } from './context.ts';
import { feedReader } from './readers/feed.ts';
import { htmlReader } from './readers/html.ts';
import { jsonlReader } from './readers/jsonl.ts';
import { textReader } from './readers/text.ts';
import { warcReader } from './readers/warc.ts';
import { failure } from './result.ts';
import { type Kind, sniff } from './sniff.ts';
import type { Reader, ReadResult, Source } from './types.ts';

const READERS: Partial<Record<Kind, Reader>> = {
  warc: warcReader,
  html: htmlReader,
  feed: feedReader,
  jsonl: jsonlReader,
  markdown: textReader,
  text: textReader,
};

export function kindOf(source: Source): Kind {
  return sniff(source.head, { name: source.name, contentType: source.contentType });
}

export async function* readSource(source: Source, ctx: ReadContext): AsyncGenerator<ReadResult> {
  const kind = kindOf(source);
  const reader = READERS[kind];
  if (reader) {
    yield* reader.read(source, ctx);
    return;
  }
  if (kind === 'empty') yield failure(source.name, 'sniff', 'DYAD_E_EXTRACT', 'empty input');
  else
    yield failure(
      source.name,
      'sniff',
      'DYAD_E_NOT_TEXT',
      'binary content: not text, HTML, a feed or a WARC',
    );
}
