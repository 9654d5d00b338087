// WARC files written by the tests with warcio: one response record per page.
import { WARCRecord, WARCSerializer } from 'warcio';

export interface WarcPage {
  url: string;
  body: string | Uint8Array;
  contentType?: string;
  status?: number;
  /** `request` records carry no page and must be skipped. */
  type?: 'response' | 'request';
}

export async function buildWarc(pages: readonly WarcPage[], gzip = true): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for (const p of pages) {
    const body = typeof p.body === 'string' ? new TextEncoder().encode(p.body) : p.body;
    const record = WARCRecord.create(
      {
        url: p.url,
        date: '2025-04-08T12:00:00Z',
        type: p.type ?? 'response',
        warcVersion: 'WARC/1.1',
        statusline: p.type === 'request' ? 'GET / HTTP/1.1' : `HTTP/1.1 ${p.status ?? 200} OK`,
        httpHeaders:
          p.type === 'request'
            ? { host: 'example.com' }
            : { 'content-type': p.contentType ?? 'text/html; charset=utf-8' },
      },
      (async function* () {
        yield body;
      })(),
    );
    parts.push(await WARCSerializer.serialize(record, { gzip }));
  }
  return Buffer.concat(parts);
}
