// WARC and WARC.gz web archives, streamed record by record: each HTML response (status
// 2xx) is read as a page; requests, metadata, revisits, images and scripts are skipped.
import { WARCParser } from 'warcio';
import type { ReadContext } from '../context.ts';
import { failure, guarded } from '../result.ts';
import { sniff } from '../sniff.ts';
import type { Reader, ReadResult, Source } from '../types.ts';
import { readPage } from './html.ts';

type WarcRecord = Awaited<ReturnType<WARCParser['parse']>> & object;

/** The record's payload media type and HTTP status (resource records have no status). */
function payloadInfo(record: WarcRecord): { contentType?: string; status?: number } {
  if (record.warcType === 'resource') return { contentType: record.warcContentType ?? undefined };
  const http = record.httpHeaders;
  return {
    contentType: http?.headers.get('content-type') ?? undefined,
    status: Number(http?.statusCode ?? 0),
  };
}

async function readRecord(
  record: WarcRecord,
  name: string,
  ctx: ReadContext,
): Promise<ReadResult | undefined> {
  if (record.warcType !== 'response' && record.warcType !== 'resource') return undefined;
  const uri = record.warcTargetURI ?? undefined;
  const input = `${name}#${uri ?? record.warcHeader('WARC-Record-ID') ?? 'record'}`;
  const { contentType, status } = payloadInfo(record);
  if (status !== undefined && (status < 200 || status >= 300)) return undefined;
  const type = (contentType ?? '').toLowerCase();
  if (type && !/html|xml|text\/plain/.test(type)) return undefined;
  const max = ctx.fetcher.options.maxBytes;
  if (record.warcContentLength > max * 2) {
    await record.skipFully();
    return failure(
      input,
      'warc',
      'DYAD_E_TOO_LARGE',
      `record of ${record.warcContentLength} bytes, over the cap`,
    );
  }
  const bytes = await record.readFully(true);
  if (bytes.byteLength > max)
    return failure(
      input,
      'warc',
      'DYAD_E_TOO_LARGE',
      `${bytes.byteLength} bytes, larger than the ${max}-byte cap`,
    );
  if (!type && sniff(bytes.subarray(0, 4096)) !== 'html') return undefined;
  return readPage(
    bytes,
    { input, url: uri, contentType, hints: { published: record.warcDate ?? undefined } },
    ctx,
  );
}

async function* readWarc(source: Source, ctx: ReadContext): AsyncGenerator<ReadResult> {
  let records = 0;
  let pages = 0;
  try {
    for await (const record of new WARCParser(source.chunks())) {
      records++;
      const r = await readRecord(record, source.name, ctx);
      if (!r) continue;
      pages++;
      yield r;
    }
  } catch (e) {
    const where = records > 0 ? ` after record ${records}` : '';
    yield failure(source.name, 'warc', 'DYAD_E_WARC', `malformed WARC${where}: ${(e as Error).message}`);
    return;
  }
  if (records === 0) yield failure(source.name, 'warc', 'DYAD_E_WARC', 'no WARC records found');
  ctx.log(`${source.name}: ${records} WARC records, ${pages} pages read`);
}

export const warcReader: Reader = {
  name: 'warc',
  read: (source, ctx) => guarded(source.name, 'warc', readWarc(source, ctx)),
};
